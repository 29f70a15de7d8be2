import { Exhibitor, type SectorDef } from '../../model/entities';
import { newId } from '../../model/ids';
import type { Bilingual } from '../../model/primitives';
import type { Project } from '../../model/project';
import { operation } from '../../ops/build';
import type { Operation } from '../../ops/operation';
import type { ActionContext } from '../../assignment/types';
import { sectorMatcher } from '../sectors';
import type { ColumnMapping } from './fields';
import { DuplicateIndex, type DuplicateMatch, type MatchReason } from './duplicates';
import { exhibitorDiff, type FieldChange } from './diff';
import { parseRow, type ExhibitorPatch, type FieldNote, type FieldProblem, type RowOptions, type RowResult } from './parse-row';
import { planBooths, type BoothOutcome } from './booths';
import type { SheetRow } from './types';
import { rememberedValues, resolveChoices, type ValueChoices } from './values';

export const IMPORT_LABEL = 'ops.importExhibitors';

/** `merge` writes the row's values into the matched exhibitor; `add` makes a new one; `skip` leaves the row out. */
export type ImportDecision = 'merge' | 'skip' | 'add';

/**
 * `add`: a new list; strong matches are left out unless the user says otherwise. `update`: a
 * newer version of a list already imported; strong matches are updated field by field.
 */
export type ImportMode = 'add' | 'update';

/** Decisions by row number; rows without one take the default of their match. */
export type ImportDecisions = ReadonlyMap<number, ImportDecision> | Readonly<Record<number, ImportDecision>>;

/** The record a row duplicates: an exhibitor already in the show, or an earlier row of the file. */
export type DuplicateOf = ({ kind: 'existing'; exhibitorId: string } | { kind: 'row'; row: number; exhibitorId: string }) & {
  name: Bilingual;
  reasons: MatchReason[];
  strong: boolean;
};

/** One row of the file as the import will take it. */
export interface RowOutcome {
  row: number;
  result: RowResult;
  duplicate: DuplicateOf | null;
  /** What happens to the row; null for a rejected row. */
  decision: ImportDecision | null;
  /** For a merge into an exhibitor of the show: every field that changes. */
  changes: FieldChange[];
  /** The exhibitor the row becomes or updates. */
  exhibitorId: string | null;
}

/** @deprecated shape kept for callers that only need problems and matches. */
export type RowPreview = Pick<RowOutcome, 'row' | 'result' | 'duplicate'>;

export interface RejectedRow {
  row: number;
  cells: string[];
  problems: FieldProblem[];
}

export interface ImportPlan {
  /** One operation: a single undo takes the whole import back. Empty when nothing changes. */
  op: Operation;
  rows: RowOutcome[];
  added: string[];
  /** Exhibitors of the show the import changes. */
  merged: string[];
  /** Matched exhibitors the file has no change for. */
  unchanged: string[];
  skipped: number[];
  rejected: RejectedRow[];
  /** Rows imported with something worth a look (unmapped sector, odd e-mail…). */
  notes: { row: number; notes: FieldNote[] }[];
  /** Booth numbers the file carries, and whether each can be (or was) assigned. */
  booths: BoothOutcome[];
  /** Sectors the import adds to the show (named in the mapping step). */
  newSectors: SectorDef[];
}

export interface PlanOptions extends RowOptions {
  mode?: ImportMode;
  /** Decisions for every strong or weak match the user has not decided row by row. */
  defaults?: { strong?: ImportDecision; weak?: ImportDecision };
  /** The user's answers in the value-mapping step; remembered for the show by the import. */
  choices?: ValueChoices;
  /** Assign the booth numbers the file carries where the booth exists and is free. */
  assignBooths?: boolean;
  /** Who assigns, for assignment records. */
  context?: ActionContext;
  newId?: () => string;
  newSectorId?: () => string;
}

function decisionFor(decisions: ImportDecisions | undefined, row: number): ImportDecision | undefined {
  if (!decisions) return undefined;
  if (decisions instanceof Map) return decisions.get(row);
  const rec = decisions as Readonly<Record<number, ImportDecision>>;
  return Object.prototype.hasOwnProperty.call(rec, row) ? rec[row] : undefined;
}

/** What a row does when the user has not said: update or leave a strong match, add anything else. */
export function defaultDecision(match: DuplicateMatch | null, mode: ImportMode): ImportDecision {
  if (!match || !match.strong) return 'add';
  return mode === 'update' ? 'merge' : 'skip';
}

/**
 * Cells the row filled overwrite; empty cells keep what the exhibitor had. Sectors are added
 * to the exhibitor's, or replace them when `replaceSectors` (a newer version of the list).
 */
export function mergeExhibitor(ex: Exhibitor, patch: ExhibitorPatch, opts: { replaceSectors?: boolean } = {}): Exhibitor {
  const sectors = patch.sectors ? (opts.replaceSectors ? patch.sectors : [...new Set([...ex.sectors, ...patch.sectors])]) : ex.sectors;
  const merged = {
    ...ex,
    externalId: patch.externalId ?? ex.externalId,
    name: { ...ex.name, ...patch.name },
    shortName: { ...ex.shortName, ...patch.shortName },
    country: patch.country ?? ex.country,
    sectors: sectors.slice(0, 50),
    contact: { ...ex.contact, ...patch.contact },
    website: patch.website ?? ex.website,
    requested: { ...ex.requested, ...patch.requested },
    priority: patch.priority ?? ex.priority,
    fascia: { ...ex.fascia, ...patch.fascia },
    notes: patch.notes ?? ex.notes,
  };
  return Exhibitor.parse(merged);
}

/**
 * The import as one operation, with what happens to every row. Rows are taken in order;
 * each is matched against the show and the rows above it by the duplicate rule
 * (`matchReasons`). Decisions default by match and mode (`defaultDecision`). New sectors and
 * the value mappings of the import are written to the show's settings in the same operation;
 * assignments are never changed except, when asked, to assign free booths the file names.
 */
export function planImport(doc: Project, rows: readonly SheetRow[], mapping: ColumnMapping, decisions?: ImportDecisions, opts: PlanOptions = {}): ImportPlan {
  const steps = planSteps(doc, rows, mapping, decisions, opts);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * `planImport` in slices: after every `slice` rows it gives the event loop a turn and reports
 * how many rows are done, so a window stays responsive over a list of thousands.
 */
export async function planImportAsync(
  doc: Project,
  rows: readonly SheetRow[],
  mapping: ColumnMapping,
  decisions: ImportDecisions | undefined,
  opts: PlanOptions & { onProgress?: (done: number, total: number) => void; signal?: { cancelled: boolean } } = {},
): Promise<ImportPlan | null> {
  const steps = planSteps(doc, rows, mapping, decisions, opts);
  let last = Date.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    // Yield about every 30 ms of work, not every slice: each turn of the loop costs a frame.
    if (Date.now() - last > 30) {
      opts.onProgress?.(next.value, rows.length);
      await new Promise((r) => setTimeout(r, 0));
      if (opts.signal?.cancelled) return null;
      last = Date.now();
    }
  }
}

function* planSteps(doc: Project, rows: readonly SheetRow[], mapping: ColumnMapping, decisions: ImportDecisions | undefined, opts: PlanOptions): Generator<number, ImportPlan> {
  const make = opts.newId ?? (() => newId('ex'));
  const mode = opts.mode ?? 'add';
  const resolved = opts.choices ? resolveChoices(doc.settings, opts.choices, opts.newSectorId) : null;
  const settings = resolved ? { ...doc.settings, sectors: [...doc.settings.sectors, ...resolved.newSectors] } : doc.settings;
  const rowOpts: RowOptions = { defaultCountry: opts.defaultCountry ?? null, matchSector: opts.matchSector ?? sectorMatcher(settings), values: resolved?.values ?? rememberedValues(doc.settings) };
  // Keyed by external id when the file has one: exhibitors that already carry an id are found
  // by it alone, the others by the name rule.
  const index = new DuplicateIndex(doc);
  const out: RowOutcome[] = [];
  const added: string[] = [];
  const merged = new Set<string>();
  const skipped: number[] = [];
  const rejected: RejectedRow[] = [];
  const notes: ImportPlan['notes'] = [];
  const b = operation(doc, IMPORT_LABEL);
  const boothRequests: { row: number; exhibitorId: string; numbers: string[] }[] = [];
  let done = 0;
  for (const row of rows) {
    if (++done % 100 === 0) yield done;
    const result = parseRow(row, mapping, rowOpts);
    if (!result.ok) {
      rejected.push({ row: row.n, cells: row.cells, problems: result.problems });
      out.push({ row: row.n, result, duplicate: null, decision: null, changes: [], exhibitorId: null });
      continue;
    }
    const match = index.find(result.draft);
    const target = match?.target ?? null;
    const duplicate: DuplicateOf | null = match && target ? { ...target, name: (b.get('exhibitors', target.exhibitorId) ?? result.draft).name, reasons: match.reasons, strong: match.strong } : null;
    const decision = decisionFor(decisions, row.n) ?? (match ? (match.strong ? opts.defaults?.strong : opts.defaults?.weak) : undefined) ?? defaultDecision(match, mode);
    const outcome: RowOutcome = { row: row.n, result, duplicate, decision, changes: [], exhibitorId: null };
    out.push(outcome);
    if (decision === 'skip') {
      skipped.push(row.n);
      continue;
    }
    if (result.notes.length) notes.push({ row: row.n, notes: result.notes });
    if (decision === 'merge' && target) {
      const current = b.get('exhibitors', target.exhibitorId)!;
      const next = mergeExhibitor(current, result.patch, { replaceSectors: mode === 'update' });
      outcome.changes = exhibitorDiff(current, next);
      outcome.exhibitorId = target.exhibitorId;
      b.put('exhibitors', next);
      index.add(next, target);
      if (!added.includes(target.exhibitorId) && outcome.changes.length) merged.add(target.exhibitorId);
    } else {
      const id = make();
      b.put('exhibitors', { ...result.draft, id });
      added.push(id);
      outcome.exhibitorId = id;
      index.add(result.draft, { kind: 'row', row: row.n, exhibitorId: id });
    }
    if (result.boothNumbers.length) boothRequests.push({ row: row.n, exhibitorId: outcome.exhibitorId, numbers: result.boothNumbers });
  }
  const booths = planBooths(doc, b, boothRequests, { assign: opts.assignBooths ?? false, context: opts.context ?? null });
  if (resolved && b.build().changes.length > 0) {
    b.settings({ sectors: settings.sectors, importMappings: resolved.mappings });
  }
  const op = b.build();
  op.labelArgs = { added: added.length, merged: merged.size };
  const unchanged = [...new Set(out.filter((o) => o.decision === 'merge' && o.exhibitorId && !merged.has(o.exhibitorId) && !added.includes(o.exhibitorId)).map((o) => o.exhibitorId!))];
  return { op, rows: out, added, merged: [...merged], unchanged, skipped, rejected, notes, booths, newSectors: resolved?.newSectors ?? [] };
}

/** Every row checked and matched, for the import dialog (the plan without its operation). */
export function previewImport(doc: Project, rows: readonly SheetRow[], mapping: ColumnMapping, opts: PlanOptions = {}): RowPreview[] {
  return planImport(doc, rows, mapping, undefined, opts).rows;
}
