import type { Project } from '../../shared/model/project';

/** Every show file ends with this; anything else is refused before it is read or written. */
export const PROJECT_EXTENSION = '.pavilion.json';

/**
 * Up to this many booths the file is indented for people reading or diffing it. Beyond it
 * the file is written compact: indentation makes a 7,500-booth show about three times larger
 * and slower to write on every commit, and a file that size is read by tools, not by eye.
 */
export const PRETTY_BOOTH_LIMIT = 2000;

/** Whether a path names a show file (the extension is compared without regard to case). */
export function hasProjectExtension(path: string): boolean {
  return path.toLowerCase().endsWith(PROJECT_EXTENSION);
}

/** The file text of a project. */
export function serializeProject(doc: Project): string {
  const pretty = Object.keys(doc.booths).length < PRETTY_BOOTH_LIMIT;
  return `${pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)}\n`;
}
