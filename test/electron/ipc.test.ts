import { describe, expect, it, vi } from 'vitest';
import { handlers } from '../../electron/main/ipc/handlers';
import { dispatch, type HandlerTable } from '../../electron/main/ipc/dispatch';
import { isTrustedSender, registerIpc } from '../../electron/main/ipc/register';
import type { HandlerContext } from '../../electron/main/ipc/context';
import { AppError } from '../../electron/main/errors';
import { channels } from '../../electron/shared/contract';
import { openDatabase } from '../../db/open';
import { MIGRATIONS, tempDbPath } from '../support/paths';
import { ScriptedDesktop } from '../support/scripted-desktop';

const ORIGIN = { protocol: 'app:', host: 'introplan' };
const TOP = { url: 'app://introplan/index.html', parent: null };

function spyTable(): HandlerTable {
  return Object.fromEntries(channels.map((c) => [c, vi.fn(() => `${c} ran`)])) as unknown as HandlerTable;
}

function recorder() {
  const registered = new Map<string, (event: { senderFrame: typeof TOP | null; sender: { id: number } }, input: unknown) => unknown>();
  return { registered, ipcMain: { handle: (c: string, l: never) => void registered.set(c, l) } };
}

const ctx = {
  db: undefined,
  now: () => '2026-11-23T09:00:00.000Z',
  version: 't',
  dataDirectory: '/d',
  desktop: new ScriptedDesktop(),
  user: { personId: null },
  migrationsFolder: MIGRATIONS,
} as unknown as HandlerContext;

describe('registerIpc', () => {
  it('registers every contract channel exactly once, and nothing else', () => {
    const { registered, ipcMain } = recorder();
    registerIpc(ipcMain, handlers, ctx, ORIGIN);
    expect([...registered.keys()].sort()).toEqual([...channels].sort());
  });

  it('the real handler table has a function for every channel', () => {
    for (const channel of channels) expect(typeof handlers[channel], channel).toBe('function');
  });

  it.each([
    ['an iframe', { url: 'app://introplan/index.html', parent: {} }],
    ['another scheme', { url: 'https://evil.example/', parent: null }],
    ['a look-alike host', { url: 'app://introplan.evil.example/index.html', parent: null }],
    ['a file page', { url: 'file:///C:/introplan/index.html', parent: null }],
    ['no frame at all', null],
  ])('refuses a call from %s without reaching the handler', async (_label, frame) => {
    const table = spyTable();
    const { registered, ipcMain } = recorder();
    registerIpc(ipcMain, table, ctx, ORIGIN);
    const result = await registered.get('staff:list-people')!({ senderFrame: frame as never, sender: { id: 1 } }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(table['staff:list-people']).not.toHaveBeenCalled();
  });

  it('passes a valid call from our own top frame to its handler', async () => {
    const table = spyTable();
    const { registered, ipcMain } = recorder();
    registerIpc(ipcMain, table, ctx, ORIGIN);
    expect(await registered.get('staff:remove-person')!({ senderFrame: TOP, sender: { id: 1 } }, { id: 4 })).toEqual({
      ok: true,
      value: 'staff:remove-person ran',
    });
  });

  it('isTrustedSender compares scheme and host exactly', () => {
    expect(isTrustedSender(TOP, ORIGIN)).toBe(true);
    expect(isTrustedSender({ url: 'not a url', parent: null }, ORIGIN)).toBe(false);
  });
});

describe('dispatch', () => {
  const invalidInputs: [string, unknown][] = [
    ['staff:create-person', undefined],
    ['staff:create-person', null],
    ['staff:create-person', 'DROP TABLE people'],
    ['staff:create-person', { name: 'Anna' }],
    ['staff:create-person', { name: 'Anna', title: '', team: '', phone: '', email: '', roles: [], sql: 'x' }],
    ['staff:remove-person', { id: -1 }],
    ['staff:remove-person', { id: 1.5 }],
    ['staff:remove-person', { id: '1' }],
    ['staff:list-people', { path: '/etc/passwd' }],
    ['settings:update-preferences', { language: 'fi' }],
  ];

  it.each(invalidInputs)('rejects invalid input to %s (%j) without reaching a handler', async (channel, input) => {
    const table = spyTable();
    const result = await dispatch(table, channel, input, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/Kontrollera/) } });
    for (const handler of Object.values(table)) expect(handler).not.toHaveBeenCalled();
  });

  it('rejects an unknown channel, including inherited property names', async () => {
    for (const channel of ['staff:drop-table', '__proto__', 'constructor', 42]) {
      expect(await dispatch(spyTable(), channel, {}, ctx)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('reports an AppError as is and hides an unexpected error behind a Swedish sentence', async () => {
    const table = spyTable();
    table['staff:list-people'] = () => {
      throw new AppError('not-found', 'Personen finns inte i personallistan.');
    };
    table['app:get-info'] = () => {
      throw new Error('SQLITE_CORRUPT at /secret/path');
    };
    expect(await dispatch(table, 'staff:list-people', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Personen finns inte i personallistan.' },
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const hidden = await dispatch(table, 'app:get-info', {}, ctx);
    spy.mockRestore();
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/Något gick fel/) } });
    expect(JSON.stringify(hidden)).not.toContain('/secret/path');
  });

  it('answers not-found in Swedish when the person is gone', async () => {
    const opened = openDatabase(tempDbPath(), MIGRATIONS);
    const result = await dispatch(
      handlers,
      'staff:update-person',
      { id: 99, name: 'X', title: '', team: '', phone: '', email: '', roles: [] },
      { ...ctx, db: opened.db },
    );
    opened.close();
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'Personen finns inte i personallistan.' } });
  });
});
