import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyOperation, OperationSchema, type Operation } from '../../../shared/ops';
import type { CommitRequest, CommitResult, Result } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { createDocumentStore, type CommitHost } from '../../../renderer/editor/document-store';
import { renameShowOp } from '../../../renderer/editor/commands/show-settings';
import { setBoothFasciaOp as fasciaCmd, setBoothNotesOp as notesCmd } from '../../../renderer/editor/commands/booth-text';
import { isRefusal, type EditResult } from '../../../shared/editing/result';
import { hall, opened, project, rectBooth } from './fixtures';

/**
 * A host that behaves like the real one where it matters: it applies the operations to its
 * own copy (checking `before`), refuses a stale base revision, and bumps the revision.
 */
class FakeHost implements CommitHost {
  calls: CommitRequest[] = [];
  failNext: 'result' | 'throw' | null = null;
  /** Resolves pending calls by hand when set. */
  hold = false;
  private held: (() => void)[] = [];
  constructor(public doc: Project) {}

  async commitOperations(req: CommitRequest): Promise<Result<CommitResult>> {
    this.calls.push(structuredClone(req));
    if (this.hold) await new Promise<void>((r) => this.held.push(r));
    if (this.failNext === 'throw') {
      this.failNext = null;
      throw new Error('connection reset');
    }
    if (this.failNext === 'result') {
      this.failNext = null;
      return { ok: false, error: { code: 'io', details: ['disk full'] } };
    }
    if (req.baseRevision !== this.doc.revision) return { ok: false, error: { code: 'conflict' } };
    for (const op of req.ops) {
      // Ops cross the boundary as validated JSON, like the real host does.
      OperationSchema.parse(op);
      this.doc = applyOperation(this.doc, op);
    }
    this.doc = { ...this.doc, revision: this.doc.revision + 1 };
    return { ok: true, value: { revision: this.doc.revision, savedAt: '2026-01-01T00:00:00.000Z' } };
  }

  release(): void {
    const h = this.held;
    this.held = [];
    for (const r of h) r();
  }
}

function setup() {
  const p = project({ halls: [hall('a', 0, 50, 40)], booths: [rectBooth('b1', 'a', 0, 0), rectBooth('b2', 'a', 3, 0)] });
  const host = new FakeHost(structuredClone(p));
  const ed = createDocumentStore({ idleMs: 800 });
  ed.setHost(host);
  ed.load(opened(p));
  const doc = () => ed.store.getState().doc!;
  return { ed, host, doc };
}

/** The operation of a command that must succeed here. */
function must(r: EditResult): Operation {
  if (isRefusal(r)) throw new Error(`refused: ${r.reason}`);
  return r;
}
const setBoothNotesOp = (...a: Parameters<typeof notesCmd>) => must(notesCmd(...a));
const setBoothFasciaOp = (...a: Parameters<typeof fasciaCmd>) => must(fasciaCmd(...a));

const stripRevision = (p: Project) => ({ ...p, revision: 0 });

describe('document store: history', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('applies, undoes and redoes operations on the document', () => {
    const { ed, doc } = setup();
    const original = doc();
    expect(ed.apply(setBoothNotesOp(doc(), 'b1', 'needs power'))).toBeNull();
    expect(doc().booths.b1!.notes).toBe('needs power');
    expect(ed.store.getState().undoStack).toHaveLength(1);

    expect(ed.undo()).toBeNull();
    expect(doc().booths.b1!.notes).toBe('');
    expect(doc().booths).toEqual(original.booths);
    expect(ed.store.getState().redoStack).toHaveLength(1);

    expect(ed.redo()).toBeNull();
    expect(doc().booths.b1!.notes).toBe('needs power');
    expect(ed.store.getState().redoStack).toHaveLength(0);
  });

  it('a new edit clears the redo stack', () => {
    const { ed, doc } = setup();
    ed.apply(renameShowOp(doc(), { zh: '新名', en: 'New name' }));
    ed.undo();
    ed.apply(setBoothFasciaOp(doc(), 'b2', { zh: '华为', en: 'Huawei' }));
    expect(ed.store.getState().redoStack).toHaveLength(0);
    expect(ed.redo()).toBeNull();
    expect(doc().settings.name.en).toBe('Test Show');
  });

  it('keeps untouched collections identical (the canvas relies on it to skip rebuilds)', () => {
    const { ed, doc } = setup();
    const before = doc();
    ed.apply(renameShowOp(doc(), { zh: '新名', en: 'New' }));
    expect(doc().booths).toBe(before.booths);
    expect(doc().halls).toBe(before.halls);
  });

  it('refuses an operation that no longer fits, leaving the document as it was', () => {
    const { ed, doc } = setup();
    const stale = setBoothNotesOp(doc(), 'b1', 'first');
    ed.apply(setBoothNotesOp(doc(), 'b1', 'other'));
    const err = ed.apply(stale);
    expect(err?.code).toBe('op-conflict');
    expect(doc().booths.b1!.notes).toBe('other');
    expect(ed.store.getState().undoStack).toHaveLength(1);
  });

  it('refuses edits to a read-only project', () => {
    const p = project({ halls: [hall('a', 0, 10, 10)], booths: [rectBooth('b1', 'a', 0, 0)] });
    const ed = createDocumentStore();
    ed.load({ ...opened(p), readOnly: true });
    expect(ed.apply(setBoothNotesOp(p, 'b1', 'x'))?.code).toBe('read-only');
    expect(ed.store.getState().doc!.booths.b1!.notes).toBe('');
  });

  it('booth text commands refuse over-long text and unknown booths instead of building an operation', () => {
    const { doc } = setup();
    expect(notesCmd(doc(), 'b1', 'x'.repeat(5001))).toMatchObject({ ok: false, reason: 'text-too-long' });
    expect(fasciaCmd(doc(), 'nope', { en: 'A' })).toMatchObject({ ok: false, reason: 'booth-not-found' });
    // One language alone keeps the other.
    const withZh = applyOperation(doc(), setBoothFasciaOp(doc(), 'b1', { zh: '华为' }));
    expect(applyOperation(withZh, setBoothFasciaOp(withZh, 'b1', { en: 'Huawei' })).booths.b1!.fascia).toEqual({ zh: '华为', en: 'Huawei' });
  });

  it('ignores empty operations (nothing changed, nothing to undo or save)', () => {
    const { ed, doc } = setup();
    expect(ed.apply(renameShowOp(doc(), doc().settings.name))).toBeNull();
    expect(ed.store.getState().undoStack).toHaveLength(0);
    expect(ed.store.getState().saveState).toBe('saved');
  });
});

describe('document store: commit queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends queued operations after 800 ms of quiet, in one commit', async () => {
    const { ed, host, doc } = setup();
    ed.apply(setBoothNotesOp(doc(), 'b1', 'a'));
    await vi.advanceTimersByTimeAsync(500);
    ed.apply(setBoothNotesOp(doc(), 'b2', 'b'));
    expect(ed.store.getState().saveState).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(799);
    expect(host.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.calls).toHaveLength(1);
    expect(host.calls[0]!.ops).toHaveLength(2);
    expect(host.calls[0]!.baseRevision).toBe(0);
    expect(ed.store.getState().saveState).toBe('saved');
    expect(ed.store.getState().revision).toBe(1);
    expect(stripRevision(host.doc)).toEqual(stripRevision(doc()));
  });

  it('sends undo and redo as operations with fresh, valid ids; host and renderer agree', async () => {
    const { ed, host, doc } = setup();
    ed.apply(setBoothNotesOp(doc(), 'b1', 'x'));
    ed.undo();
    ed.redo();
    ed.undo();
    expect(await ed.flush()).toBe(true);
    const ids = host.calls.flatMap((c) => c.ops.map((o: Operation) => o.id));
    expect(new Set(ids).size).toBe(4);
    for (const op of host.calls.flatMap((c) => c.ops)) expect(OperationSchema.safeParse(op).success).toBe(true);
    expect(host.doc.booths.b1!.notes).toBe('');
    expect(stripRevision(host.doc)).toEqual(stripRevision(doc()));
  });

  it('shows saving while the commit is on its way', async () => {
    const { ed, host, doc } = setup();
    host.hold = true;
    ed.apply(setBoothNotesOp(doc(), 'b1', 'x'));
    const done = ed.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(ed.store.getState().saveState).toBe('saving');
    host.release();
    expect(await done).toBe(true);
    expect(ed.store.getState().saveState).toBe('saved');
  });

  it('keeps the operations when a commit fails, shows the error, and retries on the next save', async () => {
    const { ed, host, doc } = setup();
    host.failNext = 'result';
    ed.apply(setBoothNotesOp(doc(), 'b1', 'keep me'));
    expect(await ed.flush()).toBe(false);
    const s = ed.store.getState();
    expect(s.saveState).toBe('error');
    expect(s.saveError?.code).toBe('io');
    expect(s.queue).toHaveLength(1);
    expect(doc().booths.b1!.notes).toBe('keep me');

    expect(await ed.flush()).toBe(true);
    expect(ed.store.getState().saveState).toBe('saved');
    expect(ed.store.getState().saveError).toBeNull();
    expect(host.doc.booths.b1!.notes).toBe('keep me');
  });

  it('treats a thrown call (host unreachable) like a failed commit', async () => {
    const { ed, host, doc } = setup();
    host.failNext = 'throw';
    ed.apply(setBoothNotesOp(doc(), 'b1', 'x'));
    await vi.advanceTimersByTimeAsync(800);
    expect(ed.store.getState().saveState).toBe('error');
    expect(ed.store.getState().saveError?.code).toBe('unexpected');
    expect(ed.store.getState().queue).toHaveLength(1);
  });

  it('keeps failed operations ahead of newer ones, so the host gets them in order', async () => {
    const { ed, host, doc } = setup();
    host.failNext = 'result';
    ed.apply(setBoothNotesOp(doc(), 'b1', 'one'));
    await ed.flush();
    ed.apply(setBoothNotesOp(doc(), 'b1', 'two'));
    expect(ed.store.getState().saveState).toBe('error');
    await vi.advanceTimersByTimeAsync(800);
    expect(host.calls.at(-1)!.ops.map((o) => o.changes[0]!.after)).toMatchObject([{ notes: 'one' }, { notes: 'two' }]);
    expect(host.doc.booths.b1!.notes).toBe('two');
    expect(ed.store.getState().saveState).toBe('saved');
  });

  it('edits made while a commit runs go out in the next one, on the new base revision', async () => {
    const { ed, host, doc } = setup();
    host.hold = true;
    ed.apply(setBoothNotesOp(doc(), 'b1', 'first'));
    const done = ed.flush();
    await vi.advanceTimersByTimeAsync(0);
    ed.apply(setBoothNotesOp(doc(), 'b2', 'second'));
    host.hold = false;
    host.release();
    expect(await done).toBe(true);
    expect(host.calls).toHaveLength(2);
    expect(host.calls[1]!.baseRevision).toBe(1);
    expect(ed.store.getState().saveState).toBe('saved');
    expect(stripRevision(host.doc)).toEqual(stripRevision(doc()));
  });

  it('reports a conflict from the host and keeps the edits', async () => {
    const { ed, host, doc } = setup();
    host.doc = { ...host.doc, revision: 7 };
    ed.apply(setBoothNotesOp(doc(), 'b1', 'mine'));
    expect(await ed.flush()).toBe(false);
    expect(ed.store.getState().saveError?.code).toBe('conflict');
    expect(doc().booths.b1!.notes).toBe('mine');
  });

  it('flush with nothing queued succeeds without calling the host', async () => {
    const { ed, host } = setup();
    expect(await ed.flush()).toBe(true);
    expect(host.calls).toHaveLength(0);
    expect(ed.hasUnsaved()).toBe(false);
  });

  it('drops the answer of a commit for a project that was replaced meanwhile', async () => {
    const { ed, host, doc } = setup();
    host.hold = true;
    ed.apply(setBoothNotesOp(doc(), 'b1', 'x'));
    const done = ed.flush();
    await vi.advanceTimersByTimeAsync(0);
    const other = project({ halls: [hall('z', 0, 10, 10)] });
    ed.load(opened(other, 'h2', '/tmp/other.pavilion.json'));
    host.release();
    expect(await done).toBe(false);
    expect(ed.store.getState().handle).toBe('h2');
    expect(ed.store.getState().revision).toBe(0);
    expect(ed.store.getState().saveState).toBe('saved');
  });

  it('Save As keeps the document and its history but moves to the new handle', () => {
    const { ed, doc } = setup();
    ed.apply(setBoothNotesOp(doc(), 'b1', 'x'));
    ed.rebind({ ...opened(doc(), 'h9', '/tmp/copy.pavilion.json'), project: { ...doc(), revision: 3 } });
    const s = ed.store.getState();
    expect(s.handle).toBe('h9');
    expect(s.path).toBe('/tmp/copy.pavilion.json');
    expect(s.revision).toBe(3);
    expect(s.undoStack).toHaveLength(1);
    expect(s.doc!.booths.b1!.notes).toBe('x');
  });
});
