import { describe, expect, it } from 'vitest';
import { combineHandlers } from '../../electron/main/ipc/dispatch';
import { handlers } from '../../electron/main/ipc/handlers';
import { appHandlers } from '../../electron/main/handlers/app';
import { staffHandlers } from '../../electron/main/handlers/staff';
import { channels } from '../../electron/shared/contract';

describe('the handler table', () => {
  it('answers every contract channel, each from the file of its domain', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channels].sort());
  });

  it('refuses a channel that two domain tables register', () => {
    const { 'staff:list-people': listPeople } = staffHandlers;
    expect(() => combineHandlers(handlers, { 'staff:list-people': listPeople })).toThrow(
      'The channel staff:list-people is registered twice.',
    );
  });

  it('refuses a table that leaves a channel without a handler', () => {
    expect(() => combineHandlers(appHandlers, staffHandlers)).toThrow(/No handler for .*settings:get-preferences/);
  });
});
