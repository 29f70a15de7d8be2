import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/model/entities';
import { useDocument, useSession } from '../../editor/instance';
import { pickText } from '../../editor/text';

interface Props {
  entries: readonly HistoryEntry[];
  /** What each line names besides the action: the booth (exhibitor history) or the exhibitor (booth history). */
  show: 'booth' | 'exhibitor';
}

/** Who did what and when, newest first. */
export function HistoryList({ entries, show }: Props) {
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  const doc = useDocument((s) => s.doc);
  const rows = [...entries].reverse().slice(0, 200);
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <List
      size="small"
      className="history-list"
      data-testid="history-list"
      locale={{ emptyText: t('exhibitorsUi.history.empty') }}
      dataSource={rows}
      renderItem={(h) => {
        const ex = h.exhibitorId ? doc?.exhibitors[h.exhibitorId] : undefined;
        const booth = doc?.booths[h.boothId];
        const subject = show === 'booth' ? (booth?.number ?? h.detail.split(' · ')[0] ?? '') : ex ? pickText(ex.name, lang) : '';
        return (
          <List.Item data-action={h.action} style={{ display: 'block' }}>
            <Typography.Text strong>{t(`exhibitorsUi.history.action.${h.action}`)}</Typography.Text> {subject}
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {when.format(new Date(h.at))} · {h.by || t('exhibitorsUi.history.unknownUser')}
                {h.detail && show === 'exhibitor' ? ` · ${h.detail}` : ''}
              </Typography.Text>
            </div>
          </List.Item>
        );
      }}
    />
  );
}
