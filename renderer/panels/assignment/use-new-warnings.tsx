
import { useTranslation } from 'react-i18next';
import { warningsForExhibitor } from '../../../shared/assignment/warnings';
import { afterNextPaint } from '../../editor/after-paint';
import { editor } from '../../editor/instance';
import { useWarningText } from './warning-text';
import { useNotices } from '../common/use-notices';

/**
 * After booths are given to an exhibitor: competitors now too close and zone rules now broken
 * by those booths are said right after the edit is shown (staff may accept them, but not
 * without knowing). Checked once the edit has been drawn, not before: at 75,000 booths the
 * check builds the booths-by-exhibitor index of the new version (~0.2 s), which the
 * assignment then would wait for.
 */
export function useNewWarnings() {
  const { notification } = useNotices();
  const { t } = useTranslation();
  const text = useWarningText();
  const check = (exhibitorId: string, boothIds: readonly string[]) => {
    const doc = editor.store.getState().doc;
    if (!doc) return;
    const touched = new Set(boothIds);
    const found = warningsForExhibitor(doc, exhibitorId).filter(
      (w) => (w.kind === 'competitor-near' || w.kind === 'zone-sector' || w.kind === 'zone-country') && w.boothIds.some((id) => touched.has(id)),
    );
    if (found.length === 0) return;
    notification.warning({
      title: t('exhibitorsUi.warnings.after', { count: found.length }),
      description: (
        <ul className="refusal-list" data-testid="new-warnings">
          {found.map((w, i) => (
            <li key={i}>{text(w)}</li>
          ))}
        </ul>
      ),
      duration: 10,
      placement: 'topRight',
    });
  };
  return (exhibitorId: string, boothIds: readonly string[]) => {
    afterNextPaint(() => check(exhibitorId, boothIds));
  };
}
