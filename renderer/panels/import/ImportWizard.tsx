import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Modal, Progress, Segmented, Select, Space, Steps, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../../shared/exhibitors/import/fields';
import { prepareImport, sanitizeMapping, type PreparedImport } from '../../../shared/exhibitors/import/headers';
import { planImportAsync, type ImportDecision, type ImportMode, type ImportPlan, type RowOutcome } from '../../../shared/exhibitors/import/plan';
import { rejectedRowsCsv } from '../../../shared/exhibitors/import/rejected';
import { collectUnknownValues, type UnknownValue, type ValueChoices } from '../../../shared/exhibitors/import/values';
import type { ParsedSheet, SpreadsheetError } from '../../../shared/exhibitors/import/types';
import { COUNTRIES } from '../../../shared/exhibitors/countries';
import { sectorMatcher, showSectors } from '../../../shared/exhibitors/sectors';
import { newId } from '../../../shared/model/ids';
import { api } from '../../app/api/client';
import { actionContext } from '../../editor/assignment/user';
import { editor, useDocument, useSession } from '../../editor/instance';
import { ErrorDetails } from '../common/ErrorDetails';
import { bytesToBase64, downloadFile } from '../exhibitors/download';
import { spreadsheetErrorText } from './import-text';
import { ReviewStep } from './ReviewStep';
import { initialChoices, ValuesStep } from './ValuesStep';
import './import.css';
import { useNotices } from '../common/use-notices';

/** Same as the host's limit; refusing here saves sending 20 MB only to be told so. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Step = 'file' | 'columns' | 'values' | 'review' | 'done';
type Busy = { phase: 'reading' | 'analysing' | 'applying' | 'saving'; done?: number; total?: number } | null;
interface Done {
  plan: ImportPlan;
  headers: string[];
  seconds: number;
}

/** Percent of the whole import a phase stands for (reading, checking rows, writing, saving). */
function percentOf(b: NonNullable<Busy>): number {
  if (b.phase === 'reading') return 10;
  if (b.phase === 'analysing') return 25 + Math.round(((b.done ?? 0) / Math.max(1, b.total ?? 1)) * 55);
  return b.phase === 'applying' ? 85 : 95;
}

/** Ids for the new sectors of the mapping step, kept per value so the preview and the import agree. */
function newSectorIdFor(c: ValueChoices, ids: Map<string, string>): () => string {
  let i = 0;
  const keys = Object.entries(c.sectors).filter(([, v]) => v.kind === 'new');
  return () => {
    const key = keys[i++]?.[0] ?? `#${i}`;
    let id = ids.get(key);
    if (!id) ids.set(key, (id = newId('sec')));
    return id;
  };
}

/**
 * Import exhibitors from CSV or XLSX: choose a file (read by the host in a limited worker), check
 * the columns and say whether it is a new list or a newer version of one, map the values no
 * recogniser knows (once for all rows; remembered for the show), review every row (reasons,
 * matches with their reasons, field-by-field changes, booth numbers), then confirm. Nothing
 * changes until then, the import is one operation (one undo), and the show is saved at once.
 */
export function ImportWizard({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { message } = useNotices();
  const doc = useDocument((s) => s.doc);
  const lang = useSession((s) => s.language);
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const [step, setStep] = useState<Step>('file');
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<SpreadsheetError | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState<ParsedSheet | null>(null);
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [mode, setMode] = useState<ImportMode>('add');
  const [defaultCountry, setDefaultCountry] = useState<string | null>(null);
  const [answers, setAnswers] = useState<ValueChoices>({ country: {}, sectors: {} });
  const [decisions, setDecisions] = useState<Record<number, ImportDecision>>({});
  const [bulk, setBulk] = useState<{ strong: ImportDecision; weak: ImportDecision }>({ strong: 'skip', weak: 'add' });
  const [assignBooths, setAssignBooths] = useState(false);
  const [plan, setPlan] = useState<{ plan: ImportPlan; inputs: object } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const startedAt = useRef(0);
  // New sector ids stay the same between the preview and the import.
  const sectorIds = useRef(new Map<string, string>());

  async function read(f: File, sheetName?: string) {
    setError(null);
    setFile(f);
    if (f.size > MAX_FILE_BYTES) return setError({ code: 'too-large', limit: MAX_FILE_BYTES });
    if (f.size === 0) return setError({ code: 'empty' });
    startedAt.current = performance.now();
    setBusy({ phase: 'reading' });
    try {
      const bytes = new Uint8Array(await f.arrayBuffer());
      const res = await api().parseImportFile({ fileName: f.name.slice(0, 255) || 'upload', dataBase64: bytesToBase64(bytes), ...(sheetName ? { sheetName } : {}) });
      if (!res.ok) {
        setError(res.error);
        return;
      }
      const p = prepareImport(res.value.rows);
      if (p.rows.length === 0) return setError({ code: 'empty' });
      setSheet(res.value);
      setPrepared(p);
      setMapping(p.mapping);
      setDecisions({});
      setPlan(null);
      const current = editor.store.getState().doc;
      // A list that carries exhibitor ids the show already has is most likely a newer version of it.
      const extCol = p.mapping.indexOf('externalId');
      const known = current ? new Set(Object.values(current.exhibitors).map((e) => e.externalId).filter(Boolean)) : new Set<string>();
      const newer = extCol >= 0 && known.size > 0 && p.rows.slice(0, 50).some((r) => known.has((r.cells[extCol] ?? '').trim()));
      setMode(newer ? 'update' : 'add');
      setBulk({ strong: newer ? 'merge' : 'skip', weak: 'add' });
      setStep('columns');
    } catch (e) {
      setError({ code: 'worker-failed', detail: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(null);
    }
  }

  const settings = doc?.settings;
  const unknown: UnknownValue[] = useMemo(
    () => (prepared && settings ? collectUnknownValues(prepared.rows, mapping, { matchSector: sectorMatcher(settings) }) : []),
    [prepared, mapping, settings],
  );
  // Values get the show's remembered answer (or a new sector named from the cell) until the user answers.
  const choices: ValueChoices = useMemo(() => {
    const init = settings ? initialChoices(unknown, settings.importMappings) : { country: {}, sectors: {} };
    return { country: { ...init.country, ...answers.country }, sectors: { ...init.sectors, ...answers.sectors } };
  }, [unknown, settings, answers]);

  // Everything the review depends on; a plan is current while it was made from this very object.
  const inputs = useMemo(
    () => (step === 'review' && doc && prepared ? { doc, prepared, mapping, decisions, mode, bulk, defaultCountry, choices, assignBooths } : null),
    [step, doc, prepared, mapping, decisions, mode, bulk, defaultCountry, choices, assignBooths],
  );
  const current = plan && plan.inputs === inputs ? plan : null;

  // The review is computed in slices (thousands of rows) with a progress bar; newer inputs cancel older work.
  useEffect(() => {
    if (!inputs) return;
    const signal = { cancelled: false };
    void planImportAsync(inputs.doc, inputs.prepared.rows, inputs.mapping, inputs.decisions, {
      mode: inputs.mode,
      defaults: inputs.bulk,
      defaultCountry: inputs.defaultCountry,
      choices: inputs.choices,
      assignBooths: inputs.assignBooths,
      context: actionContext(),
      newSectorId: newSectorIdFor(inputs.choices, sectorIds.current),
      signal,
      onProgress: (d, total) => setProgress({ done: d, total }),
    }).then((p) => {
      if (signal.cancelled || !p) return;
      setPlan({ plan: p, inputs });
      setProgress(null);
    });
    return () => {
      signal.cancelled = true;
    };
  }, [inputs]);

  async function confirm() {
    if (!current || !prepared || !inputs) return;
    // The review recomputes against a show that changed meanwhile before it can be confirmed.
    if (editor.store.getState().doc !== inputs.doc) return;
    const p = current.plan;
    setBusy({ phase: 'applying' });
    // Let the bar paint before the document takes the operation.
    await new Promise((r) => setTimeout(r, 0));
    if (p.op.changes.length > 0) {
      const err = editor.apply(p.op);
      if (err) {
        setBusy(null);
        Modal.error({ title: t('exhibitorsUi.import.failed'), content: <ErrorDetails error={err} /> });
        return;
      }
      setBusy({ phase: 'saving' });
      await editor.flush();
    }
    setBusy(null);
    const seconds = Math.round((performance.now() - startedAt.current) / 100) / 10;
    setDone({ plan: p, headers: prepared.headers, seconds });
    setStep('done');
    void message.success(t('exhibitorsUi.import.doneToast', { added: p.added.length, merged: p.merged.length }));
  }

  const decisionOf = (o: RowOutcome) => o.decision;
  const fieldOptions = [{ value: '', label: t('exhibitorsUi.import.ignore') }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`exhibitorsUi.import.field.${f}`) }))];
  const steps: Step[] = ['file', 'columns', 'values', 'review', 'done'];
  const stepIndex = steps.indexOf(step);
  const canConfirm = !!current && !busy && current.plan.op.changes.length > 0;
  const confirmCount = current ? current.plan.added.length + current.plan.merged.length : 0;
  const shownBusy: Busy = busy ?? (step === 'review' && !current ? { phase: 'analysing', done: progress?.done ?? 0, total: progress?.total ?? prepared?.rows.length ?? 0 } : null);

  const footer =
    step === 'done' || step === 'file' ? (
      <Button onClick={onClose}>{step === 'done' ? t('exhibitorsUi.import.close') : t('exhibitorsUi.cancel')}</Button>
    ) : (
      <Space>
        <Button onClick={onClose}>{t('exhibitorsUi.cancel')}</Button>
        <Button disabled={!!busy && busy.phase !== 'analysing'} onClick={() => setStep(step === 'review' ? 'values' : step === 'values' ? 'columns' : 'file')}>
          {t('importUi.back')}
        </Button>
        {step === 'review' ? (
          <Button type="primary" disabled={!canConfirm} onClick={() => void confirm()} data-testid="import-confirm">
            {t('exhibitorsUi.import.confirm', { count: confirmCount })}
          </Button>
        ) : (
          <Button type="primary" onClick={() => setStep(step === 'columns' ? 'values' : 'review')} data-testid="import-next">
            {t('importUi.next')}
          </Button>
        )}
      </Space>
    );

  return (
    <Modal open width={1040} title={t('exhibitorsUi.import.title')} onCancel={onClose} maskClosable={false} destroyOnHidden data-testid="import-wizard" footer={footer}>
      <Steps
        size="small"
        current={stepIndex}
        items={[t('exhibitorsUi.import.stepFile'), t('importUi.stepColumns'), t('importUi.stepValues'), t('importUi.stepReview'), t('exhibitorsUi.import.stepDone')].map((title) => ({ title }))}
        style={{ marginBottom: 16 }}
      />
      {shownBusy && (
        <div className="import-progress" data-testid="import-progress" data-phase={shownBusy.phase}>
          <Progress percent={percentOf(shownBusy)} status="active" aria-label={t('importUi.progress.label')} />
          <Typography.Text type="secondary">{t(`importUi.progress.${shownBusy.phase}`, { done: shownBusy.done ?? 0, total: shownBusy.total ?? 0 })}</Typography.Text>
        </div>
      )}
      {step === 'file' && (
        <div>
          <Typography.Paragraph>{t('exhibitorsUi.import.intro')}</Typography.Paragraph>
          <input
            type="file"
            aria-label={t('a11y.spreadsheetFile')}
            disabled={!!busy}
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
        </div>
      )}
      {step === 'columns' && prepared && sheet && (
        <div className="import-map">
          <Space wrap style={{ marginBottom: 8 }}>
            <Typography.Text>
              {t('exhibitorsUi.import.fileInfo', { file: file?.name ?? '', rows: prepared.rows.length, header: prepared.headerRow })}
              {sheet.encoding ? ` · ${sheet.encoding}` : ''}
            </Typography.Text>
            {sheet.sheetNames && sheet.sheetNames.length > 1 && file && (
              <Select size="small" aria-label={t('a11y.worksheet')} value={sheet.sheetName} options={sheet.sheetNames.map((n) => ({ value: n, label: n }))} onChange={(n) => void read(file, n)} />
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
              options={COUNTRIES.map((c) => ({ value: c.code, label: `${c.name.zh} ${c.name.en}` }))}
              onChange={(v) => setDefaultCountry(v ?? null)}
            />
          </Space>
          <Space wrap style={{ marginBottom: 8 }} data-testid="import-mode" data-mode={mode}>
            <Typography.Text>{t('importUi.mode.label')}</Typography.Text>
            <Segmented<ImportMode>
              size="small"
              value={mode}
              onChange={(m) => {
                setMode(m);
                setBulk({ strong: m === 'update' ? 'merge' : 'skip', weak: 'add' });
                setDecisions({});
              }}
              options={(['add', 'update'] as const).map((m) => ({ value: m, label: t(`importUi.mode.${m}`) }))}
            />
            <Typography.Text type="secondary">{t(`importUi.modeHelp.${mode}`)}</Typography.Text>
          </Space>
          <Table<{ i: number; h: string; sample: string }>
            size="small"
            pagination={false}
            rowKey="i"
            scroll={{ x: true, y: 380 }}
            data-testid="import-mapping"
            dataSource={prepared.headers.map((h, i) => ({ i, h, sample: prepared.rows.find((r) => r.cells[i])?.cells[i] ?? '' }))}
            columns={[
              { key: 'h', title: t('exhibitorsUi.import.column'), dataIndex: 'h', width: 220, render: (h: string, r) => h || t('exhibitorsUi.import.columnN', { n: r.i + 1 }) },
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
        </div>
      )}
      {step === 'values' && doc && <ValuesStep unknown={unknown} choices={choices} onChange={setAnswers} sectors={showSectors(doc.settings)} remembered={doc.settings.importMappings} />}
      {step === 'review' && doc && prepared && current && (
        <ReviewStep
          plan={current.plan}
          rows={prepared.rows}
          exhibitors={doc.exhibitors}
          settings={doc.settings}
          lang={l}
          decisionOf={decisionOf}
          onDecide={(row, d) => setDecisions((cur) => ({ ...cur, [row]: d }))}
          bulk={bulk}
          onBulk={(b) => {
            setBulk(b);
            setDecisions({});
          }}
          assignBooths={assignBooths}
          onAssignBooths={setAssignBooths}
        />
      )}
      {step === 'done' && done && (
        <div
          data-testid="import-result"
          data-added={done.plan.added.length}
          data-merged={done.plan.merged.length}
          data-unchanged={done.plan.unchanged.length}
          data-rejected={done.plan.rejected.length}
          data-seconds={done.seconds}
        >
          <Alert
            type={done.plan.rejected.length ? 'warning' : 'success'}
            showIcon
            title={t('importUi.summary', {
              added: done.plan.added.length,
              merged: done.plan.merged.length,
              unchanged: done.plan.unchanged.length,
              skipped: done.plan.skipped.length,
              rejected: done.plan.rejected.length,
              booths: done.plan.booths.filter((b) => b.assigned).length,
            })}
            description={`${t('exhibitorsUi.import.undoHint')} ${t('importUi.timing', { seconds: done.seconds })}`}
          />
          {done.plan.rejected.length > 0 && (
            <>
              <ul className="import-rejected">
                {done.plan.rejected.slice(0, 50).map((r) => (
                  <li key={r.row}>{t('exhibitorsUi.import.rejectedRow', { row: r.row, why: r.problems.map((x) => `${t(`exhibitorsUi.import.field.${x.field}`, { defaultValue: x.field })}: ${t(`exhibitorsUi.import.problem.${x.code}`)}${x.value ? ` (${x.value})` : ''}`).join('; ') })}</li>
                ))}
              </ul>
              <Button onClick={() => downloadFile(t('exhibitorsUi.import.rejectedFile'), 'text/csv;charset=utf-8', rejectedRowsCsv(done.headers, done.plan.rejected))}>
                {t('exhibitorsUi.import.downloadRejected')}
              </Button>
            </>
          )}
        </div>
      )}
    </Modal>
  );
}
