import type { Project } from '../../shared/model/project';
import { writeCountOf, writesSince } from './project/owned-collections';
import { PRETTY_BOOTH_LIMIT, serializeProject } from './project-format';

/** Entries per chunk a save stringifies afresh: ~1 ms of work at 20,000 booths. */
const CHUNK_ENTRIES = 512;
/** A chunk shorter than this grows (is rebuilt with the entries after it) rather than being kept. */
const MIN_CHUNK_ENTRIES = CHUNK_ENTRIES / 2;
/** Work between yields to the event loop while serialising (ms). */
const SLICE_MS = 8;

/**
 * The JSON of consecutive entries of one collection, and what it was made from: the keys
 * (records) and the values by identity. Reused only when the same keys hold the very same
 * objects in the same order.
 */
interface Chunk {
  /** Record keys; null for a list. */
  keys: string[] | null;
  values: unknown[];
  /** `"key":json,…` (records) or `json,…` (lists), UTF-8, without brackets. Empty when every entry was skipped. */
  bytes: Buffer;
}

interface CollectionCache {
  /** The collection object the chunks describe (a later save of the same object reuses them whole)… */
  source: object;
  /** …unless it was changed in place since (`writeCountOf` when the walk began). */
  writes: number;
  chunks: Chunk[];
  /** Records: the chunk holding each key, made at the first patch (a walk does not pay for it)… */
  index: Map<string, Chunk> | null;
  /** …and how many keys there are (-1 for a list). */
  count: number;
}

/** What in-place writes since a record's cache was made change in it (see `planPatch`). */
interface Patch {
  /** Chunks holding a key written since: rebuilt from the collection as it is. */
  dirty: Set<Chunk>;
  /** Cached keys no longer where they were (deleted, perhaps added again at the end). */
  removed: Set<string>;
  /** Keys now at the end of the collection's order that no chunk holds, in that order. */
  appended: string[];
  count: number;
}

/** A canonical array index: such a key is ordered among the numbers, not at the end. */
const isArrayIndex = (key: string) => /^(0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;

/**
 * Which chunks the in-place writes since `cache` was made touch. A key added in place goes to
 * the end of the key order (a key deleted and added again too), so the added keys are
 * ordered by their last addition. Null when the writes cannot be followed that way (an
 * array-index key, which sorts among the numbers): the collection is then walked whole.
 */
function planPatch(cache: CollectionCache, collection: Record<string, unknown>): Patch | null {
  if (cache.count < 0) return null;
  if (!cache.index) {
    cache.index = new Map();
    for (const chunk of cache.chunks) for (const key of chunk.keys!) cache.index.set(key, chunk);
  }
  const events = writesSince(collection, cache.writes);
  const lastAdd = new Map<string, number>();
  const deleted = new Set<string>();
  const keys = new Set<string>();
  events.forEach((e, i) => {
    keys.add(e.id);
    if (e.kind === 'add') lastAdd.set(e.id, i);
    else if (e.kind === 'delete') deleted.add(e.id);
  });
  const patch: Patch = { dirty: new Set(), removed: new Set(), appended: [], count: cache.count };
  for (const key of keys) {
    const present = Object.hasOwn(collection, key);
    const chunk = cache.index.get(key);
    if (chunk) {
      patch.dirty.add(chunk);
      if (!present || deleted.has(key)) patch.removed.add(key);
    }
    if (present && (!chunk || deleted.has(key))) {
      if (isArrayIndex(key) || !lastAdd.has(key)) return null;
      patch.appended.push(key);
    }
  }
  patch.appended.sort((a, b) => lastAdd.get(a)! - lastAdd.get(b)!);
  patch.count += patch.appended.length - patch.removed.size;
  return patch;
}

/** Thrown inside a warm-up that was called off. */
class Cancelled extends Error {}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

function buildChunk(keys: string[] | null, values: unknown[]): Chunk {
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const json: string | undefined = JSON.stringify(values[i]);
    if (keys) {
      // As JSON.stringify does for an object: properties whose value has no JSON are left out.
      if (json !== undefined) parts.push(`${JSON.stringify(keys[i])}:${json}`);
    } else {
      parts.push(json ?? 'null');
    }
  }
  return { keys, values, bytes: Buffer.from(parts.join(','), 'utf8') };
}

/**
 * Turns a project into its file bytes — exactly `serializeProject(doc)` in UTF-8 — fast
 * enough to run on every commit of a 20,000-booth show, without holding the event loop.
 *
 * Each collection (and the history) is cut into chunks of a few hundred consecutive
 * entries whose JSON is kept. Operations never change an entity in place: they put a new
 * object for what they touch and keep every other one, and a new collection object holds
 * the untouched entities by identity (or, in the service, the collection it owns has the new
 * object put under the key in place). So a save after a one-booth edit finds every chunk
 * but one unchanged by comparing keys and identities, stringifies that one chunk, and joins
 * about a hundred cached buffers; a collection the edit did not touch at all (the same
 * object as last time, not written in place since) is taken whole. Chunks are found again by their first entry, so an
 * entity removed or added in the middle costs the chunk around it, not the ones after it.
 *
 * Work is done in slices of a few milliseconds with a yield in between, so the main process
 * keeps answering the window while the first (uncached) save of a large show is built.
 * Small shows (indented files) are serialised in one go: a few milliseconds.
 *
 * One serializer per open file; calls are run one after the other.
 */
export class ProjectSerializer {
  private readonly caches = new Map<string, CollectionCache>();
  private queue: Promise<unknown> = Promise.resolve();
  private warming: { cancelled: boolean } | null = null;
  /** A warm-up asked for with a delay, not started yet. */
  private warmTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * Chunks stringified afresh and taken from the cache by the last call, and the entries of
   * records it walked one by one (for tests and the bench).
   */
  lastRun = { built: 0, reused: 0, walked: 0 };

  /**
   * The file bytes of `doc`, in parts to be written one after the other: mostly cached chunks,
   * which are never changed afterwards (a new save makes new parts), so the list can be kept to
   * compare the file with later.
   */
  serialize(doc: Project): Promise<readonly Buffer[]> {
    // A warm-up not started yet would only redo what this save builds.
    if (this.warmTimer) this.cancelWarmUp();
    return this.enqueue(() => this.run(doc, null));
  }

  /**
   * Fills the cache from `doc` in the background (after a show is opened, so its first save
   * does not stringify everything), starting after `delayMs`. A later `serialize` waits for a
   * warm-up under way and then reuses what it built, or calls off one not started yet;
   * `cancelWarmUp` stops it at its next slice.
   */
  warmUp(doc: Project, delayMs = 0): void {
    if (!this.usesChunks(doc)) return;
    this.cancelWarmUp();
    const token = { cancelled: false };
    this.warming = token;
    const start = () => {
      this.warmTimer = null;
      if (!token.cancelled) void this.enqueue(() => this.run(doc, token)).catch(() => undefined);
    };
    if (delayMs <= 0) {
      start();
      return;
    }
    this.warmTimer = setTimeout(start, delayMs);
    // Never what keeps a process alive.
    this.warmTimer.unref?.();
  }

  /** Stops a warm-up in progress or not started yet (what it finished stays cached). */
  cancelWarmUp(): void {
    if (this.warmTimer) clearTimeout(this.warmTimer);
    this.warmTimer = null;
    if (this.warming) this.warming.cancelled = true;
    this.warming = null;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task, task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Whether the file is compact (as `serializeProject` decides), counting no further than it needs. */
  private usesChunks(doc: Project): boolean {
    // Counted from the cache when it describes these booths (a walk of 75,000 keys is ~15 ms).
    const cache = this.caches.get('booths');
    if (cache?.source === doc.booths && cache.count >= 0) {
      const count = cache.writes === writeCountOf(doc.booths) ? cache.count : planPatch(cache, doc.booths)?.count;
      if (count !== undefined) return count >= PRETTY_BOOTH_LIMIT;
    }
    let n = 0;
    for (const key in doc.booths) if (Object.hasOwn(doc.booths, key) && ++n >= PRETTY_BOOTH_LIMIT) return true;
    return false;
  }

  private async run(doc: Project, token: { cancelled: boolean } | null): Promise<readonly Buffer[]> {
    this.lastRun = { built: 0, reused: 0, walked: 0 };
    if (!this.usesChunks(doc)) {
      this.caches.clear();
      return [Buffer.from(serializeProject(doc), 'utf8')];
    }
    let sliceStart = performance.now();
    const breathe = async () => {
      if (performance.now() - sliceStart < SLICE_MS) return;
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (token?.cancelled) throw new Cancelled();
      sliceStart = performance.now();
    };

    const out: Buffer[] = [];
    let pending = '';
    const emit = (bytes: Buffer) => {
      if (pending) out.push(Buffer.from(pending, 'utf8'));
      pending = '';
      out.push(bytes);
    };
    pending += '{';
    let firstKey = true;
    const seen = new Set<string>();
    for (const [key, value] of Object.entries(doc)) {
      if (!Array.isArray(value) && !isPlainObject(value)) {
        const json: string | undefined = JSON.stringify(value);
        if (json === undefined) continue; // undefined, a function…: JSON leaves the property out
        pending += `${firstKey ? '' : ','}${JSON.stringify(key)}:${json}`;
        firstKey = false;
        continue;
      }
      pending += `${firstKey ? '' : ','}${JSON.stringify(key)}:`;
      firstKey = false;
      seen.add(key);
      const isList = Array.isArray(value);
      const chunks = await this.chunksOf(key, value as Record<string, unknown> | unknown[], breathe);
      pending += isList ? '[' : '{';
      let first = true;
      for (const chunk of chunks) {
        if (chunk.bytes.length === 0) continue;
        if (!first) pending += ',';
        first = false;
        emit(chunk.bytes);
      }
      pending += isList ? ']' : '}';
      await breathe();
    }
    pending += '}\n';
    out.push(Buffer.from(pending, 'utf8'));
    for (const key of this.caches.keys()) if (!seen.has(key)) this.caches.delete(key);
    return out;
  }

  /** The chunks of one collection, reusing cached ones that still hold (the cache is updated). */
  private async chunksOf(name: string, collection: Record<string, unknown> | unknown[], breathe: () => Promise<void>): Promise<Chunk[]> {
    const cache = this.caches.get(name);
    const writes = writeCountOf(collection);
    if (cache?.source === collection && cache.writes === writes) {
      this.lastRun.reused += cache.chunks.length;
      return cache.chunks;
    }
    if (cache?.source === collection && !Array.isArray(collection)) {
      const patch = planPatch(cache, collection);
      if (patch) return this.patched(name, cache, collection, patch, writes);
    }
    const byFirst = new Map<unknown, Chunk>();
    for (const chunk of cache?.chunks ?? []) byFirst.set(chunk.keys ? chunk.keys[0] : chunk.values[0], chunk);

    const isList = Array.isArray(collection);
    const chunks: Chunk[] = [];
    let keys: string[] = [];
    let values: unknown[] = [];
    // The cached chunk that began with the current chunk's first entry, while it still matches.
    let candidate: Chunk | undefined;
    let count = 0;
    const close = (reuse: boolean) => {
      chunks.push(reuse ? candidate! : buildChunk(isList ? null : keys, values));
      count += values.length;
      this.lastRun[reuse ? 'reused' : 'built']++;
      keys = [];
      values = [];
      candidate = undefined;
    };
    const visit = (key: string | null, value: unknown) => {
      const first = key ?? value;
      if (values.length > 0) {
        if (candidate) {
          if (values.length === candidate.values.length) {
            // A short chunk is grown instead of kept, unless the next cached chunk starts here.
            if (values.length >= MIN_CHUNK_ENTRIES || byFirst.has(first)) close(true);
            else candidate = undefined;
          }
        } else if (values.length >= CHUNK_ENTRIES || byFirst.has(first)) {
          close(false);
        }
      }
      if (values.length === 0) candidate = byFirst.get(first);
      const i = values.length;
      if (key !== null) keys.push(key);
      values.push(value);
      if (candidate && (candidate.values[i] !== value || (key !== null && candidate.keys![i] !== key))) candidate = undefined;
    };
    let visited = 0;
    if (isList) {
      for (const value of collection) {
        visit(null, value);
        if ((++visited & 255) === 0) await breathe();
      }
    } else {
      for (const key in collection) {
        this.lastRun.walked++;
        visit(key, collection[key]);
        if ((++visited & 255) === 0) await breathe();
      }
    }
    if (values.length > 0) close(candidate !== undefined && candidate.values.length === values.length);
    this.caches.set(name, { source: collection, writes, chunks, index: null, count: isList ? -1 : count });
    return chunks;
  }

  /**
   * The chunks of a record written in place since its cache was made: the chunks holding a
   * written key are rebuilt from the record as it is, added keys go into the last chunk and
   * new ones after it; every other chunk is kept. No walk of the whole record.
   */
  private patched(name: string, cache: CollectionCache, collection: Record<string, unknown>, patch: Patch, writes: number): Chunk[] {
    const index = cache.index!;
    // The index is changed as the chunks are rebuilt: if anything fails midway, nothing is kept.
    this.caches.delete(name);
    const rebuild = (keys: string[]): Chunk => {
      const chunk = buildChunk(keys, keys.map((key) => collection[key]));
      for (const key of keys) index.set(key, chunk);
      this.lastRun.built++;
      return chunk;
    };
    for (const key of patch.removed) index.delete(key);
    const chunks: Chunk[] = [];
    for (const chunk of cache.chunks) {
      if (!patch.dirty.has(chunk)) chunks.push(chunk);
      else {
        const keys = chunk.keys!.filter((key) => !patch.removed.has(key));
        if (keys.length > 0) chunks.push(rebuild(keys));
      }
    }
    const tail = [...patch.appended];
    const last = chunks[chunks.length - 1];
    if (tail.length > 0 && last && last.keys!.length < CHUNK_ENTRIES) {
      chunks.pop();
      chunks.push(rebuild([...last.keys!, ...tail.splice(0, CHUNK_ENTRIES - last.keys!.length)]));
    }
    while (tail.length > 0) chunks.push(rebuild(tail.splice(0, CHUNK_ENTRIES)));
    const kept = new Set(cache.chunks);
    this.lastRun.reused += chunks.filter((chunk) => kept.has(chunk)).length;
    this.caches.set(name, { source: collection, writes, chunks, index, count: patch.count });
    return chunks;
  }
}
