import { z } from 'zod';
import { Bilingual, IsoDate } from '../model/primitives';
import { OperationSchema } from '../ops/schema';
import type { ApiMethod } from './contract';

const Path = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'path contains NUL');
const Handle = z.string().min(1).max(64);

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
  openProject: z.object({ path: Path, readOnly: z.boolean().optional() }).strict(),
  openSample: z.undefined(),
  commitOperations: z
    .object({ handle: Handle, baseRevision: z.number().int().min(0), ops: z.array(OperationSchema).max(10_000) })
    .strict(),
  saveProjectAs: z.object({ handle: Handle, path: Path }).strict(),
  closeProject: z.object({ handle: Handle }).strict(),
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
      res.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  return res.data as RequestOf<M>;
}
