/**
 * Longest piece of outside text (a key, an id, a value from a file or a request) that goes
 * into a message. A hostile file can hold a 50 MB key; a message quoting it twice must not
 * grow to 100 MB, and nobody reads past the first line anyway.
 */
export const MAX_QUOTED = 120;

/**
 * `text` cut (not splitting a surrogate pair) so that, with an ellipsis and the full length
 * after it, it is at most `max` characters.
 */
export function clipText(text: string, max = MAX_QUOTED): string {
  if (text.length <= max) return text;
  const tail = `… (${text.length} characters)`;
  let end = Math.max(0, max - tail.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}${tail}`;
}

/** Whole messages (already containing clipped quotes) are kept under this many characters. */
export const MAX_MESSAGE = 2000;

export function clipMessage(text: string): string {
  return clipText(text, MAX_MESSAGE);
}
