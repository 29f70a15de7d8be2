import { createHash } from 'node:crypto';
import type { Project } from '../../shared/model/project';
import { PRETTY_BOOTH_LIMIT, serializeProject } from './project-format';

/**
 * Compact JSON of each entity, by identity. Operations never change an entity in place (they
 * put a new object for what they touch and keep every other one), so after the first save of
 * a 20,000-booth show a later save stringifies only the few entities an edit replaced.
 */
const entityJson = new WeakMap<object, string>();

/** Work between yields to the event loop while serialising (ms). */
const SLICE_MS = 8;

export interface SerializedProject {
  text: string;
  /** Same as `contentHash(text)`: sha256, base64url. */
  hash: string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function cached(v: unknown): string {
  if (typeof v !== 'object' || v === null) return JSON.stringify(v) ?? 'null';
  let s = entityJson.get(v);
  if (s === undefined) {
    s = JSON.stringify(v);
    entityJson.set(v, s);
  }
  return s;
}

/** Whether a top-level value is an id-keyed collection (or a list) of entities worth caching. */
function isCollection(v: unknown): v is Record<string, unknown> | unknown[] {
  if (Array.isArray(v)) return v.every((x) => typeof x === 'object' && x !== null);
  if (!isPlainObject(v)) return false;
  for (const k in v) if (typeof v[k] !== 'object' || v[k] === null || Array.isArray(v[k])) return false;
  return true;
}

/**
 * The file text of a project and its hash, exactly as `serializeProject` and `contentHash`
 * would give them, without holding the event loop: large shows (compact files) are built
 * from cached per-entity JSON in slices of a few milliseconds, yielding in between, so the
 * main process keeps answering the window while a 20,000-booth show is saved. Small shows
 * (indented files) are serialised in one go; they take a few milliseconds.
 */
export async function serializeForSave(doc: Project): Promise<SerializedProject> {
  const hasher = createHash('sha256');
  if (Object.keys(doc.booths).length < PRETTY_BOOTH_LIMIT) {
    const text = serializeProject(doc);
    return { text, hash: hasher.update(text, 'utf8').digest('base64url') };
  }
  const parts: string[] = [];
  let sliceStart = performance.now();
  let hashed = 0;
  const breathe = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    for (; hashed < parts.length; hashed++) hasher.update(parts[hashed]!, 'utf8');
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };

  parts.push('{');
  let firstKey = true;
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined || typeof value === 'function') continue;
    parts.push(`${firstKey ? '' : ','}${JSON.stringify(key)}:`);
    firstKey = false;
    if (!isCollection(value)) {
      parts.push(JSON.stringify(value));
      continue;
    }
    if (Array.isArray(value)) {
      parts.push('[');
      for (let i = 0; i < value.length; i++) {
        parts.push(i === 0 ? cached(value[i]) : `,${cached(value[i])}`);
        if ((i & 255) === 255) await breathe();
      }
      parts.push(']');
    } else {
      const record: Record<string, unknown> = value;
      parts.push('{');
      let i = 0;
      for (const k in record) {
        parts.push(`${i === 0 ? '' : ','}${JSON.stringify(k)}:${cached(record[k])}`);
        if ((++i & 255) === 0) await breathe();
      }
      parts.push('}');
    }
    await breathe();
  }
  parts.push('}\n');
  for (; hashed < parts.length; hashed++) hasher.update(parts[hashed]!, 'utf8');
  return { text: parts.join(''), hash: hasher.digest('base64url') };
}
