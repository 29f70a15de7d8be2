import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AssetService, sniffImage } from '../../../electron/services/assets';
import { serializeVectorDrawing, VECTOR_DRAWING_MIME } from '../../../shared/drawing/compact';
import { DxfWriter } from '../../../shared/drawing/dxf-writer';
import { importDxf } from '../../../shared/drawing/import-dxf';

function png(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(h * (w * 3 + 1)))), chunk('IEND', Buffer.alloc(0))]);
}

function jpegHeader(w: number, h: number): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, h >> 8, h & 0xff, w >> 8, w & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0]), sof, Buffer.from([0xff, 0xd9])]);
}

describe('asset service', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-assets-'));
  const project = join(dir, 'expo.pavilion.json');
  const svc = new AssetService((h) => (h === 'h1' ? { path: project, readOnly: false } : h === 'ro' ? { path: project, readOnly: true } : null));

  it('reads sizes from PNG and JPEG headers', () => {
    expect(sniffImage(png(20, 10))).toMatchObject({ ok: true, mime: 'image/png', width: 20, height: 10 });
    expect(sniffImage(jpegHeader(640, 480))).toMatchObject({ ok: true, mime: 'image/jpeg', width: 640, height: 480 });
  });

  it('stores a PNG beside the project and reads it back', async () => {
    const r = await svc.importAsset({ handle: 'h1', fileName: 'hall.png', dataBase64: png(20, 10).toString('base64') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ mime: 'image/png', widthPx: 20, heightPx: 10 });
    expect(readdirSync(join(dir, 'expo.assets'))).toContain(r.value.fileName);
    const back = await svc.readAsset({ handle: 'h1', assetId: r.value.id, fileName: r.value.fileName });
    expect(back.ok && Buffer.from(back.value.dataBase64, 'base64').equals(png(20, 10))).toBe(true);
  });

  it('refuses text, truncated PNGs, huge pixel counts, read-only shows and folder names', async () => {
    const text = await svc.importAsset({ handle: 'h1', fileName: 'a.png', dataBase64: Buffer.from('hello').toString('base64') });
    expect(!text.ok && text.error.code).toBe('unsupported');
    const cut = png(20, 10).subarray(0, 40);
    const trunc = await svc.importAsset({ handle: 'h1', fileName: 'a.png', dataBase64: cut.toString('base64') });
    expect(!trunc.ok && trunc.error.code).toBe('corrupt');
    const huge = await svc.importAsset({ handle: 'h1', fileName: 'a.jpg', dataBase64: jpegHeader(65000, 65000).toString('base64') });
    expect(!huge.ok && huge.error.code).toBe('too-large');
    const ro = await svc.importAsset({ handle: 'ro', fileName: 'a.png', dataBase64: png(2, 2).toString('base64') });
    expect(!ro.ok && ro.error.code).toBe('permission');
    const esc = await svc.readAsset({ handle: 'h1', assetId: 'x', fileName: '../expo.pavilion.json' });
    expect(!esc.ok && esc.error.code).toBe('not-allowed');
  });
});

describe('asset service: vector drawings imported from DXF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-assets-dxf-'));
  const project = join(dir, 'expo.pavilion.json');
  const svc = new AssetService((h) => (h === 'h1' ? { path: project, readOnly: false } : null));
  const imported = importDxf(new TextEncoder().encode(new DxfWriter({ insUnits: 4 }).line('0', 0, 0, 48200, 31000).toString()));
  if (!imported.ok) throw new Error('fixture');
  const text = serializeVectorDrawing(imported.drawing);

  it('stores a checked drawing as <id>.drawing.json and reads it back unchanged', async () => {
    const r = await svc.importAsset({ handle: 'h1', fileName: 'hall.dxf', dataBase64: Buffer.from(text).toString('base64') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ mime: VECTOR_DRAWING_MIME, widthPx: 48200, heightPx: 31000 });
    expect(r.value.fileName).toMatch(/\.drawing\.json$/);
    const back = await svc.readAsset({ handle: 'h1', assetId: r.value.id, fileName: r.value.fileName });
    expect(back.ok && back.value.mime).toBe(VECTOR_DRAWING_MIME);
    expect(back.ok && Buffer.from(back.value.dataBase64, 'base64').toString('utf8')).toBe(text);
  });

  it('refuses a drawing whose points do not match its counts, and writes nothing', async () => {
    const before = readdirSync(join(dir, 'expo.assets')).length;
    const bad = serializeVectorDrawing({ ...imported.drawing, paths: { ...imported.drawing.paths, count: [3] } });
    const r = await svc.importAsset({ handle: 'h1', fileName: 'hall.dxf', dataBase64: Buffer.from(bad).toString('base64') });
    expect(!r.ok && r.error.code).toBe('corrupt');
    expect(readdirSync(join(dir, 'expo.assets'))).toHaveLength(before);
  });
});
