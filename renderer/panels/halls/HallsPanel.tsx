import { useMemo } from 'react';
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocument, useSession } from '../../editor/instance';
import { boothCountsByHall } from '../../editor/booth-facts';
import { pickText } from '../../editor/text';
import { requestView } from '../../editor/view-requests';
import { HallActions } from './HallActions';
import { SiteActions } from '../site/SiteActions';

/** The show's halls in plan order with their booth counts; a click zooms the plan to the hall. */
export function HallsPanel() {
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  const halls = useDocument((s) => s.doc?.halls);
  const booths = useDocument((s) => s.doc?.booths);
  const rows = useMemo(() => {
    if (!halls || !booths) return [];
    const counts = boothCountsByHall({ booths });
    return Object.values(halls)
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
      .map((h) => ({ hall: h, id: h.id, code: h.code, name: pickText(h.name, lang), count: counts.get(h.id) ?? 0 }));
  }, [halls, booths, lang]);

  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('halls.empty')} />;
  return (
    <>
      <SiteActions />
      <ul className="halls-list" aria-label={t('panels.halls')}>
        {rows.map((r, i) => (
          <li key={r.id}>
            <button type="button" className="halls-item" data-hall-id={r.id} onClick={() => requestView({ kind: 'fit-hall', hallId: r.id })} title={t('halls.zoomTo', { name: r.name || r.code })}>
              <span className="halls-code">{r.code}</span>
              <span className="halls-name">{r.name}</span>
              <Typography.Text type="secondary" className="halls-count">
                {t('halls.booths', { count: r.count })}
              </Typography.Text>
            </button>
            <HallActions hall={r.hall} index={i} count={rows.length} />
          </li>
        ))}
      </ul>
    </>
  );
}
