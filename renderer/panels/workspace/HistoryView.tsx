import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { Button, Input, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { HISTORY_ACTIONS, historyPeople, historyRows, type HistoryRow } from '../../../shared/assignment/history-view';
import { toCsv } from '../../../shared/exhibitors/csv';
import type { HistoryEntry } from '../../../shared/model/entities';
import { useDocument, useSession } from '../../editor/instance';
import { select } from '../../editor/session-store';
import { pickText } from '../../editor/text';
import { requestView } from '../../editor/view-requests';
import { useElementHeight } from '../common/use-element-height';
import { downloadFile } from '../exhibitors/download';
import { showView } from './workspace-state';

/**
 * Every recorded change of the show, newest first: when, who, what, which booth, which
 * exhibitor. Filter by person, kind, booth and exhibitor; export what is shown as CSV; a
 * click on a row shows its booth on the plan. Rows are virtual: years of history stay quick.
 */
export function HistoryView() {
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  const doc = useDeferredValue(useDocument((s) => s.doc));
  const [people, setPeople] = useState<string[]>([]);
  const [actions, setActions] = useState<HistoryEntry['action'][]>([]);
  const [booth, setBooth] = useState('');
  const [exhibitor, setExhibitor] = useState('');
  const filter = useDeferredValue({ people, actions, booth, exhibitor });
  const rows = useMemo(() => (doc ? historyRows(doc, filter) : []), [doc, filter]);
  const box = useRef<HTMLDivElement>(null);
  const height = useElementHeight(box);
  const time = useMemo(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }), [lang]);
  const exhibitorName = (id: string | null) => (id && doc ? (doc.exhibitors[id] ? pickText(doc.exhibitors[id].name, lang) : id) : '—');
  const actionText = (a: HistoryEntry['action']) => t(`exhibitorsUi.history.action.${a}`);
  const who = (by: string) => by || t('exhibitorsUi.history.unknownUser');

  const exportCsv = () => {
    const head = [t('workspace.history.col.at'), t('workspace.history.col.by'), t('workspace.history.col.action'), t('workspace.history.col.booth'), t('workspace.history.col.exhibitor'), t('workspace.history.col.detail')];
    const body = rows.map((r) => [r.entry.at, who(r.entry.by), actionText(r.entry.action), r.boothNumber, exhibitorName(r.entry.exhibitorId), r.entry.detail]);
    const name = doc ? pickText(doc.settings.name, lang) || 'show' : 'show';
    downloadFile(`${name} – ${t('workspace.history.fileName')}.csv`, 'text/csv;charset=utf-8', toCsv([head, ...body], { bom: true }));
  };

  return (
    <div className="ws-view" data-testid="history-view">
      <div className="ws-toolbar">
        <Select mode="multiple" allowClear maxTagCount="responsive" className="ws-filter" placeholder={t('workspace.history.col.by')} aria-label={t('workspace.history.filterPerson')} value={people} onChange={setPeople} options={(doc ? historyPeople(doc) : []).map((p) => ({ value: p, label: who(p) }))} />
        <Select mode="multiple" allowClear maxTagCount="responsive" className="ws-filter" placeholder={t('workspace.history.col.action')} aria-label={t('workspace.history.filterAction')} value={actions} onChange={setActions} options={HISTORY_ACTIONS.map((a) => ({ value: a, label: actionText(a) }))} />
        <Input allowClear style={{ width: 140 }} placeholder={t('workspace.history.col.booth')} aria-label={t('workspace.history.filterBooth')} value={booth} onChange={(e) => setBooth(e.target.value)} />
        <Input allowClear style={{ width: 220 }} placeholder={t('workspace.history.col.exhibitor')} aria-label={t('workspace.history.filterExhibitor')} value={exhibitor} onChange={(e) => setExhibitor(e.target.value)} />
        <Button icon={<DownloadOutlined />} disabled={!rows.length} onClick={exportCsv}>
          {t('workspace.history.export')}
        </Button>
      </div>
      <Space className="ws-status">
        <Typography.Text type="secondary" aria-live="polite" data-testid="history-count" data-shown={rows.length}>
          {t('workspace.history.shown', { shown: rows.length, total: doc?.history.length ?? 0 })}
        </Typography.Text>
      </Space>
      <div ref={box} className="ws-table">
        {height > 0 && (
          <Table<HistoryRow>
            virtual
            size="small"
            rowKey={(r) => r.entry.id}
            dataSource={rows}
            pagination={false}
            scroll={{ y: Math.max(120, height - 48) }}
            locale={{ emptyText: t('exhibitorsUi.history.empty') }}
            onRow={(r) => ({
              'data-history-id': r.entry.id,
              style: { cursor: r.hallId ? 'pointer' : undefined },
              onClick: () => {
                if (!r.hallId) return;
                showView('plan');
                select([r.entry.boothId]);
                requestView({ kind: 'fit-booths', boothIds: [r.entry.boothId] });
              },
            })}
            columns={[
              { key: 'at', title: t('workspace.history.col.at'), width: 190, render: (_, r) => time.format(new Date(r.entry.at)) },
              { key: 'by', title: t('workspace.history.col.by'), width: 140, ellipsis: true, render: (_, r) => who(r.entry.by) },
              { key: 'action', title: t('workspace.history.col.action'), width: 120, render: (_, r) => actionText(r.entry.action) },
              { key: 'booth', title: t('workspace.history.col.booth'), width: 110, render: (_, r) => r.boothNumber },
              { key: 'exhibitor', title: t('workspace.history.col.exhibitor'), ellipsis: true, render: (_, r) => exhibitorName(r.entry.exhibitorId) },
              { key: 'detail', title: t('workspace.history.col.detail'), ellipsis: true, render: (_, r) => r.entry.detail || '' },
            ]}
          />
        )}
      </div>
    </div>
  );
}
