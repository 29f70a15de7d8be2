import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { fullState, trackFullState } from './full-state';
import type { SyncStore } from './store';

/**
 * Each show's state in SQLite (what `@hocuspocus/extension-database` does, without its copies):
 * loaded once and applied, stored from the kept full-state bytes when nothing changed since
 * (else encoded once), handed to SQLite without another copy. The stock extension encodes the
 * whole document and copies it into a Buffer on every store — for a 20,000-booth show just put
 * on the server, two 17 MB arrays at the moment memory peaks.
 */
export class ShowPersistence implements Extension {
  // Default priority: after the Redis extension's store lock (1000), as the stock extension ran.
  private closing = false;

  constructor(private readonly store: SyncStore) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const state = this.store.load(documentName);
    if (state) Y.applyUpdate(document, state);
    trackFullState(document, state);
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    if (this.closing) return; // close() stores every loaded show itself
    // The merged state covers every logged update up to now (they were applied before logging).
    this.store.save(documentName, fullState(document), this.store.lastSeq(documentName));
  }

  /** From now on the server stores its shows itself as it closes. */
  close(): void {
    this.closing = true;
  }
}
