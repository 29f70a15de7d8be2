import { z } from 'zod';
import { Bilingual, IsoDate } from '../model/primitives';
import { OperationSchema } from '../ops/schema';
import type { ApiMethod } from './contract';
import { clipMessage, clipText } from '../text/clip';

const Path = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'path contains NUL');
const Handle = z.string().min(1).max(64);
const Ops = z.array(OperationSchema).max(10_000);

const Mm = z.number().finite().min(0).max(10_000);

/**
 * The print dialog's options (`PrintOptions` of shared/print). Shapes and bounds only: the
 * print engine checks the values and says what is wrong in the user's language.
 */
export const PrintOptionsSchema = z
  .object({
    halls: z.array(z.string().min(1).max(64)).max(500),
    paper: z.union([z.enum(['A0', 'A1', 'A2', 'A3', 'A4', 'Letter', 'Tabloid']), z.object({ w: Mm, h: Mm }).strict()]),
    orientation: z.enum(['portrait', 'landscape', 'auto']).optional(),
    margins: z.union([Mm, z.object({ top: Mm.optional(), right: Mm.optional(), bottom: Mm.optional(), left: Mm.optional() }).strict()]).optional(),
    scale: z.union([z.literal('fit'), z.number().finite().positive().max(1e6)]).optional(),
    colouring: z.enum(['status', 'zone', 'sector', 'country']).optional(),
    labels: z.enum(['number', 'name-zh', 'name-en', 'both']).optional(),
    include: z
      .object({ titleBlock: z.boolean().optional(), legend: z.boolean().optional(), northArrow: z.boolean().optional(), scaleBar: z.boolean().optional(), directory: z.boolean().optional(), venueDrawing: z.boolean().optional() })
      .strict()
      .optional(),
    // The engine accepts logos up to 2 MB of data URL.
    logo: z.string().max(2_000_000).nullable().optional(),
    language: z.enum(['zh-CN', 'en']).optional(),
    overlapMm: z.number().finite().min(0).max(50).optional(),
    minFontMm: z.number().finite().min(0.8).max(20).optional(),
    northDeg: z.number().finite().min(-360).max(360).optional(),
    directorySort: z.enum(['name-en', 'pinyin', 'stroke', 'country', 'sector']).optional(),
    idPrefix: z.string().max(32).optional(),
    siteOverview: z.number().int().min(-10).max(100).nullable().optional(),
  })
  .strict();

/**
 * Argument schemas by method: the receiving side (main process or browser host) parses every
 * payload with these before a service sees it. `z.undefined()` for methods without argument.
 */
export const REQUEST_SCHEMAS = {
  getAppInfo: z.undefined(),
  getSettings: z.undefined(),
  updateSettings: z
    .object({
      language: z.enum(['zh-CN', 'en']).nullable().optional(),
      userName: z.string().max(200).optional(),
      window: z
        .object({
          x: z.number().int().optional(),
          y: z.number().int().optional(),
          width: z.number().int().min(200).max(20000),
          height: z.number().int().min(200).max(20000),
          maximized: z.boolean().optional(),
        })
        .nullable()
        .optional(),
    })
    .strict(),
  chooseProjectToOpen: z.undefined(),
  chooseProjectSaveLocation: z.object({ suggestedName: z.string().max(255) }).strict(),
  listDirectory: z.object({ dir: Path.nullable() }).strict(),
  createProject: z
    .object({
      path: Path,
      name: Bilingual,
      venue: Bilingual.optional(),
      start: IsoDate.nullable().optional(),
      end: IsoDate.nullable().optional(),
    })
    .strict(),
  openProject: z.object({ path: Path, readOnly: z.boolean().optional(), takeOver: z.boolean().optional() }).strict(),
  openSample: z.undefined(),
  commitOperations: z
    .object({ handle: Handle, baseRevision: z.number().int().min(0), ops: Ops })
    .strict(),
  saveProjectAs: z.object({ handle: Handle, path: Path }).strict(),
  // The show is checked whole by the service (schema and integrity, as an open checks it).
  saveProjectCopy: z.object({ path: Path, project: z.unknown() }).strict(),
  closeProject: z.object({ handle: Handle }).strict(),
  stashUnsaved: z.object({ handle: Handle, baseRevision: z.number().int().min(0), ops: Ops }).strict(),
  restoreUnsaved: z.object({ handle: Handle, partial: z.boolean().optional() }).strict(),
  discardUnsaved: z.object({ handle: Handle }).strict(),
  reloadAndReapply: z.object({ handle: Handle, ops: Ops }).strict(),
  listBackups: z.object({ path: Path }).strict(),
  openBackup: z.object({ path: Path }).strict(),
  restoreBackup: z.object({ path: Path, backup: Path }).strict(),
  // 30 MB of drawing as base64 is 40 MB of text; the service checks the decoded size.
  importAsset: z.object({ handle: Handle, fileName: z.string().min(1).max(255), dataBase64: z.string().max(42_000_000) }).strict(),
  readAsset: z.object({ handle: Handle, assetId: z.string().min(1).max(64), fileName: z.string().min(1).max(255).regex(/^[^/\\]+$/) }).strict(),
  // 30 MB of base64 is about 22 MB of file; the parser checks the decoded size again.
  parseImportFile: z
    .object({ fileName: z.string().min(1).max(255), dataBase64: z.string().max(30_000_000), sheetName: z.string().min(1).max(255).optional() })
    .strict(),
  renderExport: z
    .object({
      handle: Handle,
      kind: z.enum(['exhibitors-csv', 'exhibitors-xlsx', 'fascia-csv', 'fascia-xlsx', 'dashboard-xlsx']),
      language: z.enum(['zh', 'en']),
      exhibitorIds: z.array(z.string().max(64)).max(100_000).optional(),
    })
    .strict(),
  printToPdf: z.object({ handle: Handle, options: PrintOptionsSchema }).strict(),
  printToPrinter: z.object({ handle: Handle, options: PrintOptionsSchema }).strict(),
  startOfficeServer: z.object({ port: z.number().int().min(0).max(65535) }).strict(),
} satisfies Record<ApiMethod, z.ZodType>;

export type RequestOf<M extends ApiMethod> = z.infer<(typeof REQUEST_SCHEMAS)[M]>;

export class InvalidPayloadError extends Error {
  constructor(
    readonly method: string,
    readonly problems: string[],
  ) {
    super(`invalid payload for ${method}: ${problems.join('; ')}`);
    this.name = 'InvalidPayloadError';
  }
}

/** Parses a payload for a method or throws InvalidPayloadError naming the problems. */
export function parseRequest<M extends ApiMethod>(method: M, payload: unknown): RequestOf<M> {
  const schema = REQUEST_SCHEMAS[method] as z.ZodType;
  const res = schema.safeParse(payload);
  if (!res.success) {
    throw new InvalidPayloadError(
      method,
      // Keys come from the sender: each is clipped, so a 50 MB key makes a short message.
      res.error.issues.slice(0, 10).map((i) => clipMessage(`${i.path.map((p) => clipText(String(p))).join('.') || '(root)'}: ${i.message}`)),
    );
  }
  return res.data as RequestOf<M>;
}
