import type { OpenedProject, PathChoice, PavilionApi, Result } from '../../../shared/ipc/contract';
import type { Bilingual } from '../../../shared/model/primitives';
import { editionOperation, newEdition } from '../../../shared/allocation/edition';
import { localToday } from '../../editor/assignment/user';
import { runEdit } from '../../editor/edit-runner';
import { editor } from '../../editor/instance';
import { toUiError, type UiError } from '../../editor/host-errors';
import { reportError } from '../../editor/notices';
import { api } from '../../app/api/client';
import { whileOpening } from './app-state';
import { askPathInApp, dialogStore } from './dialog-state';
import { PROJECT_EXTENSION } from '../dialogs/paths';
import { noteOpened, offerOpenAlternatives } from '../reliability/reliability-state';

/** A host dialog's answer as a path, asking in the page when the host has no dialogs. */
export async function resolvePathChoice(choice: PathChoice, mode: 'open' | 'save', suggestedName?: string): Promise<string | null> {
  if (choice.kind === 'path') return choice.path;
  if (choice.kind === 'cancel') return null;
  return askPathInApp(mode, choice.dir, suggestedName);
}

/**
 * Saves what is pending before the current project is left. False (and the reason shown)
 * when that failed: the caller must then stay on the current project.
 */
async function settleCurrent(): Promise<boolean> {
  if (!editor.store.getState().handle) return true;
  if (await editor.flush()) return true;
  reportError('errors.title.close', { ...unsavedReason(), code: 'unsaved-before-switch' });
  return false;
}

/** The last save failure as a reportable error (its code joins the details). */
function unsavedReason(): UiError {
  const e = editor.store.getState().saveError ?? { code: 'unexpected' as const };
  return { code: e.code, path: e.path, version: e.version, details: [e.code, ...(e.details ?? [])] };
}

/**
 * Switches to another project: saves the current one's pending edits first, opens the new
 * one, and only then lets go of the old handle, so a failed open leaves the user where they
 * were.
 */
export async function switchTo(open: () => Promise<Result<OpenedProject>>, titleKey: string): Promise<boolean> {
  return whileOpening(async () => {
    if (!(await settleCurrent())) return false;
    let res: Result<OpenedProject>;
    try {
      // Timeline marks: the bench reads open → first drawing of the plan in the real app.
      performance.mark('pavilion:open-start');
      res = await open();
      performance.mark('pavilion:open-reply');
    } catch (e) {
      reportError(titleKey, toUiError(e));
      return false;
    }
    if (!res.ok) {
      if (!offerOpenAlternatives(res.error)) reportError(titleKey, res.error);
      return false;
    }
    // Edits made while the new project was loading belong to the old one: save them first,
    // or stay where they are (and let the new one go) if that fails.
    if (editor.hasUnsaved() && !(await editor.flush())) {
      if (res.value.handle !== editor.store.getState().handle) void api().closeProject({ handle: res.value.handle }).catch(() => undefined);
      reportError('errors.title.close', { ...unsavedReason(), code: 'unsaved-before-switch' });
      return false;
    }
    const old = editor.store.getState().handle;
    editor.load(res.value);
    performance.mark('pavilion:loaded');
    noteOpened(res.value);
    if (old && old !== res.value.handle) void api().closeProject({ handle: old }).catch(() => undefined);
    return true;
  });
}

/** Opens the show at `path`; `asked` is the host's reply when it was already asked (the window's start). */
export function openProjectAt(path: string, titleKey = 'errors.title.open', asked: ReturnType<PavilionApi['openProject']> | null = null): Promise<boolean> {
  return switchTo(() => asked ?? api().openProject({ path }), titleKey);
}

export function openSample(): Promise<boolean> {
  return switchTo(() => api().openSample(), 'errors.title.sample');
}

export async function openProjectWithDialog(): Promise<boolean> {
  let path: string | null;
  try {
    path = await resolvePathChoice(await api().chooseProjectToOpen(), 'open');
  } catch (e) {
    reportError('errors.title.open', toUiError(e));
    return false;
  }
  return path ? openProjectAt(path) : false;
}

export interface NewProjectInput {
  name: Bilingual;
  venue: Bilingual;
  start: string | null;
  end: string | null;
}

/** A file name from the show's name: readable, no characters file systems refuse. */
export function fileNameFor(name: Bilingual, fallback: string): string {
  const base = (name.en.trim() || name.zh.trim() || fallback)
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${base || fallback}${PROJECT_EXTENSION}`;
}

/** Asks where to save, then creates and opens the new show. False when cancelled or failed. */
export async function createProjectWithDialog(input: NewProjectInput, fallbackName: string): Promise<boolean> {
  let path: string | null;
  try {
    const suggestedName = fileNameFor(input.name, fallbackName);
    path = await resolvePathChoice(await api().chooseProjectSaveLocation({ suggestedName }), 'save', suggestedName);
  } catch (e) {
    reportError('errors.title.create', toUiError(e));
    return false;
  }
  if (!path) return false;
  const target = path;
  return switchTo(() => api().createProject({ path: target, name: input.name, venue: input.venue, start: input.start, end: input.end }), 'errors.title.create');
}

/**
 * Next year's show from the one open: a new file is created where the user says, then filled
 * in one operation (one undo) with last edition's layout, zones, rate card and exhibitors;
 * returning exhibitors have their booths held for them, so they are offered first. Resolves
 * the counts to tell the user, or null when nothing was made.
 */
export async function newEditionWithDialog(input: NewProjectInput, fallbackName: string): Promise<{ returning: number; offered: number } | null> {
  const last = editor.store.getState().doc;
  if (!last) return null;
  const edition = newEdition(last, { name: input.name, start: input.start, end: input.end, today: localToday() });
  if (!(await createProjectWithDialog(input, fallbackName))) return null;
  const res = runEdit((empty) => editionOperation(empty, edition.project));
  return res.ok ? { returning: edition.returning, offered: edition.offered } : null;
}

/** Writes the project to a new file and continues there; history stays. */
export async function saveProjectAsWithDialog(fallbackName: string): Promise<boolean> {
  const s = editor.store.getState();
  if (!s.handle || !s.doc) return false;
  if (!(await editor.flush())) {
    reportError('errors.title.saveAs', unsavedReason());
    return false;
  }
  const current = s.path ? (s.path.split(/[\\/]/).pop() ?? '') : '';
  const suggestedName = current || fileNameFor(s.doc.settings.name, fallbackName);
  let path: string | null;
  try {
    path = await resolvePathChoice(await api().chooseProjectSaveLocation({ suggestedName }), 'save', suggestedName);
  } catch (e) {
    reportError('errors.title.saveAs', toUiError(e));
    return false;
  }
  if (!path) return false;
  const handle = editor.store.getState().handle;
  if (!handle) return false;
  try {
    const res = await api().saveProjectAs({ handle, path });
    if (!res.ok) {
      reportError('errors.title.saveAs', res.error);
      return false;
    }
    editor.rebind(res.value);
    if (res.value.handle !== handle) void api().closeProject({ handle }).catch(() => undefined);
    return true;
  } catch (e) {
    reportError('errors.title.saveAs', toUiError(e));
    return false;
  }
}

/**
 * Save a copy…: the show as the window has it (a shared show included, at any time) written
 * as an ordinary local show file; the window stays on the show it has open. Resolves where
 * the copy went, or null.
 */
export async function saveCopyWithDialog(fallbackName: string): Promise<string | null> {
  const s = editor.store.getState();
  if (!s.doc) return null;
  // A local show's pending edits go to its own file first; a shared show's go to the server.
  if (!(await editor.flush())) {
    reportError('errors.title.saveCopy', unsavedReason());
    return null;
  }
  const doc = editor.store.getState().doc;
  if (!doc) return null;
  const suggestedName = fileNameFor(doc.settings.name, fallbackName);
  let path: string | null;
  try {
    path = await resolvePathChoice(await api().chooseProjectSaveLocation({ suggestedName }), 'save', suggestedName);
  } catch (e) {
    reportError('errors.title.saveCopy', toUiError(e));
    return null;
  }
  if (!path) return null;
  try {
    // What the user sees now (edits made while the chooser was open included).
    const res = await api().saveProjectCopy({ path, project: editor.store.getState().doc ?? doc });
    if (!res.ok) {
      reportError('errors.title.saveCopy', res.error);
      return null;
    }
    dialogStore.setState({ copySaved: res.value.path });
    return res.value.path;
  } catch (e) {
    reportError('errors.title.saveCopy', toUiError(e));
    return null;
  }
}

/** Ctrl+S: writes pending edits now; a failure is shown in the status bar and reported. */
export async function saveNow(): Promise<boolean> {
  if (!editor.store.getState().handle) return true;
  const ok = await editor.flush();
  if (!ok) reportError('errors.title.save', unsavedReason());
  return ok;
}
