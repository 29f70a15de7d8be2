/** The host's separator for a folder it gave us: backslash for Windows paths, slash otherwise. */
export function separatorOf(dir: string): '/' | '\\' {
  return /^[A-Za-z]:\\/.test(dir) || (dir.includes('\\') && !dir.includes('/')) ? '\\' : '/';
}

export function joinPath(dir: string, name: string): string {
  const sep = separatorOf(dir);
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

export interface Crumb {
  label: string;
  path: string;
}

/** Breadcrumb steps from the root to `dir` ("/", "/home", "/home/ana" or "C:\", "C:\Shows"). */
export function breadcrumbs(dir: string): Crumb[] {
  const sep = separatorOf(dir);
  const parts = dir.split(sep).filter((p, i) => p !== '' || i === 0);
  const crumbs: Crumb[] = [];
  if (sep === '/') {
    crumbs.push({ label: '/', path: '/' });
    let acc = '';
    for (const p of parts) {
      if (!p) continue;
      acc += `/${p}`;
      crumbs.push({ label: p, path: acc });
    }
    return crumbs;
  }
  let acc = '';
  for (const p of parts) {
    if (!p) continue;
    acc = acc ? `${acc.endsWith('\\') ? acc : `${acc}\\`}${p}` : `${p}\\`;
    crumbs.push({ label: p, path: acc });
  }
  return crumbs;
}

export const PROJECT_EXTENSION = '.pavilion.json';

/** The file name with the project extension added when missing. */
export function withProjectExtension(name: string): string {
  const trimmed = name.trim();
  if (trimmed.toLowerCase().endsWith(PROJECT_EXTENSION)) return trimmed;
  return `${trimmed.replace(/\.json$/i, '').replace(/\.pavilion$/i, '')}${PROJECT_EXTENSION}`;
}

/** True for a path the user typed that names a project file rather than a folder. */
export function isProjectPath(path: string): boolean {
  return path.trim().toLowerCase().endsWith(PROJECT_EXTENSION);
}

/** A plain file name (no folder parts) the host can create. */
export function isPlainFileName(name: string): boolean {
  return name.trim() !== '' && !/[\\/]/.test(name) && name.trim() !== '.' && name.trim() !== '..';
}
