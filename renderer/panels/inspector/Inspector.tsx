import { useTranslation } from 'react-i18next';
import { useDocument, useSession } from '../../editor/instance';
import type { Booth } from '../../../shared/model/entities';
import { BoothInspector } from './BoothInspector';
import { BoothAssignment } from '../assignment/BoothAssignment';
import { SelectionSummary } from './SelectionSummary';
import { MultiEditForm } from './MultiEditForm';
import { ShowInspector } from './ShowInspector';
import { FacilityInspector } from './FacilityInspector';

/** The right-hand panel: the selected booth, a summary of several, or the show itself. */
export function Inspector() {
  const { t } = useTranslation();
  const doc = useDocument((s) => s.doc);
  const readOnly = useDocument((s) => s.readOnly);
  const selection = useSession((s) => s.selection);
  const facilityIds = useSession((s) => s.facilities);
  const lang = useSession((s) => s.language);
  if (!doc) return null;
  const booths = selection.map((id) => doc.booths[id]).filter((b): b is Booth => b !== undefined);
  const facility = booths.length === 0 && facilityIds.length === 1 ? doc.facilities[facilityIds[0]!] : undefined;
  return (
    <section className="inspector" aria-label={t('inspector.label')}>
      {facility && <FacilityInspector key={facility.id} doc={doc} facility={facility} lang={lang} readOnly={readOnly} />}
      {booths.length === 0 && !facility && <ShowInspector doc={doc} readOnly={readOnly} />}
      {booths.length === 1 && <BoothInspector key={booths[0]!.id} doc={doc} booth={booths[0]!} lang={lang} readOnly={readOnly} />}
      {booths.length > 1 && <SelectionSummary booths={booths} lang={lang} />}
      {booths.length > 1 && <MultiEditForm doc={doc} booths={booths} lang={lang} readOnly={readOnly} />}
      {booths.length > 1 && <BoothAssignment key={booths.map((b) => b.id).join(',')} doc={doc} booths={booths} lang={lang} readOnly={readOnly} />}
    </section>
  );
}
