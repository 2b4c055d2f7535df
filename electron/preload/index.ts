import '../shared/zod-jitless';
import { contextBridge, ipcRenderer } from 'electron';
import { createApi, createEventHub } from '../shared/api';
import { channels } from '../shared/contract';
import { EVENT_CHANNEL } from '../shared/events';

const hub = createEventHub();
ipcRenderer.on(EVENT_CHANNEL, (_event, envelope: unknown) => {
  if (!hub.deliver(envelope)) console.warn('[preload] dropped an event that does not match the event map');
});

// The page gets exactly one function per contract channel and `subscribe`; never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'api',
  createApi(channels, (channel, input) => ipcRenderer.invoke(channel, input), hub.subscribe),
);
