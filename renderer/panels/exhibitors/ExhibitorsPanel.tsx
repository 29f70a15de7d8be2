import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Button, Dropdown, Input, Select, Space, Typography } from 'antd';
import { DownloadOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AssignmentState } from '../../../shared/assignment/by-exhibitor';
import { showSectors } from '../../../shared/exhibitors/sectors';
import type { ExportKind } from '../../../shared/ipc/contract';
import { useDocument, useSession } from '../../editor/instance';
import { select } from '../../editor/session-store';
import { requestView } from '../../editor/view-requests';
import { pickText } from '../../editor/text';
import { ErrorDetails } from '../common/ErrorDetails';
import { RowTable, sortRows, type RowColumn, type RowSort } from '../common/RowTable';
import { ASSIGNMENT_STATES, stateColumn } from '../common/state-column';
import { useRowSearchWarmup } from '../common/row-search-warmup';
import { ImportWizard } from '../import/ImportWizard';
import { exportExhibitors } from './export-file';
import { ExhibitorDrawer } from './ExhibitorDrawer';
import { EXHIBITOR_DRAG_TYPE, exhibitorTableRows, nameCollator, prepareTableSearch, type ExhibitorTableRow } from './table-rows';
import './exhibitors.css';
import { compareNumeric } from '../../../shared/text/collate';
import { countryOptions as countryPickList } from './country-options';
import { useNotices } from '../common/use-notices';

const EXPORTS: ExportKind[] = ['exhibitors-xlsx', 'exhibitors-csv', 'fascia-xlsx', 'fascia-csv'];
/** Two lines of name (the display language, then the other): every row has this height. */
const ROW_HEIGHT = 48;
const rowKey = (r: ExhibitorTableRow) => r.id;

/**
 * The exhibitor table: search (names, booth numbers, contacts), filters by country, sector,
 * zone and assignment state, sorting, add/edit/delete, import and export. Rows can be dragged
 * onto a booth of the plan. Rows are built once per document version and drawn only in view
 * (`exhibitorRowList`, `RowTable`), so a Canton Fair's 35,000 exhibitors search as quickly as
 * a small show's.
 */
export function ExhibitorsPanel() {
  const { t } = useTranslation();
  const { notification } = useNotices();
  const lang = useSession((s) => s.language);
  const doc = useDocument((s) => s.doc);
  const readOnly = useDocument((s) => s.readOnly);
  const [query, setQuery] = useState('');
  const [countries, setCountries] = useState<string[]>([]);
  const [sectors, setSectors] = useState<string[]>([]);
  const [zones, setZones] = useState<string[]>([]);
  const [states, setStates] = useState<AssignmentState[]>([]);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [sort, setSort] = useState<RowSort | null>(null);
  const filter = useMemo(() => ({ text: query, countries, sectors, zones, states }), [query, countries, sectors, zones, states]);
  const deferredFilter = useDeferredValue(filter);
  const deferredDoc = useDeferredValue(doc);
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  // As in the Exhibitors view: once the search is prepared, the rows follow a keystroke in its
  // own frame; before that (just after an open or an edit) the box answers first.
  const searchPrepared = useRowSearchWarmup(deferredDoc, lang, prepareTableSearch);
  const shownFilter = searchPrepared ? filter : deferredFilter;
  const rows = useMemo(() => (deferredDoc ? exhibitorTableRows(deferredDoc, shownFilter, lang) : []), [deferredDoc, shownFilter, lang]);
  const exhibitors = doc?.exhibitors;
  const total = useMemo(() => (exhibitors ? Object.keys(exhibitors).length : 0), [exhibitors]);
  const collator = useMemo(() => nameCollator(lang), [lang]);

  const countryOptions = countryPickList(l);
  const sectorSettings = doc?.settings;
  const sectorOptions = useMemo(() => showSectors(sectorSettings).map((s) => ({ value: s.id, label: s.name[l] || s.name.zh || s.name.en })), [l, sectorSettings]);
  const zoneOptions = useMemo(() => Object.values(doc?.zones ?? {}).map((z) => ({ value: z.id, label: pickText(z.name, lang) })), [doc?.zones, lang]);

  async function runExport(kind: ExportKind) {
    setExporting(true);
    try {
      // The same export as the Exhibitors view's: edits not saved yet are saved first, since
      // the host renders the file from the show it holds (the list was one edit behind when
      // Export came within the editor's quiet wait after an assignment).
      const res = await exportExhibitors(undefined, kind, l);
      if (!res.ok) notification.error({ title: t('exhibitorsUi.export.failed'), description: <ErrorDetails error={res.error} />, duration: 0 });
    } catch (e) {
      notification.error({ title: t('exhibitorsUi.export.failed'), description: String(e instanceof Error ? e.message : e), duration: 0 });
    } finally {
      setExporting(false);
    }
  }

  /**
   * Enter in the search: a booth number shows that booth; otherwise the booths of the
   * exhibitors found (when they are few enough to mean something) are highlighted and zoomed to.
   */
  function showOnPlan(q: string) {
    if (!doc || !q.trim()) return;
    const wanted = q.trim().toLowerCase();
    const booth = Object.values(doc.booths).find((b) => b.number.toLowerCase() === wanted);
    const found = booth ? [] : exhibitorTableRows(doc, { ...filter, text: q }, lang);
    const ids = booth ? [booth.id] : found.length <= 20 ? found.flatMap((r) => [...r.boothIds, ...r.claimedIds]) : [];
    if (ids.length === 0) return;
    select(ids);
    requestView({ kind: 'fit-booths', boothIds: ids });
  }

  // Made again only when the language or the permissions change, so the memoised table
  // redraws for new rows alone.
  const columns = useMemo<RowColumn<ExhibitorTableRow>[]>(
    () => [
      {
        key: 'name',
        title: t('exhibitorsUi.col.name'),
        width: 110,
        grow: true,
        sorter: (a, b) => collator.compare(a.name, b.name),
        render: (r) => (
          <div className="exhibitor-name-cell" title={r.otherName ? `${r.name}\n${r.otherName}` : r.name}>
            <div className="exhibitor-name">{r.name}</div>
            {r.otherName && <div className="exhibitor-other-name">{r.otherName}</div>}
          </div>
        ),
      },
      // The code, named in full on hover (a title: an antd tooltip per row cost more than the row).
      { key: 'country', title: t('exhibitorsUi.col.country'), width: 76, sorter: (a, b) => a.country.localeCompare(b.country), render: (r) => <span title={r.countryName}>{r.country}</span> },
      { key: 'booths', title: t('exhibitorsUi.col.booths'), width: 80, sorter: (a, b) => compareNumeric(a.boothNumbers, b.boothNumbers), render: (r) => r.boothNumbers },
      stateColumn<ExhibitorTableRow>(t('exhibitorsUi.col.state'), 70, (st) => t(`exhibitorsUi.state.${st}`)),
      {
        key: 'edit',
        title: '',
        width: 36,
        className: 'exhibitor-edit-col',
        render: (r) => (
          <Button
            type="text"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('a11y.editExhibitor', { name: r.name })}
            title={t('exhibitorsUi.edit')}
            onClick={(e) => {
              e.stopPropagation();
              setEditing(r.id);
            }}
          />
        ),
      },
    ],
    [t, collator],
  );
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  const onRowClick = useCallback((r: ExhibitorTableRow) => {
    const ids = [...r.boothIds, ...r.claimedIds];
    if (ids.length === 0) return;
    select(ids);
    requestView({ kind: 'fit-booths', boothIds: ids });
  }, []);
  const rowProps = useCallback(
    (r: ExhibitorTableRow) => ({
      'data-exhibitor-id': r.id,
      draggable: !readOnly,
      onDragStart: (e: React.DragEvent) => {
        e.dataTransfer.setData(EXHIBITOR_DRAG_TYPE, r.id);
        e.dataTransfer.setData('text/plain', r.name);
        e.dataTransfer.effectAllowed = 'copyMove';
      },
      onDoubleClick: () => setEditing(r.id),
    }),
    [readOnly],
  );

  return (
    <div className="exhibitors-panel" data-testid="exhibitors-panel" data-search-prepared={searchPrepared}>
      <Space.Compact style={{ width: '100%' }}>
        <Input.Search
          allowClear
          placeholder={t('exhibitorsUi.search')}
          aria-label={t('a11y.searchExhibitors')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onSearch={(q) => showOnPlan(q)}
        />
      </Space.Compact>
      <div className="exhibitor-filters">
        <Select mode="multiple" allowClear size="small" maxTagCount="responsive" placeholder={t('exhibitorsUi.filter.country')} aria-label={t('a11y.filterCountry')} options={countryOptions} value={countries} onChange={setCountries} optionFilterProp="search" />
        <Select mode="multiple" allowClear size="small" maxTagCount="responsive" placeholder={t('exhibitorsUi.filter.sector')} aria-label={t('a11y.filterSector')} options={sectorOptions} value={sectors} onChange={setSectors} optionFilterProp="label" />
        <Select mode="multiple" allowClear size="small" maxTagCount="responsive" placeholder={t('exhibitorsUi.filter.zone')} aria-label={t('a11y.filterZone')} options={zoneOptions} value={zones} onChange={setZones} optionFilterProp="label" />
        <Select
          mode="multiple"
          allowClear
          size="small"
          maxTagCount="responsive"
          placeholder={t('exhibitorsUi.filter.state')}
          aria-label={t('a11y.filterAssignment')}
          options={ASSIGNMENT_STATES.map((s) => ({ value: s, label: t(`exhibitorsUi.state.${s}`) }))}
          value={states}
          onChange={setStates}
        />
      </div>
      <Space size={4} wrap className="exhibitor-actions">
        <Button size="small" icon={<PlusOutlined />} disabled={readOnly} onClick={() => setEditing('new')}>
          {t('exhibitorsUi.add')}
        </Button>
        <Button size="small" icon={<UploadOutlined />} disabled={readOnly} onClick={() => setImporting(true)}>
          {t('exhibitorsUi.import.button')}
        </Button>
        <Dropdown
          trigger={['click']}
          menu={{ items: EXPORTS.map((k) => ({ key: k, label: t(`exhibitorsUi.export.${k}`) })), onClick: ({ key }) => void runExport(key as ExportKind) }}
        >
          <Button size="small" icon={<DownloadOutlined />} loading={exporting}>
            {t('exhibitorsUi.export.button')}
          </Button>
        </Dropdown>
      </Space>
      <Typography.Text type="secondary" className="exhibitors-count" aria-live="polite" data-testid="exhibitor-count" data-shown={rows.length}>
        {t('exhibitorsUi.shown', { shown: rows.length, total })}
      </Typography.Text>
      <div className={readOnly ? 'exhibitors-table' : 'exhibitors-table exhibitors-table-draggable'}>
        <RowTable<ExhibitorTableRow>
          label={t('exhibitorsUi.tableLabel')}
          rows={sorted}
          columns={columns}
          rowKey={rowKey}
          rowHeight={ROW_HEIGHT}
          headerHeight={36}
          sort={sort}
          onSort={setSort}
          resetKey={shownFilter}
          emptyText={total === 0 ? t('exhibitorsUi.empty') : t('exhibitorsUi.noMatch')}
          onRowClick={onRowClick}
          rowProps={rowProps}
        />
      </div>
      {editing !== null && <ExhibitorDrawer exhibitorId={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {importing && <ImportWizard onClose={() => setImporting(false)} />}
    </div>
  );
}
