/**
 * Ajv over the document model. The bundled schemas were compiled at build time (standalone code from
 * scripts/build-validators.mjs, with the same options): a lint with them compiles nothing. A set with
 * team schemas gets one Ajv instance, and each of its validators is compiled once, on first use.
 * `x-mlsd` and `x-mlsd-case` are annotation keywords whose values are themselves validated, so strict
 * mode stays on and a broken team schema fails loudly when it loads.
 */
import Ajv2020Import from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import xMlsdMeta from '../../schemas/x-mlsd.meta.json' with { type: 'json' };
import xMlsdCaseMeta from '../../schemas/x-mlsd-case.meta.json' with { type: 'json' };
// Shared with scripts/build-validators.mjs, so the build-time validators check what run-time ones do.
import AJV_OPTIONS from './ajv-options.json' with { type: 'json' };
import { SchemaSet, type JsonSchema } from './rulebook.js';
import { BUILTIN_SCHEMAS } from './builtin.js';
// Generated at build time by scripts/build-validators.mjs (`npm run build`).
import { GENERATED_VALIDATORS } from './generated/validators.js';

const BUILTIN = new Set<object>(BUILTIN_SCHEMAS);

const Ajv2020 = Ajv2020Import.default ?? Ajv2020Import;
type AjvInstance = InstanceType<typeof Ajv2020>;

export class SchemaError extends Error {
  constructor(
    message: string,
    readonly schemaId?: string,
  ) {
    super(message);
    this.name = 'SchemaError';
  }
}

export class Validator {
  private ajv: AjvInstance | undefined;
  private readonly compiled = new Map<string, ValidateFunction>();

  /** `compileAll`: compile even the bundled schemas with Ajv (the tests compare both ways). */
  constructor(
    private readonly set: SchemaSet,
    private readonly compileAll = false,
  ) {}

  private instance(): AjvInstance {
    if (this.ajv) return this.ajv;
    // inlineRefs off (ajv-options.json): the 60-odd sections share one `section` function instead of 60
    // inlined copies, and unoptimised code: together they cut compiling the base schema from ~200 ms to
    // ~30 ms (startup cost).
    const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { optimize: false } });
    ajv.addKeyword({ keyword: 'x-mlsd', schemaType: 'object', metaSchema: xMlsdMeta });
    ajv.addKeyword({ keyword: 'x-mlsd-case', schemaType: 'object', metaSchema: xMlsdCaseMeta });
    for (const schema of this.set.schemas.values()) {
      try {
        // The bundled schemas are checked against the meta-schemas by the tests (schema-validity.test.ts);
        // re-checking them in every process would compile the 2020-12 meta-schema (~200 ms) for nothing.
        ajv.addSchema(schema, undefined, undefined, !BUILTIN.has(schema));
      } catch (e) {
        throw new SchemaError(`schema ${schema.$id} is not a valid JSON Schema: ${(e as Error).message}`, schema.$id);
      }
    }
    this.ajv = ajv;
    return ajv;
  }

  validator(schemaId: string): ValidateFunction {
    const hit = this.compiled.get(schemaId);
    if (hit) return hit;
    // A bundled schema (the very object we ship) has its build-time validator; it refers to bundled
    // schemas only, so team schemas in the set change nothing about it.
    const schema = this.set.schemas.get(schemaId);
    const built = !this.compileAll && schema && BUILTIN.has(schema) ? GENERATED_VALIDATORS[schemaId] : undefined;
    if (built) {
      const fn = built as ValidateFunction;
      this.compiled.set(schemaId, fn);
      return fn;
    }
    const ajv = this.instance();
    let fn: ValidateFunction | undefined;
    try {
      fn = ajv.getSchema(schemaId);
    } catch (e) {
      throw new SchemaError(`schema ${schemaId} does not compile: ${(e as Error).message}`, schemaId);
    }
    if (!fn) throw new SchemaError(`schema ${schemaId} is not loaded`, schemaId);
    this.compiled.set(schemaId, fn);
    return fn;
  }

  validate(schemaId: string, instance: unknown): ErrorObject[] {
    const fn = this.validator(schemaId);
    return fn(instance) ? [] : [...(fn.errors ?? [])];
  }
}

/** Checks one schema on its own (for a team's extra schema file), returning a readable error or undefined. */
export function checkSchema(set: SchemaSet, schema: JsonSchema): string | undefined {
  let fn: ValidateFunction;
  try {
    fn = new Validator(new SchemaSet([...set.schemas.values(), schema])).validator(schema.$id!);
  } catch (e) {
    return (e as Error).message;
  }
  // One trial run on an empty doc's model: a schema whose `allOf` (or `$ref`) leads back to itself
  // compiles, then recurses without end on every doc (a stack overflow at lint time, issue 17).
  try {
    fn({ steps: {}, topics: {} });
  } catch (e) {
    if (e instanceof RangeError) return `schema ${schema.$id} refers back to itself without end (an allOf or $ref cycle); remove the reference to its own $id`;
    return `schema ${schema.$id} fails on an empty doc: ${(e as Error).message}`;
  }
  return undefined;
}

/**
 * A team's schema file, as text: parsed, given `fallbackId` (its file URL) when it has no `$id` so its
 * absolute `$ref`s to ours resolve, and checked against the bundled schemas and the ones accepted before
 * it. The one place the CLI's config and the editor's `mlsd.schemas` setting accept a team schema.
 */
/**
 * Where and why JSON.parse failed, without the parser's quote of the text: a schema path may name any file
 * (a secrets file, /etc/passwd), and the message must not print its content.
 */
export function jsonErrorAt(text: string, message: string): string {
  const at = (pos: number, why: string) => {
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    return `line ${line}, column ${pos - before.lastIndexOf('\n')}: ${why}`;
  };
  const pos = /at position (\d+)/.exec(message);
  const why = /^[^"'\n]*?(?= in JSON| at position|$)/.exec(message.split('\n')[0]!)?.[0]?.trim() || 'unexpected text';
  if (pos) return at(Math.min(Number(pos[1]), text.length), why);
  if (/^Unexpected end/.test(message)) return at(text.length, 'the text ends too soon');
  const first = /\S/.exec(text);
  if (first && !/[[{"\d\-tfn]/.test(first[0])) return at(first.index, 'unexpected character');
  return 'unexpected character';
}

/**
 * The first `pattern` (or `patternProperties` key) of a schema that can backtrack without end, as a
 * problem to report; Ajv runs them with the JavaScript engine, which backtracks (`^(a|aa)+$` on a 45-character
 * topic id took 21 s). A repeated group that holds a choice or a repeat of its own (`(a|aa)+`, `(a+)+`,
 * `(a?b?)*`) is refused; patterns a schema needs (ids, simple shapes) do not need one.
 */
function riskyPattern(schema: unknown): string | undefined {
  const seen = new Set<unknown>();
  const walk = (node: unknown, at: string): string | undefined => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return undefined;
    seen.add(node);
    const rec = node as Record<string, unknown>;
    const check = (p: string, where: string) =>
      backtracks(p) ? `has a pattern "${p}" (at ${where}) that repeats a group that holds a choice or a repeat, which can take exponential time; rewrite it without such a group (e.g. ^a+$ for ^(a|aa)+$).` : undefined;
    if (typeof rec.pattern === 'string') {
      const bad = check(rec.pattern, `${at}/pattern`);
      if (bad) return bad;
    }
    if (rec.patternProperties && typeof rec.patternProperties === 'object') {
      for (const key of Object.keys(rec.patternProperties)) {
        const bad = check(key, `${at}/patternProperties`);
        if (bad) return bad;
      }
    }
    for (const [k, v] of Object.entries(rec)) {
      const bad = walk(v, `${at}/${k}`);
      if (bad) return bad;
    }
    return undefined;
  };
  return walk(schema, '');
}

/**
 * Whether a regex repeats (`*`, `+`, `{n,}`, `{n,m}` with m > 1) a group that holds `|` or a quantifier,
 * unless the group opens with a character nothing else in it can match (`(-[a-z]+)*`: each repeat starts
 * at a `-`, so there is one way to split the text).
 */
export function backtracks(pattern: string): boolean {
  const stack: Array<{ inner: boolean; start: number }> = [];
  let last: { inner: boolean; start: number; end: number } | undefined;
  let afterGroup = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const rest = pattern.slice(i);
    const repeats = c === '*' || c === '+' || (c === '{' && /^\{\d*,\d*\}/.test(rest) && !/^\{\d*,[01]\}/.test(rest));
    const quantifier = repeats || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(rest));
    if (quantifier) {
      if (afterGroup && repeats && last?.inner && !anchoredGroup(pattern.slice(last.start, last.end))) return true;
      if (stack.length > 0) stack[stack.length - 1]!.inner = true;
      afterGroup = false;
      continue;
    }
    afterGroup = false;
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') {
      const prefix = pattern[i + 1] === '?' ? (/^\(\?<[^=!>][^>]*>/.exec(rest)?.[0].length ?? 3) : 1;
      stack.push({ inner: false, start: i + prefix });
      i += prefix - 1;
    } else if (c === ')') {
      const g = stack.pop();
      if (g) {
        last = { ...g, end: i };
        if (g.inner && stack.length > 0) stack[stack.length - 1]!.inner = true;
      }
      afterGroup = true;
    } else if (c === '|') {
      if (stack.length > 0) stack[stack.length - 1]!.inner = true;
    }
  }
  return false;
}

/** A group body that opens with a plain character (not repeated, no choice at the top) that nothing after it can match. */
function anchoredGroup(body: string): boolean {
  const first = body[0];
  if (first === undefined || /[\\[().^$|*+?{]/.test(first) || /^.[*+?{]/.test(body)) return false;
  const rest = body.slice(1);
  // Every class and escape in the rest must refuse the opening character; so must the plain text left.
  const classes = /\[(?:\\.|[^\]])*\]|\\./g;
  for (const m of rest.matchAll(classes)) {
    try {
      if (new RegExp(`^${m[0]}$`, 'u').test(first)) return false;
    } catch {
      return false;
    }
  }
  const plain = rest.replace(classes, '');
  return !plain.includes('|') && !plain.includes(first) && !plain.includes('.');
}

export function readTeamSchema(text: string, fallbackId: string, before: readonly JsonSchema[]): { schema: JsonSchema } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { problem: `is not valid JSON (${jsonErrorAt(text, (e as Error).message)}).` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { problem: 'is not a JSON Schema: it must be a JSON object.' };
  const schema = parsed as JsonSchema;
  const risky = riskyPattern(schema);
  if (risky) return { problem: risky };
  if (typeof schema.$id !== 'string') schema.$id = fallbackId;
  const bad = checkSchema(new SchemaSet([...BUILTIN_SCHEMAS, ...before]), schema);
  return bad ? { problem: `is not a valid JSON Schema for mlsd-lint: ${bad.replace(/\s+/g, ' ')}` } : { schema };
}
