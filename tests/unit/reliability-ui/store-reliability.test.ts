import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyOperation, type Operation } from '../../../shared/ops';
import type { ApiError, CommitRequest, CommitResult, Result, StashRequest } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { createDocumentStore, type CommitHost } from '../../../renderer/editor/document-store';
import { setBoothNotesOp } from '../../../renderer/editor/commands/booth-text';
import { isRefusal } from '../../../shared/editing/result';
import { watchConflicts } from '../../../renderer/panels/reliability/conflict-watch';
import { offerOpenAlternatives, reliabilityStore, showReliabilityDialog } from '../../../renderer/panels/reliability/reliability-state';
import { hall, opened, project, rectBooth } from '../renderer/fixtures';

/** Applies commits like the real host, or answers with a scripted error. */
class Host implements CommitHost {
  commits: CommitRequest[] = [];
  stashes: StashRequest[] = [];
  errors: ApiError[] = [];
  constructor(public doc: Project) {}
  async commitOperations(req: CommitRequest): Promise<Result<CommitResult>> {
    this.commits.push(structuredClone(req));
    const err = this.errors.shift();
    if (err) return { ok: false, error: err };
    for (const op of req.ops) this.doc = applyOperation(this.doc, op);
    this.doc = { ...this.doc, revision: this.doc.revision + 1 };
    return { ok: true, value: { revision: this.doc.revision, savedAt: '2026-01-01T00:00:00.000Z' } };
  }
  async stashUnsaved(req: StashRequest): Promise<Result<{ savedAt: string }>> {
    this.stashes.push(structuredClone(req));
    return { ok: true, value: { savedAt: '2026-01-01T00:00:00.000Z' } };
  }
}

function notes(doc: Project, id: string, text: string): Operation {
  const r = setBoothNotesOp(doc, id, text);
  if (isRefusal(r)) throw new Error(r.reason);
  return r;
}

function setup(readOnly = false) {
  const p = project({ halls: [hall('a', 0, 50, 40)], booths: [rectBooth('b1', 'a', 0, 0), rectBooth('b2', 'a', 3, 0)] });
  const host = new Host(structuredClone(p));
  // Commits wait longer than the stash here, so the stash sees the edits still pending.
  const ed = createDocumentStore({ idleMs: 5000, stashMs: 1000, busyRetryMs: 3000 });
  ed.setHost(host);
  ed.load({ ...opened(p), readOnly });
  const doc = () => ed.store.getState().doc!;
  return { ed, host, doc, p };
}

describe('crash-recovery stash', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stashes pending operations about a second after the last change, debounced', async () => {
    const { ed, host, doc } = setup();
    ed.apply(notes(doc(), 'b1', 'one'));
    await vi.advanceTimersByTimeAsync(600);
    ed.apply(notes(doc(), 'b2', 'two'));
    await vi.advanceTimersByTimeAsync(999);
    expect(host.stashes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.stashes).toHaveLength(1);
    expect(host.stashes[0]!.baseRevision).toBe(0);
    expect(host.stashes[0]!.ops.map((o) => o.changes[0]!.after)).toMatchObject([{ notes: 'one' }, { notes: 'two' }]);
  });

  it('sends nothing when the commit already landed', async () => {
    const { ed, host, doc } = setup();
    ed.apply(notes(doc(), 'b1', 'one'));
    await ed.flush();
    await vi.advanceTimersByTimeAsync(2000);
    expect(host.commits).toHaveLength(1);
    expect(host.stashes).toHaveLength(0);
  });

  it('never stashes for a read-only show (edits are refused)', async () => {
    const { ed, host, doc } = setup(true);
    expect(ed.apply(notes(doc(), 'b1', 'one'))?.code).toBe('read-only');
    await vi.advanceTimersByTimeAsync(2000);
    expect(host.stashes).toHaveLength(0);
  });
});

describe('busy and conflicts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    showReliabilityDialog(null);
  });

  it('keeps the queue on busy, shows unsaved, and retries by itself', async () => {
    const { ed, host, doc } = setup();
    host.errors.push({ code: 'busy' });
    ed.apply(notes(doc(), 'b1', 'one'));
    expect(await ed.flush()).toBe(false);
    expect(ed.store.getState().saveState).toBe('unsaved');
    expect(ed.store.getState().queue).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(host.commits).toHaveLength(2);
    expect(ed.store.getState().saveState).toBe('saved');
    expect(host.doc.booths.b1!.notes).toBe('one');
  });

  it('opens the conflict dialog for changed-on-disk, not for an edit that does not fit', async () => {
    const { ed, host, doc } = setup();
    const stop = watchConflicts(ed);
    host.errors.push({ code: 'conflict', conflict: { reason: 'does-not-fit', ourRevision: 0 } });
    ed.apply(notes(doc(), 'b1', 'one'));
    await ed.flush();
    expect(reliabilityStore.getState().dialog).toBeNull();
    expect(ed.store.getState().saveState).toBe('error');
    host.errors.push({ code: 'conflict', conflict: { reason: 'changed-on-disk', ourRevision: 0, diskRevision: 3 } });
    await ed.flush();
    expect(reliabilityStore.getState().dialog).toMatchObject({ kind: 'conflict', handle: 'h1', info: { reason: 'changed-on-disk' } });
    stop();
  });

  it('adopts a reloaded show: sent edits leave the queue, later ones are re-applied or returned', () => {
    const { ed, doc, p } = setup();
    const first = notes(doc(), 'b1', 'mine');
    ed.apply(first);
    const later = notes(doc(), 'b2', 'later');
    ed.apply(later);
    const clash = notes(doc(), 'b2', 'clash');
    ed.apply(clash);
    // On disk someone else wrote b2's notes; our first edit was re-applied by the host.
    const theirs: Project = { ...p, revision: 7, booths: { ...p.booths, b1: { ...p.booths.b1!, notes: 'mine' }, b2: { ...p.booths.b2!, notes: 'theirs' } } };
    const dropped = ed.adoptReapplied({ project: theirs, revision: 7, savedAt: '2026-01-02T00:00:00.000Z', applied: [first.id], rejected: [] }, [first.id]);
    const s = ed.store.getState();
    expect(s.revision).toBe(7);
    expect(s.doc!.booths.b1!.notes).toBe('mine');
    expect(s.doc!.booths.b2!.notes).toBe('theirs');
    expect(dropped.map((o) => o.id)).toEqual([later.id, clash.id]);
    expect(s.queue).toEqual([]);
    expect(s.undoStack).toEqual([]);
    expect(s.saveState).toBe('saved');
  });
});

describe('open alternatives', () => {
  afterEach(() => showReliabilityDialog(null));
  const holder = { userName: 'Li Wei', hostName: 'expo-pc-3', pid: 42, since: '2026-03-01T08:00:00.000Z', refreshedAt: '2026-03-01T08:05:00.000Z' };

  it('offers read-only / open anyway for a held show, backups for a broken one, nothing otherwise', () => {
    expect(offerOpenAlternatives({ code: 'locked', path: '/s/a.pavilion.json', holder })).toBe(true);
    expect(reliabilityStore.getState().dialog).toMatchObject({ kind: 'locked', holder: { userName: 'Li Wei' } });
    const backups = [{ path: '/s/.pavilion-backups/a/1.json', savedAt: '2026-03-01T08:00:00.000Z', revision: 4 }];
    expect(offerOpenAlternatives({ code: 'open.invalid', path: '/s/a.pavilion.json', backups })).toBe(true);
    expect(reliabilityStore.getState().dialog).toMatchObject({ kind: 'backups', backups });
    showReliabilityDialog(null);
    expect(offerOpenAlternatives({ code: 'open.invalid', path: '/s/a.pavilion.json', backups: [] })).toBe(false);
    expect(offerOpenAlternatives({ code: 'not-found', path: '/s/a.pavilion.json' })).toBe(false);
    expect(reliabilityStore.getState().dialog).toBeNull();
  });
});
