import { Redis } from '@hocuspocus/extension-redis';
import { OutgoingMessage, type afterLoadDocumentPayload, type afterUnloadDocumentPayload, type connectedPayload, type DirectConnection, type Document, type onChangePayload, type onConfigurePayload } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { SHOW_NAME } from '../../shared/sync/protocol';

const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;

/**
 * A sync step 2 message for `documentName` carrying one update, as a header to send before the
 * update's own bytes: a whole show shared at once is megabytes, and the encoder would copy it
 * twice more on its way to Redis. Step 2, not a sync update message: Hocuspocus applies an
 * update message from Redis with no origin, so the receiving instance took it for a change of
 * its own and published it back (every update crossed Redis twice, a show put on the server
 * 17 MB more); a step 2 it applies under the Redis origin, which is never published again.
 */
function updateHeader(documentName: string, updateLength: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, SYNC_STEP_2);
  encoding.writeVarUint(e, updateLength);
  return encoding.toUint8Array(e);
}

/**
 * An announcement that `documentName` is open on the sending instance: as a Hocuspocus message
 * it names the document '' (no show has that name), so the stock handler, which hears every
 * channel we subscribe to, finds no document and ignores it.
 */
function announcement(documentName: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, '');
  encoding.writeVarString(e, documentName);
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
 * as the bytes Yjs already produced (in a sync step 2, see `updateHeader`); the other instance
 * applies it under the Redis origin, so it is neither guarded again nor re-published.
 *
 * The full exchange still runs, at most once per `catchUpMs` while changes come (the first
 * change arms it, later ones within the interval do not move it): anything lost while Redis
 * was unreachable is repaired by it within that time, as the stock extension's next change
 * would have done — at one full encode per second instead of one per update.
 */
export class UpdateRelay extends Redis {
  private readonly catchUp = new Map<string, NodeJS.Timeout>();
  /** Shows this instance told the others it has open. */
  private readonly announced = new Set<string>();
  /** Shows opened here because another instance has them, until a person opens them here or the hold ends. */
  private readonly held = new Map<string, { connection: Promise<DirectConnection | null>; timer: NodeJS.Timeout }>();

  constructor(
    configuration: ConstructorParameters<typeof Redis>[0],
    private readonly catchUpMs = 1000,
    private readonly holdMs = 10 * 60_000,
    private readonly bigUpdateBytes = 1024 * 1024,
  ) {
    super(configuration);
  }

  /** Not a show's channel: those are `prefix:NAME`, and a show's name has no colon. */
  private get showsChannel(): string {
    return `${this.configuration.prefix}::open-shows`;
  }

  override async onConfigure(data: onConfigurePayload): Promise<void> {
    await super.onConfigure(data);
    this.sub.on('messageBuffer', this.heardAnnouncement);
    await this.sub.subscribe(this.showsChannel);
  }

  /**
   * Every instance opens a show as soon as another one has it: when a person opens a stored
   * show, or puts one on the server (announced at its first change, after it is logged to
   * SQLite). A person joining through another instance is then answered from memory at once;
   * without it, that instance read the show from SQLite and applied it first (a 20,000-booth
   * show: 1.2 s of a 3.1–3.8 s join on a loaded machine). The instance that hears of it loads
   * it like a person's first visit would (from SQLite, then the catch-up exchange with the
   * others for anything newer), and lets it go after `holdMs` if nobody opens it there (it is
   * then unloaded like any show nobody has open).
   */
  override async afterLoadDocument(data: afterLoadDocumentPayload): Promise<void> {
    await super.afterLoadDocument(data);
    if ((data.context as { heldFor?: string } | undefined)?.heldFor || data.document.store.clients.size === 0) return;
    this.announce(data.documentName);
  }

  private announce(documentName: string): void {
    if (this.announced.has(documentName)) return;
    this.announced.add(documentName);
    void this.pub.publish(this.showsChannel, Buffer.concat([this.messagePrefix, announcement(documentName)])).catch(() => undefined);
  }

  override async afterUnloadDocument(data: afterUnloadDocumentPayload): Promise<void> {
    if (!this.instance.documents.has(data.documentName)) this.announced.delete(data.documentName);
    await super.afterUnloadDocument(data);
  }

  private readonly heardAnnouncement = (channel: Buffer, data: Buffer): void => {
    if (channel.toString() !== this.showsChannel) return;
    try {
      const idLength = data[0]!;
      if (data.toString('utf-8', 1, idLength + 1) === this.configuration.identifier) return;
      const d = decoding.createDecoder(data.subarray(idLength + 1));
      if (decoding.readVarString(d) !== '') return;
      this.hold(decoding.readVarString(d));
    } catch {
      // not an announcement of ours
    }
  };

  private hold(documentName: string): void {
    if (!SHOW_NAME.test(documentName) || this.held.has(documentName) || this.instance.documents.has(documentName)) return;
    const connection = this.instance.openDirectConnection(documentName, { heldFor: 'other-instance' }).catch(() => null);
    const timer = setTimeout(() => void this.release(documentName), this.holdMs);
    timer.unref();
    this.held.set(documentName, { connection, timer });
  }

  private async release(documentName: string): Promise<void> {
    const h = this.held.get(documentName);
    if (!h) return;
    this.held.delete(documentName);
    clearTimeout(h.timer);
    await (await h.connection)?.disconnect();
  }

  /** Someone opened a held show here: their connection keeps it open now. */
  async connected({ documentName }: connectedPayload): Promise<void> {
    await this.release(documentName);
  }

  /** Publishes the parts as one message, copied once (Buffer.concat takes Uint8Arrays as they are). */
  private publish(documentName: string, ...parts: Uint8Array[]): Promise<number> {
    return this.pub.publish(`${this.configuration.prefix}:${documentName}`, Buffer.concat([this.messagePrefix, ...parts]));
  }

  override async onChange(data: onChangePayload): Promise<unknown> {
    if (data.transactionOrigin === this.redisTransactionOrigin) return;
    this.scheduleCatchUp(data.documentName, data.document);
    this.announce(data.documentName);
    if (data.update.length >= this.bigUpdateBytes && !(await this.othersListen(data.documentName))) return;
    return this.publish(data.documentName, updateHeader(data.documentName, data.update.length), data.update);
  }

  /**
   * Whether an instance besides this one follows the show. Asked before publishing a large
   * update only (a whole show put on the server): nobody else has that show open yet, and
   * publishing it anyway cost this instance three more copies of it at its memory peak (the
   * message, the write to Redis, and its own copy coming back from Redis, which every
   * subscriber receives). Skipping it loses nothing: an instance that opens the show later
   * loads it from SQLite and runs the first sync exchange with this one, answered from this
   * document, which holds the update already.
   */
  private async othersListen(documentName: string): Promise<boolean> {
    try {
      const [, count] = (await this.pub.pubsub('NUMSUB', `${this.configuration.prefix}:${documentName}`)) as [string, number];
      return Number(count) > 1;
    } catch {
      return true;
    }
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
    for (const h of this.held.values()) clearTimeout(h.timer);
    this.held.clear();
    await super.onDestroy();
  }
}
