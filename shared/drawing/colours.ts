import { ACI_TABLE } from './aci-table';

/**
 * AutoCAD colour index (ACI) 1–255 to #rrggbb. Colour 7 is "white on a dark screen, black on a
 * light one": Pavilion's plan is light, so it is black.
 */
export function aciToHex(aci: number): string {
  const i = Math.round(Math.abs(aci));
  const rgb = ACI_TABLE[i];
  if (i === 7 || !rgb) return '#000000';
  return `#${((rgb[0] << 16) | (rgb[1] << 8) | rgb[2]).toString(16).padStart(6, '0')}`;
}
