import { useStore } from 'zustand';
import { createDocumentStore, type DocumentState } from './document-store';
import { pruneSession, resetSession, sessionStore, type SessionState } from './session-store';
import { cameraStore, type CameraState } from './camera';

/** The window's one document store; the app gives it its host at start-up. */
export const editor = createDocumentStore();

export function useDocument<T>(selector: (s: DocumentState) => T): T {
  return useStore(editor.store, selector);
}

export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(sessionStore, selector);
}

/** Only for the few React readers of the camera; the canvas subscribes directly. */
export function useCamera<T>(selector: (s: CameraState) => T): T {
  return useStore(cameraStore, selector);
}

// Selection refers to booths by id: forget ids the document no longer has (an undone
// creation), and start clean when another project is opened.
editor.store.subscribe((s, prev) => {
  if (s.handle !== prev.handle) {
    resetSession();
    return;
  }
  const doc = s.doc;
  if (doc && prev.doc && (doc.booths !== prev.doc.booths || doc.facilities !== prev.doc.facilities)) pruneSession((id) => id in doc.booths, (id) => id in doc.facilities);
});
