import { readFile } from 'node:fs/promises';

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there and log an error on
 * every start), so the page leaves them out and the hosts add them to the header.
 */
const HEADER_ONLY = "frame-ancestors 'none'";

/**
 * The Content-Security-Policy of the renderer is written once, in `renderer/index.html`; the
 * hosts send the same policy as a header, plus `frame-ancestors` (which only a header can
 * set), for every file served. This reads it back from the built page.
 */
export function extractContentSecurityPolicy(html: string): string | null {
  for (const meta of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(meta)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta);
    const value = content?.[1] ?? content?.[2];
    if (value) {
      const policy = value.replace(/\s+/g, ' ').trim().replace(/;\s*$/, '');
      return /\bframe-ancestors\b/.test(policy) ? policy : `${policy}; ${HEADER_ONLY}`;
    }
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
