import type { Channel, Input, Output } from './contract';
import { eventNames, parseEnvelope, type EventListener, type EventName } from './events';
import type { Result } from './result';

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type CallOf<C extends string> = C extends `${string}:${infer V}` ? CamelCase<V> : never;

/** Listens to one of main's events until the returned function is called. */
export type Subscribe = <E extends EventName>(name: E, listener: EventListener<E>) => () => void;

/**
 * `window.api.staff.listPeople()` for channel `staff:list-people`, typed from the contract, and
 * `window.api.subscribe('data-changed', …)` for main's events, typed from the event map.
 */
export type Api = {
  [D in DomainOf<Channel>]: {
    [C in Channel as C extends `${D}:${string}` ? CallOf<C> : never]: (
      ...args: Input<C> extends Record<string, never> ? [input?: Input<C>] : [input: Input<C>]
    ) => Promise<Result<Output<C>>>;
  };
} & { subscribe: Subscribe };

export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>;

/** Splits `staff:list-people` into `['staff', 'listPeople']`. */
export function channelPath(channel: string): [string, string] {
  const [domain = '', verb = ''] = channel.split(':');
  return [domain, verb.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
}

/**
 * The listeners of each event, fed with raw envelopes from main. An envelope whose payload does
 * not pass the event's schema is dropped, as an invalid call input is refused in main.
 */
export function createEventHub() {
  const listeners = new Map<EventName, Set<(payload: never, meta: never) => void>>(eventNames.map((name) => [name, new Set()]));
  const subscribe: Subscribe = (name, listener) => {
    const set = listeners.get(name);
    if (!set) throw new Error(`Unknown event ${String(name)}`);
    const entry = listener as (payload: never, meta: never) => void;
    set.add(entry);
    return () => void set.delete(entry);
  };
  function deliver(raw: unknown): boolean {
    const envelope = parseEnvelope(raw);
    if (!envelope) return false;
    for (const listener of listeners.get(envelope.name) ?? []) {
      (listener as (payload: unknown, meta: unknown) => void)(envelope.payload, envelope.meta);
    }
    return true;
  }
  return { subscribe, deliver };
}

/** Builds the object the preload exposes: one function per channel and `subscribe`, nothing else. */
export function createApi(channelList: readonly Channel[], invoke: Invoke, subscribe: Subscribe): Api {
  const api: Record<string, unknown> = {};
  for (const channel of channelList) {
    const [domain, call] = channelPath(channel);
    const calls = (api[domain] ??= {}) as Record<string, (input?: unknown) => Promise<unknown>>;
    calls[call] = (input?: unknown) => invoke(channel, input ?? {});
  }
  for (const domain of Object.values(api)) Object.freeze(domain);
  api.subscribe = subscribe;
  return Object.freeze(api) as Api;
}
