/**
 * Printing in the desktop app: the sheets are loaded into a hidden window (sandboxed, no
 * preload, JavaScript off, nothing fetched from the network) and printed by Chromium, to PDF
 * bytes for a download or to a printer through the system dialog.
 */
import { BrowserWindow, session as electronSession } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AssetData, PavilionApi, PrintRequest, Result } from '../../shared/ipc/contract';
import type { Project } from '../../shared/model/project';
import { parseVectorDrawing, type VectorDrawing } from '../../shared/drawing/compact';
import { hasVenueDrawing } from '../../shared/print/venue-drawing';
import { buildPrintJob } from './print-job';
import { denyAllPermissions, SECURE_WEB_PREFERENCES } from './window';

/** A print that takes longer is given up (a frozen printer driver must not hang the app). */
const PRINT_TIMEOUT_MS = 120_000;

export interface PrintServiceOptions {
  /** The open show of a handle, as the host last saved it. */
  /** The host's document of an open show, once loaded. */
  project(handle: string): Promise<Project | null>;
  /** The window the system print dialog belongs to. */
  parent(): BrowserWindow | null;
  /** Reads a file of the show's assets folder (the venue drawings a print includes). */
  readAsset?(req: { handle: string; assetId: string; fileName: string }): Promise<Result<AssetData>>;
}

/**
 * The stored vector drawings of the printed halls, when the print includes them. One that
 * cannot be read is left out: the print engine then warns and prints the hall without it.
 */
async function printDrawings(opts: PrintServiceOptions, req: PrintRequest): Promise<Record<string, VectorDrawing> | undefined> {
  const project = await opts.project(req.handle);
  if (!req.options.include?.venueDrawing || !project || !opts.readAsset) return undefined;
  const out: Record<string, VectorDrawing> = {};
  for (const id of req.options.halls) {
    const hall = Object.hasOwn(project.halls, id) ? project.halls[id] : undefined;
    if (!hall?.background || !hasVenueDrawing(project, hall) || Object.hasOwn(out, hall.background.assetId)) continue;
    const asset = project.assets[hall.background.assetId]!;
    const r = await opts.readAsset({ handle: req.handle, assetId: asset.id, fileName: asset.fileName });
    if (!r.ok) continue;
    const parsed = parseVectorDrawing(Buffer.from(r.value.dataBase64, 'base64').toString('utf8'));
    if (parsed.ok) out[asset.id] = parsed.drawing;
  }
  return out;
}

function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not finish in ${PRINT_TIMEOUT_MS / 1000} s`)), PRINT_TIMEOUT_MS);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/**
 * Loads the job's HTML from a private temp file into a hidden window and hands the window to
 * `use`; the window and the file are gone afterwards whatever happens.
 */
async function withPrintWindow<T>(html: string, parent: BrowserWindow | null, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pavilion-print-'));
  const file = join(dir, 'print.html');
  // An in-memory session of its own (no `persist:`): nothing shared with the app's session.
  const ses = electronSession.fromPartition('pavilion-print', { cache: false });
  // No permission asked (request) or probed (check) is granted in the print window either.
  denyAllPermissions(ses);
  ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !details.url.startsWith('file:') && !details.url.startsWith('data:') }));
  const win = new BrowserWindow({
    show: false,
    parent: parent ?? undefined,
    width: 800,
    height: 600,
    // The isolation flags are spelled out (they equal SECURE_WEB_PREFERENCES) so a static scan
    // of the bundle can see them; this window shows generated pages with scripts off.
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: false,
      session: ses,
    },
  });
  try {
    await writeFile(file, html, 'utf8');
    await withTimeout(win.loadFile(file), 'loading the pages');
    return await use(win);
  } finally {
    if (!win.isDestroyed()) win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

const failure = (e: unknown): Result<never> => ({ ok: false, error: { code: 'io', details: [e instanceof Error ? e.message : String(e)] } });

/** `printToPdf` and `printToPrinter` of the contract, for Electron's main process. */
export function createPrintService(opts: PrintServiceOptions): Pick<PavilionApi, 'printToPdf' | 'printToPrinter'> {
  return {
    async printToPdf(req: PrintRequest) {
      const job = buildPrintJob(await opts.project(req.handle), { ...req.options, drawings: await printDrawings(opts, req) });
      if (!job.ok) return job;
      try {
        const pdf = await withPrintWindow(job.value.html, opts.parent(), (win) =>
          withTimeout(win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }), 'printing to PDF'),
        );
        return { ok: true, value: { fileName: job.value.fileName, dataBase64: Buffer.from(pdf).toString('base64') } };
      } catch (e) {
        return failure(e);
      }
    },
    async printToPrinter(req: PrintRequest) {
      const job = buildPrintJob(await opts.project(req.handle), { ...req.options, drawings: await printDrawings(opts, req) });
      if (!job.ok) return job;
      try {
        await withPrintWindow(job.value.html, opts.parent(), (win) =>
          new Promise<void>((resolve, reject) => {
            win.webContents.print({ silent: false, printBackground: true, margins: { marginType: 'none' } }, (success, reason) => {
              // Cancelling the system dialog is the user's choice, not an error.
              if (success || reason === 'cancelled') resolve();
              else reject(new Error(reason || 'printing failed'));
            });
          }),
        );
        return { ok: true, value: null };
      } catch (e) {
        return failure(e);
      }
    },
  };
}
