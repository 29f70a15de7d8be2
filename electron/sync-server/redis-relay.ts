import { Redis } from '@hocuspocus/extension-redis';
import { OutgoingMessage, type Document, type onChangePayload } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';

const MESSAGE_SYNC = 0;
const SYNC_UPDATE = 2;

/**
 * A sync update message for `documentName`, as `OutgoingMessage.writeUpdate` would write it,
 * but as a header to send before the update's own bytes: a whole show shared at once is
 * megabytes, and the encoder would copy it twice more on its way to Redis.
 */
function updateHeader(documentName: string, updateLength: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, SYNC_UPDATE);
  encoding.writeVarUint(e, updateLength);
  return encoding.toUint8Array(e);
}

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

  /** Publishes the parts as one message, copied once (Buffer.concat takes Uint8Arrays as they are). */
  private publish(documentName: string, ...parts: Uint8Array[]): Promise<number> {
    return this.pub.publish(`${this.configuration.prefix}:${documentName}`, Buffer.concat([this.messagePrefix, ...parts]));
  }

  override async onChange(data: onChangePayload): Promise<unknown> {
    if (data.transactionOrigin === this.redisTransactionOrigin) return;
    this.scheduleCatchUp(data.documentName, data.document);
    return this.publish(data.documentName, updateHeader(data.documentName, data.update.length), data.update);
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
