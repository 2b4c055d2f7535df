import { expect, it, vi } from 'vitest';
import { channels } from '../../electron/shared/contract';
import { fake } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fake);

it('exposes one object, window.api, with one function per contract channel and nothing else', async () => {
  await import('../../electron/preload/index');
  expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, exposed] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [
    string,
    Record<string, Record<string, (i?: unknown) => unknown>>,
  ];
  expect(name).toBe('api');
  const { subscribe, ...api } = exposed;
  expect(typeof subscribe).toBe('function');
  const calls = Object.values(api).flatMap((domain) => Object.values(domain));
  expect(calls).toHaveLength(channels.length);
  expect(calls.every((c) => typeof c === 'function')).toBe(true);
  expect(api).not.toHaveProperty('invoke');

  await api.staff!.updatePerson!({ id: 1 });
  expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('staff:update-person', { id: 1 });
});
