import { escapeXml, num } from './escape';

export interface PrintablePage {
  svg: string;
  widthMm: number;
  heightMm: number;
}

/**
 * An HTML document holding the pages one per sheet, each sheet size declared as a named CSS
 * page, so Chromium's PDF output (`preferCSSPageSize`) gives every page its own paper size.
 * The pages draw their own margins; the document has none. No scripts: the CSP allows none.
 */
export function printDocumentHtml(pages: readonly PrintablePage[], title: string): string {
  const sizes = new Map<string, string>();
  const nameOf = (p: PrintablePage) => {
    const key = `${num(p.widthMm)}x${num(p.heightMm)}`;
    let name = sizes.get(key);
    if (!name) sizes.set(key, (name = `s${sizes.size}`));
    return name;
  };
  const body = pages.map((p) => `<div class="sheet ${nameOf(p)}">${p.svg}</div>`).join('\n');
  let css = 'html,body{margin:0;padding:0;background:#fff}.sheet{overflow:hidden;break-after:page;page-break-after:always}.sheet:last-child{break-after:auto;page-break-after:auto}.sheet>svg{display:block}';
  const first = pages[0];
  if (first) css += `@page{size:${num(first.widthMm)}mm ${num(first.heightMm)}mm;margin:0}`;
  for (const [key, name] of sizes) {
    const [w, h] = key.split('x');
    css += `@page ${name}{size:${w}mm ${h}mm;margin:0}.${name}{page:${name};width:${w}mm;height:${h}mm}`;
  }
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>${escapeXml(title)}</title><style>${css}</style></head><body>\n${body}\n</body></html>`
  );
}
