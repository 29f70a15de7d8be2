import type { PrintablePage } from '../../shared/print/document';

const num = (n: number) => String(Math.round(n * 1000) / 1000);

export interface SheetClass {
  /** CSS class giving the sheet its named page. */
  className: string;
}

/**
 * Print CSS for the print route: one named `@page` per sheet size (as `printDocumentHtml`
 * does for the desktop PDF), so Chromium's PDF and print preview give every sheet its own
 * paper size; the first sheet's size is the default page.
 */
export function pageCss(pages: readonly PrintablePage[]): { css: string; classes: string[] } {
  const sizes = new Map<string, string>();
  const classes = pages.map((p) => {
    const key = `${num(p.widthMm)}x${num(p.heightMm)}`;
    let name = sizes.get(key);
    if (!name) sizes.set(key, (name = `pv-sheet-${sizes.size}`));
    return name;
  });
  let css = '';
  const first = pages[0];
  if (first) css += `@page{size:${num(first.widthMm)}mm ${num(first.heightMm)}mm;margin:0}`;
  for (const [key, name] of sizes) {
    const [w, h] = key.split('x');
    css += `@page ${name}{size:${w}mm ${h}mm;margin:0}.${name}{page:${name};width:${w}mm;height:${h}mm}`;
  }
  return { css, classes };
}
