/**
 * Stands in for 'electron' when the harness bundles the real preload for Chromium: the preload
 * code runs unchanged, and its ipcRenderer.invoke reaches the Playwright binding instead.
 */
type Invoke = (channel: string, input: unknown) => Promise<unknown>;

const target = globalThis as unknown as Record<string, unknown> & { __introplanIpc: Invoke };

export const contextBridge = {
  exposeInMainWorld(key: string, value: unknown) {
    Object.defineProperty(target, key, { value, writable: false, configurable: false });
  },
};

export const ipcRenderer = {
  invoke: (channel: string, input: unknown) => target.__introplanIpc(channel, input),
};
