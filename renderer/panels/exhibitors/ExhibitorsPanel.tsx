import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useDocument, useSession } from '../../editor/instance';
import { select } from '../../editor/session-store';
import { requestView } from '../../editor/view-requests';
import { useElementHeight } from '../common/use-element-height';
import { exhibitorRows, filterRows, type ExhibitorRow } from './exhibitor-rows';

/** Searchable exhibitor list; virtual rows keep it quick at expo size (3,500+). */
export function ExhibitorsPanel() {
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  const exhibitors = useDocument((s) => s.doc?.exhibitors);
  const assignments = useDocument((s) => s.doc?.assignments);
  const booths = useDocument((s) => s.doc?.booths);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const tableBox = useRef<HTMLDivElement>(null);
  const height = useElementHeight(tableBox);

  const rows = useMemo(
    () => (exhibitors && assignments && booths ? exhibitorRows({ exhibitors, assignments, booths }, lang) : []),
    [exhibitors, assignments, booths, lang],
  );
  const shown = useMemo(() => filterRows(rows, deferredQuery), [rows, deferredQuery]);

  const columns: ColumnsType<ExhibitorRow> = [
    { key: 'name', title: t('exhibitors.name'), dataIndex: 'name', ellipsis: true },
    { key: 'country', title: t('exhibitors.country'), dataIndex: 'country', width: 84, ellipsis: true },
    { key: 'booths', title: t('exhibitors.booths'), dataIndex: 'boothNumbers', width: 90, ellipsis: true },
  ];

  return (
    <div className="exhibitors-panel">
      <Input.Search
        allowClear
        placeholder={t('exhibitors.search')}
        aria-label={t('exhibitors.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <Typography.Text type="secondary" className="exhibitors-count" aria-live="polite">
        {t('exhibitors.shown', { shown: shown.length, total: rows.length })}
      </Typography.Text>
      <div ref={tableBox} className="exhibitors-table">
        {height > 0 && (
          <Table<ExhibitorRow>
            virtual
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={shown as ExhibitorRow[]}
            pagination={false}
            scroll={{ y: Math.max(80, height - 40) }}
            locale={{ emptyText: rows.length === 0 ? t('exhibitors.empty') : t('exhibitors.noMatch') }}
            onRow={(r) => ({
              onClick: () => {
                if (r.boothIds.length === 0) return;
                select(r.boothIds);
                requestView({ kind: 'fit-booths', boothIds: r.boothIds });
              },
              style: { cursor: r.boothIds.length > 0 ? 'pointer' : undefined },
            })}
          />
        )}
      </div>
    </div>
  );
}
