import { z } from 'zod';
import { personFields, personId, type Person } from './schemas/staff';
import { preferencesSchema, type Preferences } from './schemas/preferences';

/** Phantom marker that carries a channel's output type without a runtime schema. */
const output = <T>() => undefined as unknown as T;

const noInput = z.strictObject({});

export interface AppInfo {
  version: string;
  dataDirectory: string;
  databaseFile: string;
}

/**
 * Every IPC channel, once. Main's handler table, the preload's `window.api` and the
 * renderer's client are all derived from this object, so adding a call is one entry here
 * and a missing handler is a compile error.
 */
export const contract = {
  'app:get-info': { input: noInput, output: output<AppInfo>() },

  'settings:get-preferences': { input: noInput, output: output<Preferences>() },
  'settings:update-preferences': { input: preferencesSchema.partial(), output: output<Preferences>() },

  'staff:list-people': { input: noInput, output: output<Person[]>() },
  'staff:create-person': { input: personFields, output: output<Person>() },
  'staff:update-person': {
    input: z.strictObject({ id: personId, ...personFields.shape }),
    output: output<Person>(),
  },
  'staff:remove-person': { input: z.strictObject({ id: personId }), output: output<Person>() },
  'staff:restore-person': { input: z.strictObject({ id: personId }), output: output<Person>() },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

export const channels = Object.keys(contract) as Channel[];
