import { contextBridge } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
contextBridge.exposeInMainWorld('x', CHANNELS);
