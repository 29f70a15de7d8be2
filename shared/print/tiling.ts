/** One sheet of a tiled poster: which part of the poster (mm) its printable area shows. */
export interface Tile {
  col: number;
  row: number;
  /** Sheet name, column letter then row number: "B2". */
  name: string;
  /** Poster coordinates of the printable area's top-left corner (may be negative at the edges). */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TileGrid {
  cols: number;
  rows: number;
  overlap: number;
  tiles: Tile[];
}

/** Spreadsheet-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Sheets needed along one side: the first holds `print`, each further one adds `print − overlap`. */
export function tilesAlong(length: number, print: number, overlap: number): number {
  if (length <= print + 1e-6) return 1;
  return Math.ceil((length - overlap - 1e-6) / (print - overlap));
}

/**
 * Cuts a poster of `posterW` × `posterH` mm into sheets whose printable area is `printW` ×
 * `printH`, neighbours overlapping by `overlap` mm so they can be trimmed and joined. The
 * poster is centred in the area the sheets cover, so spare paper is shared by both edges.
 */
export function computeTiles(posterW: number, posterH: number, printW: number, printH: number, overlap: number): TileGrid {
  if (!(printW > overlap) || !(printH > overlap) || overlap < 0) {
    throw new RangeError(`printable area ${printW}×${printH} mm must exceed the ${overlap} mm overlap`);
  }
  const cols = tilesAlong(posterW, printW, overlap);
  const rows = tilesAlong(posterH, printH, overlap);
  const coverW = cols * printW - (cols - 1) * overlap;
  const coverH = rows * printH - (rows - 1) * overlap;
  const offX = (coverW - posterW) / 2;
  const offY = (coverH - posterH) / 2;
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      tiles.push({
        col,
        row,
        name: `${columnName(col)}${row + 1}`,
        x: col * (printW - overlap) - offX,
        y: row * (printH - overlap) - offY,
        w: printW,
        h: printH,
      });
    }
  }
  return { cols, rows, overlap, tiles };
}
