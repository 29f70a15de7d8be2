import type { Project } from '../../../shared/model/project';
import type { Bilingual } from '../../../shared/model/primitives';
import { setBoothFields } from '../../../shared/editing/booths';
import type { EditResult } from '../../../shared/editing/result';

/** Changes a booth's notes (the shared multi-edit command, for one booth). */
export function setBoothNotesOp(doc: Project, boothId: string, notes: string): EditResult {
  return setBoothFields(doc, [boothId], { notes });
}

/** Changes the name on a booth's fascia board; either language may be given alone. */
export function setBoothFasciaOp(doc: Project, boothId: string, fascia: Partial<Bilingual>): EditResult {
  return setBoothFields(doc, [boothId], { fascia });
}
