import { DxfWriter } from '../../../shared/drawing/dxf-writer';
import { importDxf } from '../../../shared/drawing/import-dxf';
import { VECTOR_DRAWING_MIME, type VectorDrawing } from '../../../shared/drawing/compact';
import type { Project } from '../../../shared/model/project';

/**
 * Hall 1's venue drawing in millimetres: its walls (72 × 46 m, the notch left out), a cross
 * through the hall on DOORS, 20 floor tiles on TILES and a text that must not be printed.
 */
export function venueDrawing(): VectorDrawing {
  const w = new DxfWriter({ insUnits: 4 }).layer('WALLS', 7).layer('DOORS', 1).layer('TILES', 8).layer('NOTES', 2);
  w.lwpolyline('WALLS', [[0, 0], [72_000, 0], [72_000, 46_000], [0, 46_000]], true);
  w.line('DOORS', 0, 0, 72_000, 46_000);
  w.line('DOORS', 0, 46_000, 72_000, 0);
  for (let i = 0; i < 20; i++) w.line('TILES', 1000 + i * 600, 500, 1400 + i * 600, 500);
  w.text('NOTES', 30_000, 44_000, 800, 'VENUE-NOTE-XYZ');
  const r = importDxf(w.toBytes());
  if (!r.ok) throw new Error(`import: ${r.error.code}`);
  return r.drawing;
}

/** The print fixture with the drawing under hall 1, its top-left corner at the hall's origin. */
export function withVenueDrawing(project: Project, d: VectorDrawing, hiddenLayers: string[] = []): Project {
  const asset = { id: 'a_venue', fileName: 'a_venue.drawing.json', mime: VECTOR_DRAWING_MIME, widthPx: Math.ceil(d.width), heightPx: Math.ceil(d.height) } as const;
  const h = project.halls['h_1']!;
  return {
    ...project,
    assets: { ...project.assets, a_venue: asset },
    halls: { ...project.halls, h_1: { ...h, background: { assetId: 'a_venue', x: 0, y: 0, metresPerPixel: 0.001, rotation: 0, calibration: null, opacity: 0.5, locked: true, hiddenLayers } } },
  };
}

