import { readFile } from 'node:fs/promises';

/**
 * The Content-Security-Policy of the renderer is written once, in `renderer/index.html`; the
 * hosts send the same policy as a header (which, unlike the meta tag, also covers
 * `frame-ancestors` and every file served). This reads it back from the built page.
 */
export function extractContentSecurityPolicy(html: string): string | null {
  for (const meta of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(meta)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta);
    const value = content?.[1] ?? content?.[2];
    if (value) return value.replace(/\s+/g, ' ').trim();
  }
  return null;
}

/** Used when the page has no policy of its own (never the case for a correct build): nothing loads. */
export const FALLBACK_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The policy of a built `index.html`, or the deny-all fallback when the file or tag is missing. */
export async function loadContentSecurityPolicy(indexHtmlPath: string): Promise<string> {
  try {
    return extractContentSecurityPolicy(await readFile(indexHtmlPath, 'utf8')) ?? FALLBACK_CSP;
  } catch {
    return FALLBACK_CSP;
  }
}
