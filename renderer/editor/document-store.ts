import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Project } from '../../shared/model/project';
import type { HistoryEntry } from '../../shared/model/entities';
import { newId } from '../../shared/model/ids';
import { applyOperation, invertOperation, isEmptyOperation, OperationConflictError, type Operation } from '../../shared/ops/operation';
import type { CommitRequest, CommitResult, OpenedProject, ReapplyResult, Result, StashRequest } from '../../shared/ipc/contract';
import { toUiError, type UiError } from './host-errors';

/** What the status bar says about the file on disk. */
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

/** The part of the host the store needs: one call that applies operations and writes the file. */
export interface CommitHost {
  commitOperations(req: CommitRequest): Promise<Result<CommitResult>>;
  /** Keeps pending operations outside the show for crash recovery; optional for hosts without it. */
  stashUnsaved?(req: StashRequest): Promise<Result<{ savedAt: string }>>;
}

export interface DocumentState {
  doc: Project | null;
  handle: string | null;
  path: string | null;
  readOnly: boolean;
  /** The host's revision that `doc` minus `queue` and `sending` corresponds to. */
  revision: number;
  undoStack: Operation[];
  redoStack: Operation[];
  /** Applied here, not yet sent to the host (in order). */
  queue: Operation[];
  /** Sent, waiting for the host's answer. */
  sending: Operation[];
  saveState: SaveState;
  /** Why the last commit failed; cleared by the next successful one. */
  saveError: UiError | null;
  lastSavedAt: string | null;
}

export interface DocumentStoreOptions {
  /** Quiet time after the last edit before queued operations are written (ms). */
  idleMs?: number;
  /** Undo depth; the oldest steps are dropped beyond it. */
  maxUndo?: number;
  /** Quiet time after the last edit before pending operations are stashed for crash recovery (ms). */
  stashMs?: number;
  /** Wait before retrying a commit the host answered `busy` (ms). */
  busyRetryMs?: number;
}

export interface DocumentStore {
  store: StoreApi<DocumentState>;
  /** Sets the host commits go to (the api client in the app, a fake in tests). */
  setHost(host: CommitHost): void;
  /** Replaces the document with a freshly opened project; history starts empty. */
  load(opened: OpenedProject): void;
  /** Same content, new file (after Save As): keeps the document and its history. */
  rebind(opened: OpenedProject): void;
  /** Forgets the document. Call `flush` first; queued operations are dropped. */
  unload(): void;
  /**
   * Applies an operation to the document, records it for undo and queues it for the host.
   * Returns an error instead when the document is read-only or the operation no longer fits.
   */
  apply(op: Operation): UiError | null;
  undo(): UiError | null;
  redo(): UiError | null;
  /**
   * Applies a change that happened elsewhere (another person on a shared show, or the server
   * restoring a refused change): not queued, not undoable here, its history entries appended.
   * Undo stays for your own changes; an undo whose record someone has changed since is refused.
   */
  applyRemote(op: Operation, history?: readonly HistoryEntry[]): void;
  /** Sends queued operations now. Resolves true when nothing is left unsaved. */
  flush(): Promise<boolean>;
  /** True when edits exist that the host has not confirmed. */
  hasUnsaved(): boolean;
  /**
   * Takes the host's document after `reloadAndReapply` / `restoreUnsaved`: operations in
   * `sent` are now in it (or were rejected) and leave the queue; edits queued since are
   * re-applied on top, and those that no longer fit are returned. History starts empty,
   * since the undo steps describe a document that is gone.
   */
  adoptReapplied(result: ReapplyResult, sent: readonly string[]): Operation[];
}

const EMPTY: Omit<DocumentState, never> = {
  doc: null,
  handle: null,
  path: null,
  readOnly: false,
  revision: 0,
  undoStack: [],
  redoStack: [],
  queue: [],
  sending: [],
  saveState: 'saved',
  saveError: null,
  lastSavedAt: null,
};

function saveStateOf(s: Pick<DocumentState, 'queue' | 'sending' | 'saveError'>): SaveState {
  if (s.sending.length > 0) return 'saving';
  // `busy` is retried on its own: the edits are simply not written yet.
  if (s.queue.length > 0) return s.saveError && s.saveError.code !== 'busy' ? 'error' : 'unsaved';
  return 'saved';
}

/**
 * The open document and its history. Every change is an `Operation`: applied here at once
 * (the UI never waits for the disk), pushed on the undo stack, and queued; after `idleMs` of
 * quiet the queue goes to the host in one `commitOperations`. A failed commit puts the
 * operations back at the head of the queue so nothing is lost, and the next edit or an
 * explicit save retries.
 */
export function createDocumentStore(opts: DocumentStoreOptions = {}): DocumentStore {
  const idleMs = opts.idleMs ?? 800;
  const maxUndo = opts.maxUndo ?? 500;
  const stashMs = opts.stashMs ?? 1000;
  const busyRetryMs = opts.busyRetryMs ?? 3000;
  const store = createStore<DocumentState>(() => ({ ...EMPTY }));
  let host: CommitHost | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inflight: Promise<boolean> | null = null;
  let stashTimer: ReturnType<typeof setTimeout> | null = null;

  const cancelStash = () => {
    if (stashTimer !== null) clearTimeout(stashTimer);
    stashTimer = null;
  };
  /**
   * About a second after the last change, pending operations (queued and in flight) are kept
   * by the host outside the show, so a crash before the commit loses nothing. A commit that
   * lands lets the host trim them; nothing needs sending then.
   */
  const scheduleStash = () => {
    cancelStash();
    stashTimer = setTimeout(() => {
      stashTimer = null;
      const s = store.getState();
      const ops = [...s.sending, ...s.queue];
      if (!host?.stashUnsaved || !s.handle || s.readOnly || ops.length === 0) return;
      // A failed stash must not disturb editing; the next change tries again.
      void host.stashUnsaved({ handle: s.handle, baseRevision: s.revision, ops }).catch(() => undefined);
    }, stashMs);
  };

  const set = (patch: Partial<DocumentState>) => {
    const next = { ...store.getState(), ...patch };
    store.setState({ ...patch, saveState: saveStateOf(next) });
  };

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const schedule = () => {
    cancelTimer();
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, idleMs);
  };

  /** Applies `op` to the document and queues it; shared by apply, undo and redo. */
  const applyAndQueue = (op: Operation, stacks: Pick<DocumentState, 'undoStack' | 'redoStack'>): UiError | null => {
    const s = store.getState();
    if (!s.doc) return { code: 'unexpected', details: ['no project is open'] };
    if (s.readOnly) return { code: 'read-only' };
    let doc: Project;
    try {
      doc = applyOperation(s.doc, op);
    } catch (e) {
      if (e instanceof OperationConflictError) return { code: 'op-conflict', details: [e.message] };
      return toUiError(e);
    }
    set({ doc, queue: [...s.queue, op], ...stacks });
    schedule();
    scheduleStash();
    return null;
  };

  function apply(op: Operation): UiError | null {
    if (isEmptyOperation(op)) return null;
    const s = store.getState();
    const undoStack = [...s.undoStack, op];
    if (undoStack.length > maxUndo) undoStack.splice(0, undoStack.length - maxUndo);
    return applyAndQueue(op, { undoStack, redoStack: [] });
  }

  function undo(): UiError | null {
    const s = store.getState();
    const op = s.undoStack.at(-1);
    if (!op) return null;
    // Every operation sent to the host needs its own valid id; the inverse's default id
    // (`…~inv`) is not one, and undo-redo-undo would repeat it.
    const inverse = invertOperation(op, newId('op'));
    return applyAndQueue(inverse, { undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, op] });
  }

  function redo(): UiError | null {
    const s = store.getState();
    const op = s.redoStack.at(-1);
    if (!op) return null;
    const again: Operation = { ...op, id: newId('op') };
    return applyAndQueue(again, { undoStack: [...s.undoStack, again], redoStack: s.redoStack.slice(0, -1) });
  }

  /** Sends the whole queue once. Resolves true when the host took it. */
  async function sendQueue(): Promise<boolean> {
    const s = store.getState();
    if (!s.handle || s.queue.length === 0) return true;
    if (!host) {
      set({ saveError: { code: 'unexpected', details: ['no host to save to'] } });
      return false;
    }
    const handle = s.handle;
    const ops = s.queue;
    set({ queue: [], sending: ops });
    let outcome: { ok: true; value: CommitResult } | { ok: false; error: UiError };
    try {
      outcome = await host.commitOperations({ handle, baseRevision: s.revision, ops });
    } catch (e) {
      outcome = { ok: false, error: toUiError(e) };
    }
    const now = store.getState();
    // The project was closed or replaced while the call ran: its answer concerns nobody here.
    if (now.handle !== handle) return false;
    if (outcome.ok) {
      // The host's history entries (an audit log, outside undo) join the renderer's copy.
      const added = outcome.value.history ?? [];
      const doc = now.doc ? { ...now.doc, revision: outcome.value.revision, ...(added.length ? { history: [...now.doc.history, ...added] } : {}) } : null;
      set({ doc, revision: outcome.value.revision, sending: [], saveError: null, lastSavedAt: outcome.value.savedAt });
      return true;
    }
    set({ queue: [...ops, ...now.queue], sending: [], saveError: outcome.error });
    // Another Pavilion holds the write lock for a moment: try again by ourselves.
    if (outcome.error.code === 'busy' && timer === null) {
      timer = setTimeout(() => {
        timer = null;
        void flush();
      }, busyRetryMs);
    }
    return false;
  }

  async function flush(): Promise<boolean> {
    cancelTimer();
    // Edits made while a batch is on its way form the next batch: keep going until the queue
    // is empty, and stop at the first failure (it is shown; the next edit or save retries).
    for (;;) {
      while (inflight) {
        if (!(await inflight)) return false;
      }
      if (store.getState().queue.length === 0) return true;
      const run = sendQueue();
      inflight = run;
      let ok: boolean;
      try {
        ok = await run;
      } finally {
        if (inflight === run) inflight = null;
      }
      if (!ok) return false;
    }
  }

  return {
    store,
    setHost(h) {
      host = h;
    },
    load(opened) {
      cancelTimer();
      cancelStash();
      store.setState({
        ...EMPTY,
        doc: opened.project,
        handle: opened.handle,
        path: opened.path,
        readOnly: opened.readOnly,
        revision: opened.project.revision,
      });
    },
    rebind(opened) {
      const s = store.getState();
      set({ handle: opened.handle, path: opened.path, readOnly: opened.readOnly, revision: opened.project.revision, doc: s.doc ? { ...s.doc, revision: opened.project.revision } : opened.project });
    },
    unload() {
      cancelTimer();
      cancelStash();
      store.setState({ ...EMPTY });
    },
    apply,
    applyRemote(op, history = []) {
      const s = store.getState();
      if (!s.doc) return;
      let doc = op.changes.length > 0 ? applyOperation(s.doc, op, { check: false }) : s.doc;
      if (history.length > 0) doc = { ...doc, history: [...doc.history, ...history] };
      if (doc !== s.doc) set({ doc });
    },
    undo,
    redo,
    flush,
    hasUnsaved() {
      const s = store.getState();
      return s.queue.length > 0 || s.sending.length > 0;
    },
    adoptReapplied(result, sent) {
      const done = new Set(sent);
      const s = store.getState();
      let doc = result.project;
      const queue: Operation[] = [];
      const dropped: Operation[] = [];
      for (const op of s.queue) {
        if (done.has(op.id)) continue;
        try {
          doc = applyOperation(doc, op);
          queue.push(op);
        } catch (e) {
          if (!(e instanceof OperationConflictError)) throw e;
          dropped.push(op);
        }
      }
      set({ doc, revision: result.revision, queue, undoStack: [], redoStack: [], saveError: null, ...(result.savedAt ? { lastSavedAt: result.savedAt } : {}) });
      if (queue.length > 0) schedule();
      return dropped;
    },
  };
}
