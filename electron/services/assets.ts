import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { AssetData, ImportAssetRequest, Result } from '../../shared/ipc/contract';
import type { Asset } from '../../shared/model/entities';
import { newId } from '../../shared/model/ids';
import { parseVectorDrawing, VECTOR_DRAWING_MIME, VECTOR_DRAWING_SIGNATURE } from '../../shared/drawing/compact';
import { writeFileDurably } from './durable-file';
import { fail, ok } from './errors';
import { PROJECT_EXTENSION } from './project-format';

/** Largest venue drawing accepted, bytes. */
export const MAX_ASSET_BYTES = 30 * 1024 * 1024;
/** Largest venue drawing accepted, pixels (width × height): decoding more would stall the window. */
export const MAX_ASSET_PIXELS = 100_000_000;

export type SniffedImage =
  | { ok: true; mime: 'image/png' | 'image/jpeg'; width: number; height: number }
  | { ok: false; code: 'unsupported' | 'corrupt'; detail: string };

const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(buf: Uint8Array, sig: readonly number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** PNG size from its IHDR chunk, which the format requires to come first. */
function pngSize(buf: Buffer): SniffedImage {
  if (buf.length < 33 || buf.toString('latin1', 12, 16) !== 'IHDR') return { ok: false, code: 'corrupt', detail: 'PNG without an IHDR header' };
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  if (width === 0 || height === 0) return { ok: false, code: 'corrupt', detail: 'PNG of zero size' };
  if (buf.toString('latin1', buf.length - 8, buf.length - 4) !== 'IEND') return { ok: false, code: 'corrupt', detail: 'PNG is truncated (no IEND)' };
  return { ok: true, mime: 'image/png', width, height };
}

/** JPEG size from the first start-of-frame marker, walking the segments. */
function jpegSize(buf: Buffer): SniffedImage {
  let i = 2;
  while (i + 4 <= buf.length) {
    if (buf[i] !== 0xff) return { ok: false, code: 'corrupt', detail: `JPEG segment marker missing at byte ${i}` };
    const marker = buf[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const len = buf.readUInt16BE(i + 2);
    if (len < 2) return { ok: false, code: 'corrupt', detail: 'JPEG segment of impossible length' };
    // SOF0–SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > buf.length) break;
      const height = buf.readUInt16BE(i + 5);
      const width = buf.readUInt16BE(i + 7);
      if (width === 0 || height === 0) return { ok: false, code: 'corrupt', detail: 'JPEG of zero size' };
      return { ok: true, mime: 'image/jpeg', width, height };
    }
    i += 2 + len;
  }
  return { ok: false, code: 'corrupt', detail: 'JPEG without a frame header' };
}

/**
 * What a file really is, by its first bytes (never by its name): PNG or JPEG with its pixel
 * size; a PDF is reported unsupported here because the renderer sends its first page as PNG.
 */
export function sniffImage(buf: Buffer): SniffedImage {
  if (startsWith(buf, PNG_SIG)) return pngSize(buf);
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return jpegSize(buf);
  if (buf.toString('latin1', 0, 5) === '%PDF-') return { ok: false, code: 'unsupported', detail: 'a PDF must be rendered to an image first' };
  return { ok: false, code: 'unsupported', detail: 'not a PNG or JPEG image' };
}

function isVectorDrawing(buf: Buffer): boolean {
  return buf.toString('utf8', 0, VECTOR_DRAWING_SIGNATURE.length) === VECTOR_DRAWING_SIGNATURE;
}

/** `<folder>/<name>.assets/` beside `<folder>/<name>.pavilion.json`. */
export function assetsDirFor(projectPath: string): string {
  const name = basename(projectPath);
  const stem = name.toLowerCase().endsWith(PROJECT_EXTENSION) ? name.slice(0, -PROJECT_EXTENSION.length) : name;
  return join(dirname(projectPath), `${stem}.assets`);
}

const SAFE_NAME = /^[A-Za-z0-9_.-]+$/;

/** Venue drawings kept beside a show; the show file only references them by id. */
export class AssetService {
  constructor(private readonly fileOf: (handle: string) => { path: string; readOnly: boolean } | null) {}

  async importAsset(req: ImportAssetRequest): Promise<Result<Asset>> {
    const file = this.fileOf(req.handle);
    if (!file) return fail('unknown-handle');
    if (file.readOnly) return fail('permission', { path: file.path, details: ['the show was opened read-only'] });
    // Decoded size first: base64 is 4/3 of it, so this bounds the work before decoding.
    if ((req.dataBase64.length * 3) / 4 > MAX_ASSET_BYTES + 4) return fail('too-large', { details: [`larger than ${MAX_ASSET_BYTES / 1024 / 1024} MB`] });
    const buf = Buffer.from(req.dataBase64, 'base64');
    if (buf.length === 0) return fail('corrupt', { details: ['the file is empty'] });
    if (buf.length > MAX_ASSET_BYTES) return fail('too-large', { details: [`larger than ${MAX_ASSET_BYTES / 1024 / 1024} MB`] });
    if (isVectorDrawing(buf)) return this.importVectorDrawing(file.path, buf);
    const img = sniffImage(buf);
    if (!img.ok) return fail(img.code, { details: [img.detail] });
    if (img.width * img.height > MAX_ASSET_PIXELS) {
      return fail('too-large', { details: [`${img.width} × ${img.height} pixels is more than ${MAX_ASSET_PIXELS / 1e6} megapixels`] });
    }
    const id = newId('a');
    const fileName = `${id}.${img.mime === 'image/png' ? 'png' : 'jpg'}`;
    const dir = assetsDirFor(file.path);
    try {
      await mkdir(dir, { recursive: true });
      await writeFileDurably(join(dir, fileName), buf);
    } catch (e) {
      return fail('io', { path: dir, details: [e instanceof Error ? e.message : String(e)] });
    }
    return ok<Asset>({ id, fileName, mime: img.mime, widthPx: img.width, heightPx: img.height });
  }

  /**
   * A venue drawing imported from DXF, already flattened by the renderer's worker: checked
   * here in full (shape, counts, every point finite) before it is written, as any payload.
   */
  private async importVectorDrawing(projectPath: string, buf: Buffer): Promise<Result<Asset>> {
    const parsed = parseVectorDrawing(buf.toString('utf8'));
    if (!parsed.ok) return fail('corrupt', { details: [parsed.detail] });
    const id = newId('a');
    const fileName = `${id}.drawing.json`;
    const dir = assetsDirFor(projectPath);
    try {
      await mkdir(dir, { recursive: true });
      await writeFileDurably(join(dir, fileName), buf);
    } catch (e) {
      return fail('io', { path: dir, details: [e instanceof Error ? e.message : String(e)] });
    }
    const d = parsed.drawing;
    return ok<Asset>({ id, fileName, mime: VECTOR_DRAWING_MIME, widthPx: Math.max(1, Math.ceil(d.width)), heightPx: Math.max(1, Math.ceil(d.height)) });
  }

  async readAsset(req: { handle: string; assetId: string; fileName: string }): Promise<Result<AssetData>> {
    const file = this.fileOf(req.handle);
    if (!file) return fail('unknown-handle');
    if (!SAFE_NAME.test(req.fileName)) return fail('not-allowed', { details: ['asset names have no folders'] });
    const path = join(assetsDirFor(file.path), req.fileName);
    try {
      const st = await stat(path);
      if (st.size > MAX_ASSET_BYTES) return fail('too-large', { path });
      const buf = await readFile(path);
      if (isVectorDrawing(buf)) return ok<AssetData>({ mime: VECTOR_DRAWING_MIME, dataBase64: buf.toString('base64') });
      const img = sniffImage(buf);
      if (!img.ok) return fail(img.code, { path, details: [img.detail] });
      return ok<AssetData>({ mime: img.mime, dataBase64: buf.toString('base64') });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return fail(code === 'ENOENT' ? 'not-found' : 'io', { path, details: [e instanceof Error ? e.message : String(e)] });
    }
  }
}
