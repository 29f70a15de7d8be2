import { Redis } from '@hocuspocus/extension-redis';
import { OutgoingMessage, type Document, type onChangePayload } from '@hocuspocus/server';

/**
 * Hocuspocus' Redis extension, relaying each change as the update itself.
 *
 * The stock extension answers every change with a sync step 1 (the sender's state vector);
 * the other instance replies with a sync step 2 — `encodeStateAsUpdate` against that vector,
 * which carries the whole document's delete set (built by walking every item) — plus its own
 * step 1, answered the same way. Two full-document encodes and two full delete-set applies per
 * update on each side, so the cost of one booth assignment grew with the show and its history
 * (a quarter of each server's CPU time in the 20-person profile). Here a change is published
 * as a sync update message (the bytes Yjs already produced); the other instance applies it
 * like any update through Redis (same origin, so it is neither guarded again nor re-published).
 *
 * The full exchange still runs, at most once per `catchUpMs` while changes come (the first
 * change arms it, later ones within the interval do not move it): anything lost while Redis
 * was unreachable is repaired by it within that time, as the stock extension's next change
 * would have done — at one full encode per second instead of one per update.
 */
export class UpdateRelay extends Redis {
  private readonly catchUp = new Map<string, NodeJS.Timeout>();

  constructor(
    configuration: ConstructorParameters<typeof Redis>[0],
    private readonly catchUpMs = 1000,
  ) {
    super(configuration);
  }

  private publish(documentName: string, message: Uint8Array): Promise<number> {
    return this.pub.publish(`${this.configuration.prefix}:${documentName}`, Buffer.concat([this.messagePrefix, Buffer.from(message)]));
  }

  override async onChange(data: onChangePayload): Promise<unknown> {
    if (data.transactionOrigin === this.redisTransactionOrigin) return;
    this.scheduleCatchUp(data.documentName, data.document);
    return this.publish(data.documentName, new OutgoingMessage(data.documentName).createSyncMessage().writeUpdate(data.update).toUint8Array());
  }

  private scheduleCatchUp(documentName: string, document: Document): void {
    if (this.catchUp.has(documentName)) return;
    const t = setTimeout(() => {
      this.catchUp.delete(documentName);
      if (!this.instance.documents.has(documentName)) return;
      void this.publish(documentName, new OutgoingMessage(documentName).createSyncMessage().writeFirstSyncStepFor(document).toUint8Array()).catch(() => undefined);
    }, this.catchUpMs);
    t.unref();
    this.catchUp.set(documentName, t);
  }

  override async onDestroy(): Promise<void> {
    for (const t of this.catchUp.values()) clearTimeout(t);
    this.catchUp.clear();
    await super.onDestroy();
  }
}
