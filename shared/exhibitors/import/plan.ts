import { Exhibitor } from '../../model/entities';
import { newId } from '../../model/ids';
import type { Bilingual } from '../../model/primitives';
import type { Project } from '../../model/project';
import { operation } from '../../ops/build';
import type { Operation } from '../../ops/operation';
import { normalizeKey } from '../text';
import type { ColumnMapping } from './fields';
import { parseRow, type ExhibitorDraft, type ExhibitorPatch, type FieldNote, type FieldProblem, type RowOptions, type RowResult } from './parse-row';
import type { SheetRow } from './types';

export const IMPORT_LABEL = 'ops.importExhibitors';

export type ImportDecision = 'merge' | 'skip' | 'add';

/** Decisions by row number; rows without one are added, or skipped when they are duplicates. */
export type ImportDecisions = ReadonlyMap<number, ImportDecision> | Readonly<Record<number, ImportDecision>>;

/** The record a row duplicates: an exhibitor already in the show, or an earlier row of the file. */
export type DuplicateOf = { kind: 'existing'; exhibitorId: string; name: Bilingual } | { kind: 'row'; row: number; name: Bilingual };

export interface RowPreview {
  row: number;
  result: RowResult;
  duplicate: DuplicateOf | null;
}

export interface RejectedRow {
  row: number;
  cells: string[];
  problems: FieldProblem[];
}

export interface ImportPlan {
  /** One operation: a single undo takes the whole import back. Empty when nothing is imported. */
  op: Operation;
  added: string[];
  merged: string[];
  /** Row numbers left out by decision (duplicates default to skip). */
  skipped: number[];
  rejected: RejectedRow[];
  /** Rows imported with something worth a look (unknown sector, odd e-mail…). */
  notes: { row: number; notes: FieldNote[] }[];
}

/** Normalized-name keys of an exhibitor: same key = same company for duplicate detection. */
export function nameKeys(name: Bilingual): string[] {
  return [normalizeKey(name.zh), normalizeKey(name.en)].filter((k) => k.length > 0);
}

type Target = { kind: 'existing'; exhibitorId: string } | { kind: 'row'; row: number; exhibitorId: string };

class NameIndex {
  private readonly map = new Map<string, Target>();
  constructor(doc: Project) {
    for (const ex of Object.values(doc.exhibitors)) this.add(ex.name, { kind: 'existing', exhibitorId: ex.id });
  }
  add(name: Bilingual, t: Target): void {
    for (const k of nameKeys(name)) if (!this.map.has(k)) this.map.set(k, t);
  }
  find(name: Bilingual): Target | null {
    for (const k of nameKeys(name)) {
      const t = this.map.get(k);
      if (t) return t;
    }
    return null;
  }
}

function decisionFor(decisions: ImportDecisions | undefined, row: number): ImportDecision | undefined {
  if (!decisions) return undefined;
  if (decisions instanceof Map) return decisions.get(row);
  const rec = decisions as Readonly<Record<number, ImportDecision>>;
  return Object.prototype.hasOwnProperty.call(rec, row) ? rec[row] : undefined;
}

/** Cells the row filled overwrite; empty cells keep what the exhibitor had; sectors are added. */
export function mergeExhibitor(ex: Exhibitor, patch: ExhibitorPatch): Exhibitor {
  const merged = {
    ...ex,
    name: { ...ex.name, ...patch.name },
    shortName: { ...ex.shortName, ...patch.shortName },
    country: patch.country ?? ex.country,
    sectors: [...new Set([...ex.sectors, ...(patch.sectors ?? [])])].slice(0, 50),
    contact: { ...ex.contact, ...patch.contact },
    website: patch.website ?? ex.website,
    requested: { ...ex.requested, ...patch.requested },
    priority: patch.priority ?? ex.priority,
    fascia: { ...ex.fascia, ...patch.fascia },
    notes: patch.notes ?? ex.notes,
  };
  return Exhibitor.parse(merged);
}

function describe(doc: Project, t: Target, drafts: Map<number, ExhibitorDraft>): DuplicateOf {
  if (t.kind === 'existing') return { kind: 'existing', exhibitorId: t.exhibitorId, name: doc.exhibitors[t.exhibitorId]!.name };
  return { kind: 'row', row: t.row, name: drafts.get(t.row)?.name ?? { zh: '', en: '' } };
}

/**
 * Every row checked and matched against the show and the rows above it, for the import
 * dialog to show problems and ask merge / skip / add for duplicates.
 */
export function previewImport(doc: Project, rows: readonly SheetRow[], mapping: ColumnMapping, opts: RowOptions = {}): RowPreview[] {
  const index = new NameIndex(doc);
  const drafts = new Map<number, ExhibitorDraft>();
  return rows.map((row) => {
    const result = parseRow(row, mapping, opts);
    if (!result.ok) return { row: row.n, result, duplicate: null };
    const t = index.find(result.draft.name);
    drafts.set(row.n, result.draft);
    if (!t) index.add(result.draft.name, { kind: 'row', row: row.n, exhibitorId: '' });
    return { row: row.n, result, duplicate: t ? describe(doc, t, drafts) : null };
  });
}

/**
 * The import as one operation plus the rows that could not be imported. Rows are taken in
 * order; a row whose normalized Chinese or English name matches an exhibitor (in the show or
 * added by an earlier row) is a duplicate: `merge` updates that exhibitor, `add` creates
 * another, `skip` (the default) leaves it. `merge` of a row with no match adds it.
 */
export function planImport(
  doc: Project,
  rows: readonly SheetRow[],
  mapping: ColumnMapping,
  decisions?: ImportDecisions,
  opts: RowOptions & { newId?: () => string } = {},
): ImportPlan {
  const make = opts.newId ?? (() => newId('ex'));
  const index = new NameIndex(doc);
  const added: string[] = [];
  const merged = new Set<string>();
  const skipped: number[] = [];
  const rejected: RejectedRow[] = [];
  const notes: ImportPlan['notes'] = [];
  const b = operation(doc, IMPORT_LABEL);
  for (const row of rows) {
    const result = parseRow(row, mapping, opts);
    if (!result.ok) {
      rejected.push({ row: row.n, cells: row.cells, problems: result.problems });
      continue;
    }
    const decision = decisionFor(decisions, row.n);
    const target = index.find(result.draft.name);
    const choice = decision ?? (target ? 'skip' : 'add');
    if (choice === 'skip') {
      skipped.push(row.n);
      continue;
    }
    if (result.notes.length) notes.push({ row: row.n, notes: result.notes });
    if (choice === 'merge' && target) {
      const current = b.get('exhibitors', target.exhibitorId)!;
      b.put('exhibitors', mergeExhibitor(current, result.patch));
      index.add(result.draft.name, target);
      if (!added.includes(target.exhibitorId)) merged.add(target.exhibitorId);
      continue;
    }
    const id = make();
    b.put('exhibitors', { ...result.draft, id });
    added.push(id);
    index.add(result.draft.name, { kind: 'row', row: row.n, exhibitorId: id });
  }
  const op = b.build();
  op.labelArgs = { added: added.length, merged: merged.size };
  return { op, added, merged: [...merged], skipped, rejected, notes };
}
