import { Button, Checkbox, Popover, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../shared/exhibitors/countries';
import { DIFF_FIELDS, exhibitorDiff, type FieldChange } from '../../../shared/exhibitors/import/diff';
import type { ImportDecision, ImportPlan, RowOutcome } from '../../../shared/exhibitors/import/plan';
import { sectorLabel } from '../../../shared/exhibitors/sectors';
import type { Exhibitor, ProjectSettings } from '../../../shared/model/entities';
import type { SheetRow } from '../../../shared/exhibitors/import/types';
import { problemText } from './import-text';

const DECISIONS: readonly ImportDecision[] = ['merge', 'skip', 'add'];

export interface ReviewCounts {
  add: number;
  update: number;
  unchanged: number;
  skip: number;
  rejected: number;
  weak: number;
  strong: number;
}

export function reviewCounts(plan: ImportPlan): ReviewCounts {
  const c: ReviewCounts = { add: plan.added.length, update: plan.merged.length, unchanged: plan.unchanged.length, skip: plan.skipped.length, rejected: plan.rejected.length, weak: 0, strong: 0 };
  for (const r of plan.rows) {
    if (r.duplicate?.strong) c.strong++;
    else if (r.duplicate) c.weak++;
  }
  return c;
}

type Lang = 'zh' | 'en';

function valueText(v: FieldChange['before'], field: FieldChange['field'], settings: ProjectSettings, lang: Lang, t: TFunction): string {
  if (v === null) return t('importUi.empty');
  if (field === 'country' && typeof v === 'string') return countryName(v, lang);
  if (Array.isArray(v)) return v.map((id) => (field === 'sectors' ? sectorLabel(settings, id, lang) : id)).join('; ');
  return String(v);
}

export function changeText(c: FieldChange, settings: ProjectSettings, lang: Lang, t: TFunction): string {
  return `${t(`importUi.diffField.${c.field}`)}: ${valueText(c.before, c.field, settings, lang, t)} → ${valueText(c.after, c.field, settings, lang, t)}`;
}

/** Both companies side by side: the exhibitor in the show and the row of the file, every field. */
function Compare({ existing, row, settings, lang }: { existing: Exhibitor; row: Omit<Exhibitor, 'id'>; settings: ProjectSettings; lang: Lang }) {
  const { t } = useTranslation();
  const asEx = { ...row, id: existing.id } as Exhibitor;
  const diff = new Set(exhibitorDiff(existing, asEx).map((c) => c.field));
  const read = (ex: Exhibitor, field: FieldChange['field']) => {
    const [a, b] = field.split('.') as [keyof Exhibitor, string | undefined];
    const v = b === undefined ? ex[a] : (ex[a] as Record<string, unknown>)[b];
    return valueText(v === '' || v === undefined || (Array.isArray(v) && !v.length) ? null : (v as FieldChange['before']), field, settings, lang, t);
  };
  return (
    <table className="import-compare" data-testid="import-compare">
      <thead>
        <tr>
          <th>{t('importUi.field')}</th>
          <th>{t('importUi.inShow')}</th>
          <th>{t('importUi.inFile')}</th>
        </tr>
      </thead>
      <tbody>
        {DIFF_FIELDS.map((f) => (
          <tr key={f} className={diff.has(f) ? 'differs' : undefined}>
            <td>{t(`importUi.diffField.${f}`)}</td>
            <td>{read(existing, f)}</td>
            <td>{read(asEx, f)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReviewStep({
  plan,
  rows,
  exhibitors,
  settings: showSettings,
  lang,
  decisionOf,
  onDecide,
  bulk,
  onBulk,
  assignBooths,
  onAssignBooths,
}: {
  plan: ImportPlan;
  rows: readonly SheetRow[];
  exhibitors: Record<string, Exhibitor>;
  settings: ProjectSettings;
  lang: Lang;
  decisionOf(o: RowOutcome): ImportDecision | null;
  onDecide(row: number, d: ImportDecision): void;
  bulk: { strong: ImportDecision; weak: ImportDecision };
  onBulk(b: { strong: ImportDecision; weak: ImportDecision }): void;
  assignBooths: boolean;
  onAssignBooths(v: boolean): void;
}) {
  const { t } = useTranslation();
  // Sectors the mapping step creates are named like the show's own before they exist.
  const settings = plan.newSectors.length ? { ...showSettings, sectors: [...showSettings.sectors, ...plan.newSectors] } : showSettings;
  const c = reviewCounts(plan);
  const free = plan.booths.filter((b) => b.status === 'free');
  const already = plan.booths.filter((b) => b.status === 'already').length;
  const notPossible = plan.booths.filter((b) => b.status === 'taken' || b.status === 'missing' || b.status === 'ambiguous');
  const cellsOf = new Map(rows.map((r) => [r.n, r.cells]));
  const segment = (value: ImportDecision, onChange: (d: ImportDecision) => void, aria: string) => (
    <Segmented<ImportDecision> size="small" aria-label={aria} value={value} onChange={onChange} options={DECISIONS.map((d) => ({ value: d, label: t(`importUi.decision.${d}`) }))} />
  );
  return (
    <div data-testid="import-review">
      <Space wrap style={{ marginBottom: 8 }} data-testid="import-counts" data-add={c.add} data-update={c.update} data-unchanged={c.unchanged} data-skip={c.skip} data-rejected={c.rejected} data-weak={c.weak}>
        <Tag color="green">{t('importUi.counts.add', { count: c.add })}</Tag>
        <Tag color="blue">{t('importUi.counts.update', { count: c.update })}</Tag>
        {c.unchanged > 0 && <Tag>{t('importUi.counts.unchanged', { count: c.unchanged })}</Tag>}
        {c.skip > 0 && <Tag>{t('importUi.counts.skip', { count: c.skip })}</Tag>}
        <Tag color="red">{t('importUi.counts.rejected', { count: c.rejected })}</Tag>
        {c.weak > 0 && <Tag color="gold">{t('importUi.counts.weak', { count: c.weak })}</Tag>}
      </Space>
      {(c.strong > 0 || c.weak > 0) && (
        <Space wrap style={{ marginBottom: 8 }}>
          {c.strong > 0 && (
            <>
              <Typography.Text>{t('importUi.bulkStrong')}</Typography.Text>
              {segment(bulk.strong, (d) => onBulk({ ...bulk, strong: d }), t('importUi.bulkStrong'))}
            </>
          )}
          {c.weak > 0 && (
            <>
              <Typography.Text>{t('importUi.bulkWeak')}</Typography.Text>
              {segment(bulk.weak, (d) => onBulk({ ...bulk, weak: d }), t('importUi.bulkWeak'))}
            </>
          )}
        </Space>
      )}
      {plan.booths.length > 0 && (
        <div className="import-booths" data-testid="import-booths">
          {free.length > 0 && (
            <Checkbox checked={assignBooths} onChange={(e) => onAssignBooths(e.target.checked)}>
              {t('importUi.booths.offer', { count: free.length })}
            </Checkbox>
          )}
          {already > 0 && <Typography.Text type="secondary"> {t('importUi.booths.already', { count: already })}</Typography.Text>}
          {notPossible.length > 0 && (
            <Typography.Paragraph type="warning" style={{ marginBottom: 4 }} ellipsis={{ rows: 2, expandable: true }}>
              {t('importUi.booths.notPossible')} {notPossible.map((b) => t(`importUi.booths.${b.status}`, { number: b.number, row: b.row })).join('; ')}
            </Typography.Paragraph>
          )}
        </div>
      )}
      <Table<RowOutcome>
        size="small"
        virtual
        pagination={false}
        rowKey="row"
        scroll={{ y: 320 }}
        data-testid="import-preview"
        dataSource={plan.rows}
        columns={[
          { key: 'row', title: t('exhibitorsUi.import.row'), dataIndex: 'row', width: 56 },
          {
            key: 'name',
            title: t('exhibitorsUi.col.name'),
            ellipsis: true,
            render: (_: unknown, o) => (o.result.ok ? [o.result.draft.name.zh, o.result.draft.name.en].filter(Boolean).join(' / ') : (cellsOf.get(o.row) ?? []).filter(Boolean).slice(0, 3).join(' / ')),
          },
          { key: 'country', title: t('exhibitorsUi.col.country'), width: 90, ellipsis: true, render: (_: unknown, o) => (o.result.ok ? countryName(o.result.draft.country, lang) : '') },
          {
            key: 'sectors',
            title: t('exhibitorsUi.import.field.sectors'),
            width: 130,
            ellipsis: true,
            render: (_: unknown, o) => (o.result.ok ? o.result.draft.sectors.map((s) => sectorLabel(settings, s, lang)).join('; ') : ''),
          },
          { key: 'area', title: 'm²', width: 56, render: (_: unknown, o) => (o.result.ok ? (o.result.draft.requested.areaSqm ?? '') : '') },
          {
            key: 'status',
            title: t('exhibitorsUi.import.status'),
            width: 400,
            render: (_: unknown, o) => {
              if (!o.result.ok) {
                return (
                  <Typography.Text type="danger" data-row-status="rejected">
                    {o.result.problems.map((x) => problemText(t, x)).join('; ')}
                  </Typography.Text>
                );
              }
              const notes = o.result.notes.map((x) => problemText(t, x)).join('; ');
              if (!o.duplicate) {
                return (
                  <Typography.Text type={notes ? 'warning' : 'success'} data-row-status="ok">
                    {notes || t('exhibitorsUi.import.ok')}
                  </Typography.Text>
                );
              }
              const d = o.duplicate;
              const name = (lang === 'en' ? d.name.en || d.name.zh : d.name.zh || d.name.en) || '';
              const key = d.kind === 'existing' ? (d.strong ? 'existing' : 'weakExisting') : d.strong ? 'row' : 'weakRow';
              const existing = d.kind === 'existing' ? exhibitors[d.exhibitorId] : undefined;
              const decision = decisionOf(o) ?? 'add';
              return (
                <Space direction="vertical" size={2} data-row-status={d.strong ? 'duplicate' : 'possible-duplicate'}>
                  <Typography.Text type="warning">
                    {t(`importUi.match.${key}`, { name, row: d.kind === 'row' ? d.row : '' })} ({t('importUi.match.because', { reasons: d.reasons.map((r) => t(`importUi.reason.${r}`)).join(', ') })})
                  </Typography.Text>
                  <Space size={4} wrap>
                    {segment(decision, (v) => onDecide(o.row, v), t('importUi.decisionAria', { row: o.row }))}
                    {existing && (
                      <Popover title={t('importUi.compareTitle')} trigger="click" content={<Compare existing={existing} row={o.result.draft} settings={settings} lang={lang} />}>
                        <Button size="small" type="link">
                          {t('importUi.compare')}
                        </Button>
                      </Popover>
                    )}
                  </Space>
                  {decision === 'merge' && (
                    <Typography.Text type="secondary" data-testid="row-changes">
                      {o.changes.length ? o.changes.map((ch) => changeText(ch, settings, lang, t)).join('; ') : t('importUi.noChange')}
                    </Typography.Text>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
    </div>
  );
}
