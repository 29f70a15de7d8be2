import { isUtf8 } from 'node:buffer';
import type { Project } from '../../shared/model/project';

/**
 * The file text of documents whose text is known to be an exact JSON of them: a show just
 * read (when validation kept the parsed object as it is) or just written. A host that sends
 * a document as JSON (the browser host) sends these bytes instead of stringifying the
 * document again (~150 ms at 20,000 booths). Weak: an entry lives as long as its document.
 */
const known = new WeakMap<Project, readonly Buffer[]>();

/**
 * Records a show file's bytes as the JSON of `project`, which the caller vouches was parsed
 * from them as it is (`LoadResult.verbatim`). A leading byte order mark is left out; bytes
 * that are not valid UTF-8 are not recorded (decoders replace such bytes, and two decoders
 * need not agree on how).
 */
export function rememberFileJson(project: Project, bytes: Buffer): void {
  const text = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (isUtf8(text)) known.set(project, [text]);
}

/**
 * Records the parts of `serializeProject(project)` in UTF-8 (what a save wrote). Valid by
 * construction: `JSON.stringify` escapes lone surrogates, so the text encodes exactly.
 */
export function rememberWrittenJson(project: Project, parts: readonly Buffer[]): void {
  known.set(project, parts);
}

/** The JSON text of `value`, in parts to be sent in order, when it is a document recorded here. */
export function projectJsonOf(value: unknown): readonly Buffer[] | undefined {
  return typeof value === 'object' && value !== null ? known.get(value as Project) : undefined;
}
