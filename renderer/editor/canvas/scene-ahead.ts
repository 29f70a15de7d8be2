import type { Project } from '../../../shared/model/project';
import { openingLevel } from '../site-store';
import { buildScene, type Scene } from './scene';

/**
 * Scenes built for a show that is still being checked by the host (`onShowAhead`): at 75,000
 * booths the build takes about half a second that would otherwise come after the host's
 * verdict. Keyed by the document object, which is the very one the store gets when the reply
 * vouches for the bytes; a show the reply refuses or replaces is never looked up again and its
 * scene goes with it.
 */
const ahead = new WeakMap<object, { level: number; scene: Scene }>();

/** Builds the scene the show opens on (its opening level). Throws on a document that is not a show. */
export function prepareSceneAhead(show: unknown): void {
  if (!show || typeof show !== 'object') return;
  const doc = show as Project;
  const level = openingLevel(doc);
  const t0 = performance.now();
  ahead.set(doc, { level, scene: buildScene(doc, level) });
  performance.measure('pavilion:scene-build-ahead', { start: t0 });
}

/** The scene built ahead for this document and level, once; null when there is none. */
export function takeSceneAhead(doc: Project, level: number): Scene | null {
  const found = ahead.get(doc);
  if (!found) return null;
  ahead.delete(doc);
  return found.level === level ? found.scene : null;
}
