import { projectJsonOf } from '../services/project-json';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The body of a successful API call, `{"ok":true,"value":…}`, as parts to send in order.
 * When the value is a service `Result` whose value carries a show (`OpenedProject`,
 * `ReapplyResult`) and the show's exact file text is known (`projectJsonOf`), that text is
 * spliced in as it is instead of stringifying the document again: at 20,000 booths that is
 * ~150 ms less before the first byte, and no second 15 MB string. The client parses the
 * same JSON either way (the `project` key just comes last).
 */
export function apiReplyParts(value: unknown): (string | Uint8Array)[] {
  if (isRecord(value) && value.ok === true && Object.keys(value).length === 2 && isRecord(value.value)) {
    const { project, ...rest } = value.value;
    const json = projectJsonOf(project);
    if (json) {
      const fields = JSON.stringify(rest).slice(1, -1);
      return [`{"ok":true,"value":{"ok":true,"value":{${fields}${fields ? ',' : ''}"project":`, ...json, '}}}'];
    }
  }
  return [JSON.stringify({ ok: true, value })];
}
