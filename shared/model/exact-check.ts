import type { z } from 'zod';

/**
 * A test of JSON data against a schema that answers `true` only when `schema.safeParse(value)`
 * would succeed and return a value deep-equal to `value` itself: every check passes, no
 * default is filled in, nothing is dropped. `false` means "ask zod" (the value may still be
 * valid, e.g. a file written before a field with a default existed), so zod stays the one
 * judge of what is refused and of every message a user sees.
 *
 * Meant for the output of `JSON.parse` (plain objects and arrays, no symbols, getters or
 * `undefined`) and for records decoded from a sync update (plain data too, except that an
 * `undefined`, a byte array or an object with another prototype may come in: each answers
 * `false`). It is built from the schema's own definition, so a field or check added to
 * the model is checked here too; any construct it does not know (optional keys, unions
 * without a discriminator, transforms, custom refinements…) makes it answer `false` for
 * everything, never a wrong `true`.
 */
export type ExactCheck = (value: unknown) => boolean;

/** What is read from zod's definitions (zod 4's `schema._zod.def`, the basis of `z.toJSONSchema`). */
interface Def {
  type: string;
  checks?: readonly Schemaish[];
  check?: string;
  coerce?: boolean;
  // string/number checks
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  // literal, enum
  values?: readonly unknown[];
  entries?: Record<string, unknown>;
  // wrappers
  innerType?: Schemaish;
  // containers
  element?: Schemaish;
  items?: readonly Schemaish[];
  rest?: Schemaish | null;
  shape?: Record<string, Schemaish>;
  catchall?: Schemaish;
  keyType?: Schemaish;
  valueType?: Schemaish;
  mode?: string;
  options?: readonly Schemaish[];
  discriminator?: string;
  unionFallback?: boolean;
}
interface Schemaish {
  _zod: { def: Def; optin?: string };
}

const never: ExactCheck = () => false;
/** String formats whose zod check is nothing but their pattern. */
const PATTERN_FORMATS = new Set(['regex', 'date', 'datetime']);

/** Compiles `schema` once; the returned test is called per document. */
export function compileExactCheck(schema: z.ZodType): ExactCheck {
  return compile(schema as unknown as Schemaish) ?? never;
}

/** null: the schema uses something this compiler does not reproduce exactly. */
function compile(schema: Schemaish): ExactCheck | null {
  const def = schema._zod.def;
  if (def.coerce) return null;
  // A schema can itself be a check (`z.iso.datetime()`), besides the checks it carries.
  const checkDefs = [...(def.check !== undefined ? [def] : []), ...(def.checks ?? []).map((c) => c._zod.def)];
  // Strings and numbers (most of a show) get one closure with their checks folded in.
  if (def.type === 'string') return compileString(checkDefs);
  if (def.type === 'number') return compileNumber(checkDefs);
  const base = compileType(def);
  if (!base) return null;
  if (checkDefs.length === 0) return base;
  const checks: ExactCheck[] = [];
  for (const c of checkDefs) {
    const check = compileCheck(c);
    if (!check) return null;
    checks.push(check);
  }
  return (v) => {
    if (!base(v)) return false;
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(v)) return false;
    return true;
  };
}

function compileString(checkDefs: readonly Def[]): ExactCheck | null {
  let min = 0;
  let max = Infinity;
  const patterns: RegExp[] = [];
  for (const c of checkDefs) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum!);
    else if (c.check === 'max_length') max = Math.min(max, c.maximum!);
    else if (c.check === 'length_equals') {
      min = Math.max(min, c.length!);
      max = Math.min(max, c.length!);
    } else if (c.check === 'string_format' && c.pattern && PATTERN_FORMATS.has(c.format ?? '')) patterns.push(c.pattern);
    else return null;
  }
  const [only] = patterns;
  if (!only) return (v) => typeof v === 'string' && v.length >= min && v.length <= max;
  if (patterns.length === 1) {
    return (v) => {
      if (typeof v !== 'string' || v.length < min || v.length > max) return false;
      only.lastIndex = 0;
      return only.test(v);
    };
  }
  return (v) => {
    if (typeof v !== 'string' || v.length < min || v.length > max) return false;
    for (const p of patterns) {
      p.lastIndex = 0;
      if (!p.test(v)) return false;
    }
    return true;
  };
}

function compileNumber(checkDefs: readonly Def[]): ExactCheck | null {
  let min = -Infinity;
  let minInclusive = true;
  let max = Infinity;
  let maxInclusive = true;
  let int = false;
  for (const c of checkDefs) {
    if (c.check === 'greater_than' && typeof c.value === 'number') {
      if (c.value > min || (c.value === min && !c.inclusive)) {
        min = c.value;
        minInclusive = c.inclusive === true;
      }
    } else if (c.check === 'less_than' && typeof c.value === 'number') {
      if (c.value < max || (c.value === max && !c.inclusive)) {
        max = c.value;
        maxInclusive = c.inclusive === true;
      }
    } else if (c.check === 'number_format' && c.format === 'safeint') int = true;
    else return null;
  }
  return (v) => {
    // zod refuses NaN and ±Infinity for every number.
    if (typeof v !== 'number' || !Number.isFinite(v)) return false;
    if (int && !Number.isSafeInteger(v)) return false;
    if (minInclusive ? v < min : v <= min) return false;
    return maxInclusive ? v <= max : v < max;
  };
}

/** The checks other than strings' and numbers' (which fold theirs in): lengths of arrays. */
function compileCheck(c: Def): ExactCheck | null {
  switch (c.check) {
    case 'min_length': {
      const min = c.minimum!;
      return (v) => (v as { length: number }).length >= min;
    }
    case 'max_length': {
      const max = c.maximum!;
      return (v) => (v as { length: number }).length <= max;
    }
    case 'length_equals': {
      const len = c.length!;
      return (v) => (v as { length: number }).length === len;
    }
    default:
      return null;
  }
}

function compileType(def: Def): ExactCheck | null {
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'null':
      return (v) => v === null;
    case 'literal': {
      // JSON values only: a literal `undefined` would pass for an absent key (see objects).
      if (!(def.values ?? []).every((x) => x === null || ['string', 'number', 'boolean'].includes(typeof x))) return null;
      const values = new Set(def.values);
      return (v) => values.has(v);
    }
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (!values.every((x) => typeof x === 'string')) return null;
      const set = new Set<unknown>(values);
      return (v) => set.has(v);
    }
    case 'nullable': {
      const inner = compile(def.innerType!);
      return inner && ((v) => v === null || inner(v));
    }
    case 'default': {
      // Present and valid as it is: an absent value would be replaced by the default.
      const inner = compile(def.innerType!);
      return inner && ((v) => v !== undefined && inner(v));
    }
    case 'array': {
      const element = compile(def.element!);
      if (!element) return null;
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'tuple':
      return compileTuple(def);
    case 'object':
      return compileObject(def);
    case 'record':
      return compileRecord(def);
    case 'union':
      return compileDiscriminated(def);
    default:
      return null;
  }
}

function compileTuple(def: Def): ExactCheck | null {
  if (def.rest) return null;
  const items: ExactCheck[] = [];
  for (const item of def.items ?? []) {
    // An optional slot may be left out or truncated: not reproduced.
    if (item._zod.optin !== undefined) return null;
    const check = compile(item);
    if (!check) return null;
    items.push(check);
  }
  const n = items.length;
  return (v) => {
    if (!Array.isArray(v) || v.length !== n) return false;
    for (let i = 0; i < n; i++) if (!items[i]!(v[i])) return false;
    return true;
  };
}

function compileObject(def: Def): ExactCheck | null {
  if (def.catchall) return null;
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  if (Object.getOwnPropertySymbols(shape).length > 0 || keys.includes('__proto__')) return null;
  const checks: ExactCheck[] = [];
  for (const key of keys) {
    // Every key must be present (below), so a default is never filled in; an optional
    // field is not supported by `compile`.
    const check = compile(shape[key]!);
    if (!check) return null;
    checks.push(check);
  }
  const n = keys.length;
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    // Values decoded from elsewhere than JSON.parse (a sync update: lib0 assigns each key, so a
    // `__proto__` key sets the prototype) may inherit fields the checks below would read.
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return false;
    const o = v as Record<string, unknown>;
    // No check here passes `undefined` (nor an inherited Object.prototype member), so a key
    // that passes is present: zod has nothing to fill in. (No Object.hasOwn per key: it made
    // the whole check twice as slow.)
    for (let i = 0; i < n; i++) if (!checks[i]!(o[keys[i]!])) return false;
    // All declared keys are there; one more would be dropped by zod.
    return Object.keys(o).length === n;
  };
}

function compileRecord(def: Def): ExactCheck | null {
  const keyDef = def.keyType!._zod.def;
  // Plain string keys only: a key schema with checks or values changes which keys are kept.
  if (keyDef.type !== 'string' || keyDef.coerce || keyDef.check !== undefined || (keyDef.checks?.length ?? 0) > 0 || def.mode !== undefined) return null;
  const value = compile(def.valueType!);
  if (!value) return null;
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return false;
    const o = v as Record<string, unknown>;
    for (const key in o) {
      // zod leaves a `__proto__` key out of its output.
      if (key === '__proto__' || !value(o[key])) return false;
    }
    return true;
  };
}

function compileDiscriminated(def: Def): ExactCheck | null {
  const disc = def.discriminator;
  if (disc === undefined || def.unionFallback) return null;
  const byTag = new Map<unknown, ExactCheck>();
  for (const option of def.options ?? []) {
    const tag = option._zod.def.type === 'object' ? option._zod.def.shape?.[disc] : undefined;
    if (!tag || tag._zod.def.type !== 'literal') return null;
    const check = compile(option);
    if (!check) return null;
    for (const value of tag._zod.def.values ?? []) {
      if (byTag.has(value)) return null;
      byTag.set(value, check);
    }
  }
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const check = byTag.get((v as Record<string, unknown>)[disc]);
    return check !== undefined && check(v);
  };
}
