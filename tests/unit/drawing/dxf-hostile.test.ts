import { describe, expect, it } from 'vitest';
import { DxfWriter } from '../../../shared/drawing/dxf-writer';
import { DXF_LIMITS, importDxf } from '../../../shared/drawing/import-dxf';
import { parseVectorDrawing, serializeVectorDrawing } from '../../../shared/drawing/compact';
import { load, pathsOf } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const errorOf = (bytes: Uint8Array | string, limits = {}) => {
  const r = importDxf(typeof bytes === 'string' ? enc(bytes) : bytes, { limits });
  return r.ok ? null : r.error.code;
};

describe('hostile and broken DXF files', () => {
  it('a POLYLINE without vertices (and without SEQEND) neither hangs nor hides what follows', () => {
    const w = new DxfWriter().raw([0, 'POLYLINE'], [8, '0'], [66, 1], [70, 1]).line('0', 0, 0, 5, 5).raw([0, 'POLYLINE'], [8, '0'], [66, 1]);
    const d = load(w.toString());
    expect(pathsOf(d)).toHaveLength(1);
    expect(d.summary.skipped.empty).toBe(2);
  });

  it('a VERTEX outside any POLYLINE is counted as unreadable', () => {
    const d = load(new DxfWriter().line('0', 0, 0, 1, 1).raw([0, 'SEQEND']).raw([0, 'VERTEX'], [10, 1], [20, 2]).toString());
    expect(d.summary.skipped.unreadable).toBe(1);
  });

  it('refuses DWG, non-DXF, truncated and mangled files with a code', () => {
    expect(errorOf('AC1032\0\0\0\0binary dwg')).toBe('dwg');
    expect(errorOf('%PDF-1.7')).toBe('not-dxf');
    expect(errorOf(new Uint8Array(0))).toBe('not-dxf');
    const full = new DxfWriter().line('0', 0, 0, 1, 1).line('0', 1, 1, 2, 2).toString();
    expect(errorOf(full.slice(0, full.length - 40))).toBe('truncated');
    expect(errorOf(full.replace('\r\n 10\r\n', '\r\nten\r\n'))).toBe('corrupt');
    const bin = new DxfWriter().line('0', 0, 0, 1, 1).toBinary();
    expect(errorOf(bin.subarray(0, bin.length - 30))).toBe('truncated');
    expect(errorOf(new DxfWriter().toString())).toBe('empty');
  });

  it('refuses a 200 MB file before reading it, and 10⁶ entities at the entity cap', () => {
    expect(errorOf(new Uint8Array(200 * 1024 * 1024))).toBe('too-large');
    const head = new DxfWriter().toString().split('  0\r\nENDSEC\r\n  0\r\nEOF')[0]!;
    const million = head + '  0\r\nPOINT\r\n'.repeat(1_000_000) + '  0\r\nENDSEC\r\n  0\r\nEOF\r\n';
    const t0 = performance.now();
    expect(errorOf(million)).toBe('too-many-entities');
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(DXF_LIMITS.maxEntities).toBeLessThan(1_000_000);
  });

  it('stops at the entity cap, at the drawn-entity cap (huge arrays) and at the time cap', () => {
    const many = new DxfWriter();
    for (let i = 0; i < 1001; i++) many.line('0', i, 0, i, 1);
    expect(errorOf(many.toString(), { maxEntities: 1000 })).toBe('too-many-entities');
    const arrays = new DxfWriter().block('B').line('0', 0, 0, 1, 0).endBlock().insert('0', 'B', 0, 0, { cols: 30000, rows: 30000, dc: 1, dr: 1 });
    expect(errorOf(arrays.toString())).toBe('too-many-entities');
    let t = 0;
    const r = importDxf(enc(many.toString()), { now: () => (t += 50), limits: { maxMillis: 1000 } });
    expect(!r.ok && r.error.code).toBe('timeout');
  });

  it('survives NaN and infinite coordinates, and reports them', () => {
    const w = new DxfWriter().line('0', 0, 0, 1, 1).raw([0, 'LINE'], [8, '0'], [10, 'nan'], [20, 0], [11, 1], [21, 1]).raw([0, 'CIRCLE'], [8, '0'], [10, 0], [20, 0], [40, -5]);
    const d = load(w.toString());
    expect(pathsOf(d)).toHaveLength(1);
    expect(d.summary.skipped['invalid-geometry']).toBe(2);
  });

  it('an arc or an ellipse with an angle of 1e300 (a damaged file) is read in a moment, not looped over forever', () => {
    const w = new DxfWriter().arc('0', 0, 0, 5, 1e300, 90).ellipse('0', 0, 0, 10, 0, 0.5, 1e300, 1).line('0', 0, 0, 1, 1);
    const started = Date.now();
    const r = importDxf(new TextEncoder().encode(w.toString()), { limits: { maxMillis: 5_000 } });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(r.ok).toBe(true);
  });
});

describe('the stored form', () => {
  const d = load(new DxfWriter({ insUnits: 4 }).layer('W', 1).lwpolyline('W', [[0, 0], [100, 0], [100, 50]], true).text('W', 5, 5, 2, 'x').toString());

  it('round-trips through its text and is checked in full', () => {
    const back = parseVectorDrawing(serializeVectorDrawing(d));
    expect(back).toEqual({ ok: true, drawing: d });
    expect(serializeVectorDrawing(d).startsWith('{"format":"pavilion-drawing"')).toBe(true);
  });

  it('refuses counts that do not match the points, unknown layers and bad base64', () => {
    expect(parseVectorDrawing(serializeVectorDrawing({ ...d, paths: { ...d.paths, count: [4] } })).ok).toBe(false);
    expect(parseVectorDrawing(serializeVectorDrawing({ ...d, paths: { ...d.paths, layer: [3] } })).ok).toBe(false);
    expect(parseVectorDrawing(serializeVectorDrawing({ ...d, paths: { ...d.paths, xy: '!!!!' } })).ok).toBe(false);
    expect(parseVectorDrawing('{"format":"pavilion-drawing"').ok).toBe(false);
  });
});
