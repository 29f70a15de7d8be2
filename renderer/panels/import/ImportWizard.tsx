import { useMemo, useState } from 'react';
import { Alert, App, Button, Modal, Segmented, Select, Space, Spin, Steps, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../../shared/exhibitors/import/fields';
import { prepareImport, sanitizeMapping, type PreparedImport } from '../../../shared/exhibitors/import/headers';
import { planImport, previewImport, type ImportDecision, type ImportPlan, type RowPreview } from '../../../shared/exhibitors/import/plan';
import { rejectedRowsCsv } from '../../../shared/exhibitors/import/rejected';
import type { ParsedSheet, SpreadsheetError } from '../../../shared/exhibitors/import/types';
import { COUNTRIES } from '../../../shared/exhibitors/countries';
import { api } from '../../app/api/client';
import { editor, useDocument, useSession } from '../../editor/instance';
import { pickText } from '../../editor/text';
import { ErrorDetails } from '../common/ErrorDetails';
import { bytesToBase64, downloadFile } from '../exhibitors/download';
import { problemText, spreadsheetErrorText } from './import-text';

/** Same as the host's limit; refusing here saves sending 20 MB only to be told so. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Stage = { kind: 'file' } | { kind: 'reading'; fileName: string } | { kind: 'map'; fileName: string; sheet: ParsedSheet } | { kind: 'done'; plan: ImportPlan; headers: string[] };

/**
 * Import exhibitors from CSV or XLSX: choose a file (read by the host in a limited worker),
 * check and correct the column mapping, review every row (reasons for rejected rows, merge /
 * skip / add for likely duplicates), then confirm. Nothing changes until then, and the import
 * is one operation: one undo takes it all back. Rejected rows can be saved as CSV.
 */
export function ImportWizard({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const doc = useDocument((s) => s.doc);
  const lang = useSession((s) => s.language);
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const [stage, setStage] = useState<Stage>({ kind: 'file' });
  const [error, setError] = useState<SpreadsheetError | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [defaultCountry, setDefaultCountry] = useState<string | null>(null);
  const [decisions, setDecisions] = useState<Record<number, ImportDecision>>({});
  const [bulk, setBulk] = useState<ImportDecision>('skip');

  async function read(f: File, sheetName?: string) {
    setError(null);
    setFile(f);
    if (f.size > MAX_FILE_BYTES) {
      setError({ code: 'too-large', limit: MAX_FILE_BYTES });
      return;
    }
    if (f.size === 0) {
      setError({ code: 'empty' });
      return;
    }
    setStage({ kind: 'reading', fileName: f.name });
    try {
      const bytes = new Uint8Array(await f.arrayBuffer());
      const res = await api().parseImportFile({ fileName: f.name.slice(0, 255) || 'upload', dataBase64: bytesToBase64(bytes), ...(sheetName ? { sheetName } : {}) });
      if (!res.ok) {
        setError(res.error);
        setStage({ kind: 'file' });
        return;
      }
      const p = prepareImport(res.value.rows);
      if (p.rows.length === 0) {
        setError({ code: 'empty' });
        setStage({ kind: 'file' });
        return;
      }
      setPrepared(p);
      setMapping(p.mapping);
      setDecisions({});
      setStage({ kind: 'map', fileName: f.name, sheet: res.value });
    } catch (e) {
      setError({ code: 'worker-failed', detail: e instanceof Error ? e.message : String(e) });
      setStage({ kind: 'file' });
    }
  }

  const opts = useMemo(() => ({ defaultCountry }), [defaultCountry]);
  const preview: RowPreview[] = useMemo(
    () => (doc && prepared && stage.kind === 'map' ? previewImport(doc, prepared.rows, mapping, opts) : []),
    [doc, prepared, mapping, opts, stage.kind],
  );
  const counts = useMemo(() => {
    let ok = 0;
    let rejected = 0;
    let dup = 0;
    for (const p of preview) {
      if (!p.result.ok) rejected++;
      else if (p.duplicate) dup++;
      else ok++;
    }
    return { ok, rejected, dup };
  }, [preview]);

  const decisionOf = (row: number): ImportDecision => decisions[row] ?? bulk;

  function confirm() {
    if (!doc || !prepared) return;
    const all: Record<number, ImportDecision> = {};
    for (const p of preview) if (p.duplicate) all[p.row] = decisionOf(p.row);
    const plan = planImport(doc, prepared.rows, mapping, all, opts);
    if (plan.op.changes.length > 0) {
      const err = editor.apply(plan.op);
      if (err) {
        Modal.error({ title: t('exhibitorsUi.import.failed'), content: <ErrorDetails error={err} /> });
        return;
      }
    }
    setStage({ kind: 'done', plan, headers: prepared.headers });
    void message.success(t('exhibitorsUi.import.doneToast', { added: plan.added.length, merged: plan.merged.length }));
  }

  const fieldOptions = [{ value: '', label: t('exhibitorsUi.import.ignore') }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`exhibitorsUi.import.field.${f}`) }))];
  const step = stage.kind === 'file' || stage.kind === 'reading' ? 0 : stage.kind === 'map' ? 1 : 2;

  return (
    <Modal
      open
      width={980}
      title={t('exhibitorsUi.import.title')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      data-testid="import-wizard"
      footer={
        stage.kind === 'map' ? (
          <Space>
            <Button onClick={onClose}>{t('exhibitorsUi.cancel')}</Button>
            <Button type="primary" disabled={counts.ok + counts.dup === 0} onClick={confirm} data-testid="import-confirm">
              {t('exhibitorsUi.import.confirm', { count: counts.ok + preview.filter((p) => p.duplicate && p.result.ok && decisionOf(p.row) !== 'skip').length })}
            </Button>
          </Space>
        ) : (
          <Button onClick={onClose}>{stage.kind === 'done' ? t('exhibitorsUi.import.close') : t('exhibitorsUi.cancel')}</Button>
        )
      }
    >
      <Steps size="small" current={step} items={[{ title: t('exhibitorsUi.import.stepFile') }, { title: t('exhibitorsUi.import.stepMap') }, { title: t('exhibitorsUi.import.stepDone') }]} style={{ marginBottom: 16 }} />
      {(stage.kind === 'file' || stage.kind === 'reading') && (
        <Spin spinning={stage.kind === 'reading'} tip={t('exhibitorsUi.import.reading')}>
          <Typography.Paragraph>{t('exhibitorsUi.import.intro')}</Typography.Paragraph>
          <input
            type="file"
            aria-label={t('a11y.spreadsheetFile')}
            accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void read(f);
              e.target.value = '';
            }}
          />
          {error && (
            <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" data-testid="import-error" data-code={error.code} title={spreadsheetErrorText(t, error)} description={error.detail} />
          )}
        </Spin>
      )}
      {stage.kind === 'map' && prepared && (
        <div className="import-map">
          <Space wrap style={{ marginBottom: 8 }}>
            <Typography.Text>
              {t('exhibitorsUi.import.fileInfo', { file: stage.fileName, rows: prepared.rows.length, header: prepared.headerRow })}
              {stage.sheet.encoding ? ` · ${stage.sheet.encoding}` : ''}
            </Typography.Text>
            {stage.sheet.sheetNames && stage.sheet.sheetNames.length > 1 && file && (
              <Select size="small" aria-label={t('a11y.worksheet')} value={stage.sheet.sheetName} options={stage.sheet.sheetNames.map((n) => ({ value: n, label: n }))} onChange={(n) => void read(file, n)} />
            )}
            <Select
              size="small"
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 220 }}
              aria-label={t('a11y.countryWhenMissing')}
              placeholder={t('exhibitorsUi.import.defaultCountry')}
              value={defaultCountry ?? undefined}
              options={COUNTRIES.map((c) => ({ value: c.code, label: c.name[l] }))}
              onChange={(v) => setDefaultCountry(v ?? null)}
            />
          </Space>
          <Table<{ i: number; h: string; sample: string }>
            size="small"
            pagination={false}
            rowKey="i"
            scroll={{ x: true }}
            data-testid="import-mapping"
            dataSource={prepared.headers.map((h, i) => ({ i, h, sample: prepared.rows.find((r) => r.cells[i])?.cells[i] ?? '' }))}
            columns={[
              { key: 'h', title: t('exhibitorsUi.import.column'), dataIndex: 'h', width: 200, render: (h: string, r) => h || t('exhibitorsUi.import.columnN', { n: r.i + 1 }) },
              { key: 's', title: t('exhibitorsUi.import.sample'), dataIndex: 'sample', ellipsis: true },
              {
                key: 'f',
                title: t('exhibitorsUi.import.field.title'),
                width: 240,
                render: (_: unknown, r) => (
                  <Select
                    size="small"
                    showSearch
                    optionFilterProp="label"
                    style={{ width: '100%' }}
                    aria-label={t('a11y.fieldForColumn', { column: r.h || r.i + 1 })}
                    value={mapping[r.i] ?? ''}
                    options={fieldOptions}
                    onChange={(v: ImportField | '') => {
                      const next = [...mapping];
                      // A field fills one column: taking it here frees it elsewhere.
                      if (v) for (let k = 0; k < next.length; k++) if (next[k] === v) next[k] = null;
                      next[r.i] = v || null;
                      setMapping(sanitizeMapping(next, prepared.headers.length));
                    }}
                  />
                ),
              },
            ]}
          />
          <Space wrap style={{ margin: '12px 0 8px' }} data-testid="import-counts" data-ok={counts.ok} data-rejected={counts.rejected} data-duplicates={counts.dup}>
            <Tag color="green">{t('exhibitorsUi.import.countOk', { count: counts.ok })}</Tag>
            <Tag color="red">{t('exhibitorsUi.import.countRejected', { count: counts.rejected })}</Tag>
            <Tag color="gold">{t('exhibitorsUi.import.countDup', { count: counts.dup })}</Tag>
            {counts.dup > 0 && (
              <>
                <Typography.Text>{t('exhibitorsUi.import.allDuplicates')}</Typography.Text>
                <Segmented<ImportDecision>
                  size="small"
                  value={bulk}
                  onChange={(v) => {
                    setBulk(v);
                    setDecisions({});
                  }}
                  options={(['merge', 'skip', 'add'] as const).map((d) => ({ value: d, label: t(`exhibitorsUi.import.decision.${d}`) }))}
                />
              </>
            )}
          </Space>
          <Table<RowPreview>
            size="small"
            virtual
            pagination={false}
            rowKey="row"
            scroll={{ y: 300 }}
            data-testid="import-preview"
            dataSource={preview}
            columns={[
              { key: 'row', title: t('exhibitorsUi.import.row'), dataIndex: 'row', width: 60 },
              {
                key: 'name',
                title: t('exhibitorsUi.col.name'),
                render: (_: unknown, p) => (p.result.ok ? [p.result.draft.name.zh, p.result.draft.name.en].filter(Boolean).join(' / ') : (prepared.rows.find((r) => r.n === p.row)?.cells.filter(Boolean).slice(0, 2).join(' / ') ?? '')),
                ellipsis: true,
              },
              { key: 'country', title: t('exhibitorsUi.col.country'), width: 70, render: (_: unknown, p) => (p.result.ok ? p.result.draft.country : '') },
              {
                key: 'status',
                title: t('exhibitorsUi.import.status'),
                width: 380,
                render: (_: unknown, p) => {
                  if (!p.result.ok)
                    return (
                      <Typography.Text type="danger" data-row-status="rejected">
                        {p.result.problems.map((x) => problemText(t, x)).join('; ')}
                      </Typography.Text>
                    );
                  if (p.duplicate) {
                    const dupName = pickText(p.duplicate.name, lang);
                    return (
                      <Space size={4} data-row-status="duplicate">
                        <Typography.Text type="warning">{p.duplicate.kind === 'existing' ? t('exhibitorsUi.import.dupExisting', { name: dupName }) : t('exhibitorsUi.import.dupRow', { row: p.duplicate.row })}</Typography.Text>
                        <Segmented<ImportDecision>
                          size="small"
                          value={decisionOf(p.row)}
                          onChange={(v) => setDecisions((d) => ({ ...d, [p.row]: v }))}
                          options={(['merge', 'skip', 'add'] as const).map((d) => ({ value: d, label: t(`exhibitorsUi.import.decision.${d}`) }))}
                        />
                      </Space>
                    );
                  }
                  return (
                    <Typography.Text type={p.result.notes.length ? 'warning' : 'success'} data-row-status="ok">
                      {p.result.notes.length ? p.result.notes.map((x) => problemText(t, x)).join('; ') : t('exhibitorsUi.import.ok')}
                    </Typography.Text>
                  );
                },
              },
            ]}
          />
        </div>
      )}
      {stage.kind === 'done' && (
        <div data-testid="import-result" data-added={stage.plan.added.length} data-merged={stage.plan.merged.length} data-rejected={stage.plan.rejected.length}>
          <Alert
            type={stage.plan.rejected.length ? 'warning' : 'success'}
            showIcon
            title={t('exhibitorsUi.import.summary', { added: stage.plan.added.length, merged: stage.plan.merged.length, skipped: stage.plan.skipped.length, rejected: stage.plan.rejected.length })}
            description={t('exhibitorsUi.import.undoHint')}
          />
          {stage.plan.rejected.length > 0 && (
            <>
              <ul className="import-rejected">
                {stage.plan.rejected.slice(0, 50).map((r) => (
                  <li key={r.row}>{t('exhibitorsUi.import.rejectedRow', { row: r.row, why: r.problems.map((x) => problemText(t, x)).join('; ') })}</li>
                ))}
              </ul>
              <Button onClick={() => downloadFile(t('exhibitorsUi.import.rejectedFile'), 'text/csv;charset=utf-8', rejectedRowsCsv(stage.headers, stage.plan.rejected))}>
                {t('exhibitorsUi.import.downloadRejected')}
              </Button>
            </>
          )}
        </div>
      )}
    </Modal>
  );
}
