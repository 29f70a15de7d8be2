/**
 * Preload of the main window (sandboxed, CommonJS): exposes the contract as
 * `window.pavilion` and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld('pavilion', buildBridge(ipcRenderer));
