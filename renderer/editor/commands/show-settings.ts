import type { Project } from '../../../shared/model/project';
import type { Bilingual } from '../../../shared/model/primitives';
import { operation, type Operation } from '../../../shared/ops';

/** Renames the show (either language). Empty when nothing changes. */
export function renameShowOp(doc: Project, name: Bilingual): Operation {
  return operation(doc, 'ops.renameShow').settings({ name: { zh: name.zh.trim(), en: name.en.trim() } }).build();
}

export function setVenueOp(doc: Project, venue: Bilingual): Operation {
  return operation(doc, 'ops.setVenue').settings({ venue: { zh: venue.zh.trim(), en: venue.en.trim() } }).build();
}
