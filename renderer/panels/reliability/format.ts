/** A moment in the user's language, e.g. "2026/3/14 09:05" or "3/14/2026, 9:05 AM". */
export function formatTime(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The last part of a path, for sentences (the full path is shown beside it). */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
