import { COMMAND_CATALOG, type CommandId, type CommandSpec, type ContextTarget, type Shortcut } from '../../../shared/commands/catalog';
import type { Point } from '../../../shared/model/primitives';
import { editor } from '../instance';
import { sessionStore } from '../session-store';

/** What a right-click on the plan hit (the context menu's subject). */
export interface PlanTarget {
  kind: ContextTarget;
  /** Booth or facility id for `booth` / `facility`. */
  id?: string;
  /** The hall under the pointer, if any. */
  hallId?: string | null;
  /** The point in plan (world) metres. */
  at?: Point;
}

/** How a command was invoked; commands read the subject from here, never from module state. */
export interface CommandContext {
  via: 'toolbar' | 'context' | 'shortcut' | 'menu';
  /** Shift held (Shift+arrow nudges 1 m). */
  shift: boolean;
  target: PlanTarget | null;
  /** Set when the user already agreed to a confirmation the command asked for. */
  confirmed?: boolean;
}

export interface CommandBehaviour {
  /** Whether it can run now (greys out the toolbar and context menu). Default: a project is open. */
  enabled?(ctx: CommandContext): boolean;
  run(ctx: CommandContext): void;
}

export interface AppCommand extends CommandSpec {
  id: CommandId;
  /** Locale key of the label (also the accessible name): `commands.<id>`. */
  labelKey: string;
  enabled(ctx?: Partial<CommandContext>): boolean;
  run(ctx?: Partial<CommandContext>): void;
}

const behaviours = new Map<CommandId, CommandBehaviour>();

/** Gives catalog commands their behaviour; each feature registers its own, once. */
export function registerCommands(entries: Partial<Record<CommandId, CommandBehaviour>>): void {
  for (const [id, b] of Object.entries(entries) as [CommandId, CommandBehaviour][]) {
    if (behaviours.has(id)) throw new Error(`command ${id} is registered twice`);
    behaviours.set(id, b);
  }
}

const fullContext = (ctx: Partial<CommandContext> = {}): CommandContext => ({ via: 'toolbar', shift: false, target: null, ...ctx });

function wrap(spec: CommandSpec): AppCommand {
  const id = spec.id as CommandId;
  // Closures, not methods: toolbars pass `run` around as a bare click handler.
  const enabled = (ctx?: Partial<CommandContext>): boolean => {
    const b = behaviours.get(id);
    if (!b) return false;
    if (!spec.global && !editor.store.getState().doc) return false;
    return b.enabled ? b.enabled(fullContext(ctx)) : true;
  };
  const run = (ctx?: Partial<CommandContext>): void => {
    const b = behaviours.get(id);
    const full = fullContext(ctx);
    if (!b || !enabled(full)) return;
    // Editor dialogs own the keyboard and the plan while open.
    if (!spec.global && sessionStore.getState().dialog) return;
    b.run(full);
  };
  return { ...spec, id, labelKey: `commands.${id}`, enabled, run };
}

const ALL: readonly AppCommand[] = COMMAND_CATALOG.map(wrap);

/** Every command, in catalog order (the shortcut help lists them like this). */
export function allCommands(): readonly AppCommand[] {
  return ALL;
}

export function command(id: CommandId): AppCommand {
  const c = ALL.find((x) => x.id === id);
  if (!c) throw new Error(`unknown command ${id}`);
  return c;
}

/** Catalog ids with no behaviour registered (a test keeps this empty). */
export function unregistered(): CommandId[] {
  return ALL.filter((c) => !behaviours.has(c.id)).map((c) => c.id);
}

/** Commands offered when the user right-clicks this kind of thing on the plan. */
export function contextCommands(kind: ContextTarget): AppCommand[] {
  return ALL.filter((c) => (c.context as readonly ContextTarget[] | undefined)?.includes(kind));
}

/** Whether a key event matches a shortcut (letters compare case-insensitively). */
export function matchesShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, s: Shortcut): boolean {
  if (e.altKey) return false;
  const mod = e.ctrlKey || e.metaKey;
  if (Boolean(s.mod) !== mod) return false;
  const isLetter = /^[a-z]$/i.test(s.key);
  if (isLetter && Boolean(s.shift) !== e.shiftKey) return false;
  return isLetter ? e.key.toLowerCase() === s.key : e.key === s.key;
}

/**
 * The command a key press means, if any: among the app's shortcuts (the shell's listener) or
 * the plan's keys (`plan` in the catalog: the plan's input router).
 */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, inTextField: boolean, scope: 'app' | 'plan' = 'app'): AppCommand | null {
  for (const c of ALL) {
    if (inTextField && !c.inTextFields) continue;
    if (Boolean(c.plan) !== (scope === 'plan')) continue;
    if (c.shortcuts.some((s) => matchesShortcut(e, s))) return c;
  }
  return null;
}
