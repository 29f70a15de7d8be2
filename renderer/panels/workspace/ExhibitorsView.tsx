import { createContext, memo, useCallback, useContext, useDeferredValue, useMemo, useRef, useState } from 'react';
import { Button, Checkbox, Dropdown, Input, Select, Space, Tag, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { showSectors } from '../../../shared/exhibitors/sectors';
import { SALES_STAGES, type SalesStage } from '../../../shared/model/entities';
import { compareNumeric } from '../../../shared/text/collate';
import { useDocument, useSession } from '../../editor/instance';
import { pickText } from '../../editor/text';
import { RowTable, sortRows, type RowColumn, type RowSort } from '../common/RowTable';
import { ASSIGNMENT_STATES, stateColumn } from '../common/state-column';
import { formatMetres, formatMoney } from '../inspector/format';
import { nameCollator } from '../exhibitors/table-rows';
import { BulkBar } from './BulkBar';
import { SaleDrawer } from './SaleDrawer';
import { useRowSearchWarmup } from '../common/row-search-warmup';
import { prepareRowSearch, viewRows, type ViewRow } from './view-rows';
import { setColumns, setFilter, setSelected, TABLE_COLUMNS, workspaceStore, type TableColumn, type WorkspaceFilter } from './workspace-state';
import './workspace.css';
import { countryOptions as countryPickList } from '../exhibitors/country-options';

export const STAGE_COLOR: Record<SalesStage, string> = {
  applied: 'default',
  approved: 'cyan',
  'contract-sent': 'blue',
  'contract-signed': 'geekblue',
  'deposit-paid': 'purple',
  'paid-in-full': 'green',
  cancelled: 'red',
};

type ListField = Exclude<keyof WorkspaceFilter, 'text'>;
// Options may carry a `search` text (countries: both names) that typing matches instead of the label.
type PickOption = { value: string; label: string; search?: string };

/**
 * One of the toolbar's pick lists. Memoised: a keystroke in the search box re-renders the
 * view, and six pick lists rebuilding their option caches took ~7 ms of each keystroke.
 */
const FilterSelect = memo(function FilterSelect({ field, label, options, value }: { field: ListField; label: string; options: PickOption[]; value: readonly string[] }) {
  return (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      placeholder={label}
      aria-label={label}
      options={options}
      value={value as string[]}
      onChange={(v: string[]) => setFilter({ [field]: v } as Partial<WorkspaceFilter>)}
      optionFilterProp={options[0]?.search ? 'search' : 'label'}
      className="ws-filter"
    />
  );
});

/** Two lines of name (the other language below) with room around them. */
const ROW_HEIGHT = 56;
const rowId = (r: ViewRow) => r.id;
const rowProps = (r: ViewRow) => ({ 'data-exhibitor-id': r.id });

/** The rows the table shows now (the selection boxes read them; the columns stay as they are). */
const ShownRows = createContext<ViewRow[]>([]);
/** The row whose box was last clicked, where a Shift-click's range starts (one table at a time). */
let rangeAnchor: string | null = null;

/** The selection as a set, made once per selection (every visible box asks). */
let lastSelected: readonly string[] | null = null;
let lastSet = new Set<string>();
function selectedSet(selected: readonly string[]): Set<string> {
  if (selected !== lastSelected) {
    lastSelected = selected;
    lastSet = new Set(selected);
  }
  return lastSet;
}

/**
 * The header's box: all shown rows chosen, some, or none; it adds the shown rows to the
 * selection or takes them out of it (rows hidden by the search keep their state). Our own
 * boxes rather than antd's row selection, which went through all 35,000 rows on every search.
 */
function SelectShownBox() {
  const { t } = useTranslation();
  const rows = useContext(ShownRows);
  const chosen = selectedSet(useStore(workspaceStore, (s) => s.selected));
  let n = 0;
  if (chosen.size) for (const r of rows) if (chosen.has(r.id)) n++;
  const all = rows.length > 0 && n === rows.length;
  return (
    <Checkbox
      aria-label={t('workspace.selectShown')}
      checked={all}
      indeterminate={n > 0 && !all}
      disabled={rows.length === 0}
      onChange={(e) => {
        const current = workspaceStore.getState().selected;
        if (e.target.checked) setSelected([...new Set([...current, ...rows.map((r) => r.id)])]);
        else {
          const shown = new Set(rows.map((r) => r.id));
          setSelected(current.filter((id) => !shown.has(id)));
        }
      }}
    />
  );
}

/** One row's box; Shift-click sets every shown row from the last clicked one to this one alike. */
function SelectRowBox({ row }: { row: ViewRow }) {
  const { t, i18n } = useTranslation();
  const name = i18n.language === 'zh-CN' ? row.nameZh || row.nameEn : row.nameEn || row.nameZh;
  const rows = useContext(ShownRows);
  const checked = useStore(workspaceStore, (s) => selectedSet(s.selected).has(row.id));
  // The box's change event carries no modifier keys: the click before it says whether Shift was down.
  const shift = useRef(false);
  return (
    <span onClickCapture={(e) => (shift.current = e.shiftKey)}>
      <Checkbox
        aria-label={t('workspace.selectRow', { name })}
        checked={checked}
        onChange={(e) => {
          const on = e.target.checked;
          const current = new Set(workspaceStore.getState().selected);
          const from = shift.current && rangeAnchor !== null ? rows.findIndex((r) => r.id === rangeAnchor) : -1;
          const to = rows.findIndex((r) => r.id === row.id);
          const range = from >= 0 && to >= 0 ? rows.slice(Math.min(from, to), Math.max(from, to) + 1) : [row];
          for (const r of range) {
            if (on) current.add(r.id);
            else current.delete(r.id);
          }
          shift.current = false;
          rangeAnchor = row.id;
          setSelected([...current]);
        }}
      />
    </span>
  );
}

/**
 * The sales office's list, the whole window wide: columns the user chooses, sorting,
 * filters by country, sector, zone, hall, assignment and sales stage, search, multi-select
 * with bulk actions. Only the rows in view are drawn, so 35,000 exhibitors scroll and filter quickly.
 */
export function ExhibitorsView() {
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  const doc = useDocument((s) => s.doc);
  const filter = useStore(workspaceStore, (s) => s.filter);
  const columnsShown = useStore(workspaceStore, (s) => s.columns);
  const [open, setOpen] = useState<string | null>(null);
  const deferredFilter = useDeferredValue(filter);
  const deferredDoc = useDeferredValue(doc);
  const [sort, setSort] = useState<RowSort | null>(null);
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const searchPrepared = useRowSearchWarmup(deferredDoc, lang, prepareRowSearch);
  // Once the search is prepared a search of 35,000 rows takes a few milliseconds and the table
  // draws only the rows in view: the rows follow the keystroke in its own frame (an extra
  // frame and the deferred render's slices made a search wait ~25 ms more). Before that,
  // the box answers first and the rows follow.
  const shownFilter = searchPrepared ? filter : deferredFilter;
  const rows = useMemo(() => (deferredDoc ? viewRows(deferredDoc, shownFilter, lang) : []), [deferredDoc, shownFilter, lang]);
  const exhibitors = doc?.exhibitors;
  const total = useMemo(() => (exhibitors ? Object.keys(exhibitors).length : 0), [exhibitors]);
  const collator = useMemo(() => nameCollator(lang), [lang]);
  const currency = doc?.settings.currency ?? 'CNY';

  const countryOptions = countryPickList(l);
  const sectorSettings = doc?.settings;
  const sectorOptions = useMemo(() => showSectors(sectorSettings).map((s) => ({ value: s.id, label: s.name[l] || s.name.zh || s.name.en })), [l, sectorSettings]);
  const zoneOptions = useMemo(() => Object.values(doc?.zones ?? {}).map((z) => ({ value: z.id, label: pickText(z.name, lang) })), [doc?.zones, lang]);
  const hallOptions = useMemo(
    () => Object.values(doc?.halls ?? {}).sort((a, b) => a.order - b.order).map((h) => ({ value: h.id, label: `${h.code} ${pickText(h.name, lang)}` })),
    [doc?.halls, lang],
  );

  // The columns are made again only when the language, the currency or the chosen columns
  // change, so the memoised table and the sort redraw for new rows alone.
  const columns = useMemo(() => {
    const money = (n: number) => formatMoney(n, currency, lang);
    const select: RowColumn<ViewRow> = { key: 'select', title: <SelectShownBox />, width: 44, fixed: true, className: 'ws-select-col', render: (r) => <SelectRowBox row={r} /> };
    const all: Record<TableColumn, RowColumn<ViewRow>> = {
      name: {
        key: 'name',
        title: t('workspace.col.name'),
        width: 300,
        fixed: true,
        sorter: (a, b) => collator.compare(l === 'zh' ? a.nameZh || a.nameEn : a.nameEn || a.nameZh, l === 'zh' ? b.nameZh || b.nameEn : b.nameEn || b.nameZh),
        render: (r) => {
          const first = l === 'zh' ? r.nameZh || r.nameEn : r.nameEn || r.nameZh;
          const second = l === 'zh' ? r.nameEn : r.nameZh;
          // A button, so the keyboard reaches each exhibitor's sale (the row's click opens it).
          return (
            <button type="button" className="row-table-button ws-name" title={second && second !== first ? `${first}\n${second}` : first}>
              <span className="ws-name-main">{first}</span>
              {second && second !== first && <span className="ws-name-other">{second}</span>}
            </button>
          );
        },
      },
      country: { key: 'country', title: t('workspace.col.country'), width: 130, sorter: (a, b) => collator.compare(a.countryName, b.countryName), render: (r) => r.countryName },
      sectors: { key: 'sectors', title: t('workspace.col.sectors'), width: 190, sorter: (a, b) => collator.compare(a.sectors, b.sectors), render: (r) => r.sectors },
      booths: { key: 'booths', title: t('workspace.col.booths'), width: 150, sorter: (a, b) => compareNumeric(a.booths, b.booths), render: (r) => r.booths },
      requested: { key: 'requested', title: t('workspace.col.requested'), width: 130, align: 'right', sorter: (a, b) => (a.requested ?? -1) - (b.requested ?? -1), render: (r) => (r.requested === null ? '—' : formatMetres(r.requested, lang)) },
      assigned: { key: 'assigned', title: t('workspace.col.assigned'), width: 130, align: 'right', sorter: (a, b) => a.assigned - b.assigned, render: (r) => formatMetres(Math.round(r.assigned * 100) / 100, lang) },
      state: stateColumn<ViewRow>(t('workspace.col.state'), 130, (st) => t(`exhibitorsUi.state.${st}`)),
      stage: {
        key: 'stage',
        title: t('workspace.col.stage'),
        width: 130,
        sorter: (a, b) => SALES_STAGES.indexOf(a.stage) - SALES_STAGES.indexOf(b.stage),
        render: (r) => (
          <Tag color={STAGE_COLOR[r.stage]} data-stage={r.stage}>
            {t(`workspace.stage.${r.stage}`)}
          </Tag>
        ),
      },
      expected: { key: 'expected', title: t('workspace.col.expected'), width: 130, align: 'right', sorter: (a, b) => a.expected - b.expected, render: (r) => money(r.expected) },
      invoiced: { key: 'invoiced', title: t('workspace.col.invoiced'), width: 130, align: 'right', sorter: (a, b) => a.invoiced - b.invoiced, render: (r) => money(r.invoiced) },
      paid: { key: 'paid', title: t('workspace.col.paid'), width: 130, align: 'right', sorter: (a, b) => a.paid - b.paid, render: (r) => money(r.paid) },
      contact: { key: 'contact', title: t('workspace.col.contact'), width: 130, sorter: (a, b) => collator.compare(a.contact, b.contact), render: (r) => r.contact },
      phone: { key: 'phone', title: t('workspace.col.phone'), width: 150, render: (r) => r.phone },
      email: { key: 'email', title: t('workspace.col.email'), width: 200, render: (r) => r.email },
      priority: { key: 'priority', title: t('workspace.col.priority'), width: 80, align: 'right', sorter: (a, b) => a.priority - b.priority, render: (r) => r.priority },
      warnings: {
        key: 'warnings',
        title: t('workspace.col.warnings'),
        width: 90,
        align: 'right',
        sorter: (a, b) => a.warnings - b.warnings,
        render: (r) => (r.warnings ? <Tag color="orange">{r.warnings}</Tag> : <span className="ws-muted">—</span>),
      },
    };
    return [select, ...columnsShown.map((c) => all[c])];
  }, [t, l, lang, collator, currency, columnsShown]);
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  // Chosen rows are tinted: the table draws its rows in view again when the selection changes.
  const selected = useStore(workspaceStore, (s) => s.selected);
  const rowClassName = useCallback((r: ViewRow) => (selectedSet(selected).has(r.id) ? 'row-table-selected' : undefined), [selected]);
  const onRowClick = useCallback((r: ViewRow, e: React.MouseEvent) => (e.target as HTMLElement).closest('.ws-select-col') || setOpen(r.id), []);

  const stageOptions = useMemo(() => SALES_STAGES.map((s) => ({ value: s, label: t(`workspace.stage.${s}`) })), [t]);
  const stateOptions = useMemo(() => ASSIGNMENT_STATES.map((s) => ({ value: s, label: t(`exhibitorsUi.state.${s}`) })), [t]);
  const pick = (field: ListField, label: string, options: PickOption[]) => <FilterSelect field={field} label={label} options={options} value={filter[field]} />;

  return (
    <div className="ws-view" data-testid="exhibitors-view" data-search-prepared={searchPrepared}>
      <div className="ws-toolbar">
        <Input.Search allowClear className="ws-search" placeholder={t('workspace.search')} aria-label={t('workspace.searchLabel')} value={filter.text} onChange={(e) => setFilter({ text: e.target.value })} />
        {pick('countries', t('workspace.filter.country'), countryOptions)}
        {pick('stages', t('workspace.filter.stage'), stageOptions)}
        {pick('sectors', t('workspace.filter.sector'), sectorOptions)}
        {pick('halls', t('workspace.filter.hall'), hallOptions)}
        {pick('zones', t('workspace.filter.zone'), zoneOptions)}
        {pick('states', t('workspace.filter.state'), stateOptions)}
        <Dropdown
          trigger={['click']}
          popupRender={() => (
            <div className="ws-columns-menu" role="group" aria-label={t('workspace.columns')}>
              {TABLE_COLUMNS.map((c) => (
                <Checkbox
                  key={c}
                  disabled={c === 'name'}
                  checked={columnsShown.includes(c)}
                  onChange={(e) => setColumns(e.target.checked ? TABLE_COLUMNS.filter((x) => x === c || columnsShown.includes(x)) : columnsShown.filter((x) => x !== c))}
                >
                  {t(`workspace.col.${c}`)}
                </Checkbox>
              ))}
            </div>
          )}
        >
          <Button icon={<SettingOutlined />} aria-label={t('workspace.columns')}>
            {t('workspace.columns')}
          </Button>
        </Dropdown>
      </div>
      <Space className="ws-status" size={16}>
        <Typography.Text type="secondary" aria-live="polite" data-testid="ws-count" data-shown={rows.length}>
          {t('workspace.shown', { shown: rows.length, total })}
        </Typography.Text>
        <BulkBar rows={rows} />
      </Space>
      <div className="ws-table">
        <ShownRows.Provider value={sorted}>
          <RowTable<ViewRow>
            label={t('workspace.tableLabel')}
            rows={sorted}
            columns={columns}
            rowKey={rowId}
            rowHeight={ROW_HEIGHT}
            sort={sort}
            onSort={setSort}
            resetKey={shownFilter}
            emptyText={total === 0 ? t('exhibitorsUi.empty') : t('exhibitorsUi.noMatch')}
            onRowClick={onRowClick}
            rowProps={rowProps}
            rowClassName={rowClassName}
          />
        </ShownRows.Provider>
      </div>
      {open && <SaleDrawer exhibitorId={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
