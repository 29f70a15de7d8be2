/** Drawing units a DXF can declare in `$INSUNITS`, and what one of each is in metres. */
export const DRAWING_UNITS = ['mm', 'cm', 'dm', 'm', 'km', 'in', 'ft', 'yd', 'us-ft'] as const;
export type DrawingUnit = (typeof DRAWING_UNITS)[number];

export const METRES_PER_UNIT: Record<DrawingUnit, number> = {
  mm: 0.001,
  cm: 0.01,
  dm: 0.1,
  m: 1,
  km: 1000,
  in: 0.0254,
  ft: 0.3048,
  yd: 0.9144,
  'us-ft': 1200 / 3937,
};

/** `$INSUNITS` codes (AutoCAD DXF reference); 0 (unitless) and codes we do not list give null. */
const BY_CODE: Partial<Record<number, DrawingUnit>> = { 1: 'in', 2: 'ft', 4: 'mm', 5: 'cm', 6: 'm', 7: 'km', 10: 'yd', 14: 'dm', 21: 'us-ft' };

export function unitOfInsUnits(code: number | null): DrawingUnit | null {
  return code === null ? null : (BY_CODE[code] ?? null);
}

/** "48.2 m × 31.0 m": a drawing's size in metres, shown before anything is saved. */
export function sizeInMetres(width: number, height: number, unit: DrawingUnit): { width: number; height: number } {
  const f = METRES_PER_UNIT[unit];
  return { width: width * f, height: height * f };
}
