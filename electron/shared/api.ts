import type { Channel, Input, Output } from './contract';
import type { Result } from './result';

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type CallOf<C extends string> = C extends `${string}:${infer V}` ? CamelCase<V> : never;

/** `window.api.staff.listPeople()` for channel `staff:list-people`, typed from the contract. */
export type Api = {
  [D in DomainOf<Channel>]: {
    [C in Channel as C extends `${D}:${string}` ? CallOf<C> : never]: (
      ...args: Input<C> extends Record<string, never> ? [input?: Input<C>] : [input: Input<C>]
    ) => Promise<Result<Output<C>>>;
  };
};

export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>;

/** Splits `staff:list-people` into `['staff', 'listPeople']`. */
export function channelPath(channel: string): [string, string] {
  const [domain = '', verb = ''] = channel.split(':');
  return [domain, verb.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
}

/** Builds the object the preload exposes: one function per channel, nothing else. */
export function createApi(channelList: readonly Channel[], invoke: Invoke): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channelList) {
    const [domain, call] = channelPath(channel);
    api[domain] ??= {};
    api[domain][call] = (input?: unknown) => invoke(channel, input ?? {});
  }
  for (const domain of Object.values(api)) Object.freeze(domain);
  return Object.freeze(api) as unknown as Api;
}
