/**
 * Stands in for 'electron' when the harness bundles the real preload for Chromium: the preload
 * code runs unchanged, its ipcRenderer.invoke reaches the Playwright binding, and main's events
 * arrive through `__introplanDeliver`, which the harness calls as webContents.send would.
 */
type Invoke = (channel: string, input: unknown) => Promise<unknown>;
type Listener = (event: unknown, payload: unknown) => void;

const target = globalThis as unknown as Record<string, unknown> & { __introplanIpc: Invoke };
const listeners = new Map<string, Set<Listener>>();

Object.defineProperty(target, '__introplanDeliver', {
  value: (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({}, payload);
  },
});

export const contextBridge = {
  exposeInMainWorld(key: string, value: unknown) {
    Object.defineProperty(target, key, { value, writable: false, configurable: false });
  },
};

export const ipcRenderer = {
  invoke: (channel: string, input: unknown) => target.__introplanIpc(channel, input),
  on(channel: string, listener: Listener) {
    if (!listeners.has(channel)) listeners.set(channel, new Set());
    listeners.get(channel)!.add(listener);
  },
};
