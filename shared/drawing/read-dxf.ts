import * as arc from 'dxf/lib/handlers/entity/arc.js';
import * as attrib from 'dxf/lib/handlers/entity/attrib.js';
import * as circle from 'dxf/lib/handlers/entity/circle.js';
import * as ellipse from 'dxf/lib/handlers/entity/ellipse.js';
import * as insert from 'dxf/lib/handlers/entity/insert.js';
import * as line from 'dxf/lib/handlers/entity/line.js';
import * as lwpolyline from 'dxf/lib/handlers/entity/lwpolyline.js';
import * as mtext from 'dxf/lib/handlers/entity/mtext.js';
import * as polyline from 'dxf/lib/handlers/entity/polyline.js';
import * as solid from 'dxf/lib/handlers/entity/solid.js';
import * as spline from 'dxf/lib/handlers/entity/spline.js';
import * as text from 'dxf/lib/handlers/entity/text.js';
import * as vertex from 'dxf/lib/handlers/entity/vertex.js';
import { readHatch } from './hatch';
import type { Pair } from './tokens';

/** One entity as the `dxf` handlers (or our HATCH reader) describe it. */
export type RawEntity = { type: string; layer?: string; paperSpace?: number } & Record<string, unknown>;

export interface RawLayer {
  name: string;
  /** AutoCAD colour index (1–255); negative in the file means the layer is off. */
  aci: number;
  /** 24-bit true colour (group 420), when the file gives one. */
  rgb: number | null;
  off: boolean;
  frozen: boolean;
}

export interface RawBlock {
  name: string;
  x: number;
  y: number;
  entities: RawEntity[];
}

export interface RawDrawing {
  acadVersion: string | null;
  /** `$INSUNITS`, or null when the header has none. */
  insUnits: number | null;
  layers: Map<string, RawLayer>;
  blocks: Map<string, RawBlock>;
  /** Model- and paper-space entities of the ENTITIES section. */
  entities: RawEntity[];
  /** Every entity read (block definitions included), by kind. */
  kinds: Record<string, number>;
  /** Entities whose group codes made no sense (a VERTEX outside a POLYLINE, a value before its key…). */
  unreadable: number;
  /** False when the file stops inside a section (cut off). */
  complete: boolean;
}

export class DxfLimitError extends Error {
  constructor(
    readonly code: 'too-many-entities' | 'timeout',
    readonly limit: number,
  ) {
    super(`${code} (${limit})`);
  }
}

type Handler = (tuples: Pair[]) => RawEntity;
const HANDLERS: Record<string, Handler> = {};
for (const m of [arc, attrib, circle, ellipse, insert, line, lwpolyline, mtext, polyline, solid, spline, text, vertex]) {
  HANDLERS[m.TYPE] = m.process as Handler;
}
HANDLERS.HATCH = readHatch;
// TRACE has the same four corners as SOLID.
HANDLERS.TRACE = (t) => ({ ...(solid.process(t) as RawEntity), type: 'SOLID' });

/** Spline fit points (groups 11/21), which the `dxf` handler does not keep. */
function fitPoints(tuples: Pair[]): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (const [c, v] of tuples) {
    if (c === 11) out.push({ x: Number(v), y: 0 });
    else if (c === 21 && out.length) out[out.length - 1]!.y = Number(v);
  }
  return out;
}

/**
 * Reads a DXF's pairs into layers, blocks and entities. Sections other than HEADER, TABLES,
 * BLOCKS and ENTITIES are skipped. A POLYLINE left open by a missing SEQEND is closed by the
 * next entity (the case that makes other readers loop forever). Stops with `DxfLimitError`
 * past `maxEntities` entities or when `checkTime()` says the time is up.
 */
export function readDxf(pairs: Iterable<Pair>, opts: { maxEntities: number; checkTime?: () => void; onPair?: () => void }): RawDrawing {
  const out: RawDrawing = { acadVersion: null, insUnits: null, layers: new Map(), blocks: new Map(), entities: [], kinds: {}, unreadable: 0, complete: false };
  let sawEof = false;
  let section: string | null = null;
  let expectSectionName = false;
  let headerVar: string | null = null;
  let group: Pair[] | null = null;
  let groupType = '';
  let block: RawBlock | null = null;
  let blockHeader = false;
  let table: string | null = null;
  let openPolyline: RawEntity | null = null;
  let count = 0;

  const target = (): RawEntity[] => (section === 'BLOCKS' ? (block?.entities ?? []) : out.entities);

  const finishEntity = () => {
    if (!group) return;
    const type = groupType;
    const tuples = group;
    group = null;
    if (section === 'TABLES') {
      if (type === 'LAYER' && table === 'LAYER') readLayer(tuples, out.layers);
      return;
    }
    if (section !== 'ENTITIES' && section !== 'BLOCKS') return;
    if (type === 'SEQEND') {
      openPolyline = null;
      return;
    }
    if (type === 'VERTEX') {
      if (!openPolyline) {
        out.unreadable++;
        return;
      }
      try {
        (openPolyline.vertices as unknown[]).push(vertex.process(tuples));
      } catch {
        out.unreadable++;
      }
      return;
    }
    openPolyline = null;
    if (++count > opts.maxEntities) throw new DxfLimitError('too-many-entities', opts.maxEntities);
    out.kinds[type] = (out.kinds[type] ?? 0) + 1;
    const h = HANDLERS[type];
    if (!h) {
      target().push({ type });
      return;
    }
    let e: RawEntity;
    try {
      e = h(tuples);
    } catch {
      out.unreadable++;
      return;
    }
    e.type = type === 'TRACE' ? 'SOLID' : type;
    if (type === 'SPLINE') e.fitPoints = fitPoints(tuples);
    if (type === 'POLYLINE') openPolyline = e;
    target().push(e);
  };

  for (const pair of pairs) {
    opts.onPair?.();
    const [code, value] = pair;
    if (code === 0) {
      finishEntity();
      opts.checkTime?.();
      const v = String(value);
      if (v === 'SECTION') {
        expectSectionName = true;
        section = null;
        continue;
      }
      if (v === 'ENDSEC') {
        section = null;
        table = null;
        continue;
      }
      if (v === 'EOF') {
        sawEof = true;
        break;
      }
      if (section === 'BLOCKS') {
        if (v === 'BLOCK') {
          block = { name: '', x: 0, y: 0, entities: [] };
          blockHeader = true;
          openPolyline = null;
          continue;
        }
        if (v === 'ENDBLK') {
          if (block && block.name && !out.blocks.has(block.name)) out.blocks.set(block.name, block);
          block = null;
          blockHeader = false;
          openPolyline = null;
          continue;
        }
        blockHeader = false;
      }
      if (section === 'TABLES') {
        if (v === 'TABLE') {
          table = '';
          continue;
        }
        if (v === 'ENDTAB') {
          table = null;
          continue;
        }
      }
      group = [];
      groupType = v;
      continue;
    }
    if (expectSectionName) {
      expectSectionName = false;
      if (code === 2) section = String(value).trim();
      continue;
    }
    if (section === 'HEADER') {
      if (code === 9) headerVar = String(value);
      else if (headerVar === '$INSUNITS' && code === 70) out.insUnits = Number(value);
      else if (headerVar === '$ACADVER' && code === 1) out.acadVersion = String(value).trim();
      continue;
    }
    if (section === 'TABLES' && table === '' && code === 2) {
      table = String(value).trim();
      continue;
    }
    if (blockHeader && block) {
      if (code === 2) block.name = String(value);
      else if (code === 10) block.x = Number(value);
      else if (code === 20) block.y = Number(value);
      continue;
    }
    group?.push(pair);
  }
  finishEntity();
  out.complete = sawEof || (section === null && !expectSectionName);
  return out;
}

function readLayer(tuples: Pair[], layers: Map<string, RawLayer>): void {
  let name = '';
  let aci = 7;
  let rgb: number | null = null;
  let flags = 0;
  for (const [c, v] of tuples) {
    if (c === 2) name = String(v);
    else if (c === 62) aci = Number(v);
    else if (c === 420) rgb = Number(v);
    else if (c === 70) flags = Number(v);
  }
  if (!name || layers.has(name)) return;
  layers.set(name, { name, aci: Number.isFinite(aci) ? Math.abs(aci) : 7, rgb: rgb !== null && Number.isFinite(rgb) ? rgb & 0xffffff : null, off: aci < 0, frozen: (flags & 1) === 1 });
}
