import { realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** Content types of what a Vite build of the renderer contains. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file inside `root`, or null when it would leave it (`..`, encoded
 * `%2e%2e`, backslashes, NUL) or cannot be decoded. `/` and folder paths mean `index.html`.
 * Lexical only: `resolveStaticFile` also checks where symlinks lead.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  let rel = decoded.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const base = resolve(root);
  const full = resolve(base, rel);
  return full.startsWith(base + sep) ? full : null;
}

/**
 * The regular file a URL path names inside `root`, with symlinks resolved and still inside
 * the (resolved) root; null for anything else (missing, a folder without index, outside).
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  const lexical = resolveStaticPath(root, urlPath);
  if (!lexical) return null;
  try {
    let real = await realpath(lexical);
    let info = await stat(real);
    if (info.isDirectory()) {
      real = await realpath(resolve(real, 'index.html'));
      info = await stat(real);
    }
    const realRoot = await realpath(root);
    if (!info.isFile() || !real.startsWith(realRoot + sep)) return null;
    return real;
  } catch {
    return null;
  }
}
