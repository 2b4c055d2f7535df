import '../shared/zod-jitless';
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../shared/api';
import { channels } from '../shared/contract';

// The page gets exactly one function per contract channel; never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'api',
  createApi(channels, (channel, input) => ipcRenderer.invoke(channel, input)),
);
