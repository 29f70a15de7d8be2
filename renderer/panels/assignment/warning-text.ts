import { useTranslation } from 'react-i18next';
import type { AssignmentWarning } from '../../../shared/assignment/warnings';
import { useSession } from '../../editor/instance';

/** The warning in the user's language (names, booths, areas from its args). */
export function useWarningText() {
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  return (w: AssignmentWarning) => {
    const pick = (zh: unknown, en: unknown) => String((lang === 'zh-CN' ? zh || en : en || zh) ?? '');
    return t(`exhibitorsUi.warning.${w.kind}`, {
      ...w.args,
      exhibitor: pick(w.args.exhibitorZh, w.args.exhibitorEn),
      other: pick(w.args.otherZh, w.args.otherEn),
      zone: pick(w.args.zoneZh, w.args.zoneEn),
      defaultValue: w.message,
    });
  };
}

