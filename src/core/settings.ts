/**
 * The doc's own settings: the `mlsd:` key of its front matter, checked against
 * schemas/mlsd-settings.schema.json (whose definitions are the config file's, schemas/mlsdrc.schema.json)
 * and read into `DocSettings`. What does not fit is kept as problems for the settings rules to report
 * (rules/front-matter.ts, rules/unknown-setting.ts); the parts that fit still apply. Pure.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import settingsSchema from '../../schemas/mlsd-settings.schema.json' with { type: 'json' };
import { validateSettings } from './generated/settings-validator.js';
import type { FrontMatter } from './parse.js';
import type { SettingProblem } from './rules/context.js';
import type { DocSettings, SeveritySetting } from './types.js';

/** The keys `mlsd:` may hold: the schema's. */
export const KNOWN_SETTINGS: readonly string[] = Object.keys(settingsSchema.properties);

/** Compiled by Ajv at build time (scripts/build-validators.mjs); test/unit/validators.test.ts holds it to run-time Ajv. */
const validator = (): ValidateFunction => validateSettings as unknown as ValidateFunction;

export interface DocOwnSettings {
  own: DocSettings;
  problems: SettingProblem[];
  /** Offset of a key path (`mlsd.rules.placeholder`) inside the front matter; 0 without front matter. */
  keyOffset(path: string): number;
}

const allowed = (e: ErrorObject): readonly string[] => ((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String);

export function readSettings(fm: FrontMatter, text: string): DocOwnSettings {
  const fmStart = fm.node?.position?.start.offset ?? 0;
  const fmEnd = fm.node?.position?.end.offset ?? fmStart;
  // A key is looked for after its parent key, so `mlsd.rules.case` is not found at `mlsd.case`.
  const keyIndex = new Map<number, Map<string, number>>();
  const keyOffset = (path: string): number => {
    if (!fm.node) return 0;
    let from = fmStart;
    for (const key of path.split('.')) from = yamlKeyOffset(text, from, fmEnd, key, keyIndex);
    return from;
  };
  const own: DocSettings = {};
  const problems: SettingProblem[] = [];
  const data = fm.data;
  if (fm.error || data === undefined || data === null || typeof data !== 'object' || !('mlsd' in data)) return { own, problems, keyOffset };
  const raw = (data as Record<string, unknown>).mlsd;
  const v = validator();
  const bad = new Set<string>(); // instance paths with a problem: `/lang`, `/rules/placeholder`
  if (!v(raw)) {
    for (const e of v.errors ?? []) {
      const path = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
      if (path.length === 0) {
        if (e.keyword === 'additionalProperties') {
          const key = (e.params as { additionalProperty: string }).additionalProperty;
          problems.push({ kind: 'unknown-key', key, known: KNOWN_SETTINGS, offset: keyOffset(`mlsd.${key}`) });
        } else if (e.keyword === 'type') {
          problems.push({ kind: 'not-mapping', key: 'mlsd', offset: keyOffset('mlsd') });
          return { own, problems, keyOffset };
        }
        continue;
      }
      const [key, entry] = path as [string, string | undefined];
      const where = e.instancePath;
      if (bad.has(where)) continue; // one problem per value (type and pattern can both fail)
      bad.add(where);
      if ((key === 'waive' || key === 'rules') && entry === undefined) problems.push({ kind: 'not-mapping', key, offset: keyOffset(`mlsd.${key}`) });
      else if (key === 'rules' && entry !== undefined) {
        const value = (raw as { rules: Record<string, unknown> }).rules[entry];
        problems.push({ kind: 'bad-value', key: `rules.${entry}`, value: JSON.stringify(value) ?? String(value), allowed: allowed(e), offset: keyOffset(`mlsd.rules.${entry}`) });
      } else if (key === 'lang') {
        const value = (raw as { lang: unknown }).lang;
        problems.push({ kind: 'bad-value', key, value: JSON.stringify(value) ?? String(value), allowed: allowed(e), offset: keyOffset(`mlsd.${key}`) });
      } else if (key === 'case' || key === 'profile') problems.push({ kind: 'not-string', key, offset: keyOffset(`mlsd.${key}`) });
    }
  }
  // What fits applies: every value without a problem (a rules entry on its own).
  const r = raw as { case?: string; profile?: string; lang?: 'en' | 'ko'; waive?: Record<string, unknown>; rules?: Record<string, SeveritySetting> };
  if (r.case !== undefined && !bad.has('/case')) own.case = r.case.trim();
  if (r.profile !== undefined && !bad.has('/profile')) own.profile = r.profile.trim();
  if (r.lang !== undefined && !bad.has('/lang')) own.lang = r.lang;
  if (r.waive !== undefined && !bad.has('/waive')) own.waive = Object.fromEntries(Object.entries(r.waive).map(([id, why]) => [id, why == null ? '' : String(why)]));
  if (r.rules !== undefined && !bad.has('/rules')) {
    // Per-file rule severities (what the editor's "disable for this file" writes): `placeholder: off`.
    own.rules = Object.fromEntries(Object.entries(r.rules).filter(([id]) => !bad.has(`/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`)));
  }
  return { own, problems, keyOffset };
}

/** Where a YAML key (quoted or not) starts inside [from, to), or `from` when it is not found. */
/**
 * Where a YAML key (quoted or not) starts inside [from, to), or `from` when it is not found. The keys of
 * the range are read once into `index` (a regex per key over the whole front matter was quadratic: 20k
 * waivers took a minute); a key is the text before the first `:` of its line.
 */
function yamlKeyOffset(text: string, from: number, to: number, key: string, index: Map<number, Map<string, number>>): number {
  let keys = index.get(from);
  if (!keys) index.set(from, (keys = yamlKeys(text, from, to)));
  return keys.get(key) ?? from;
}

/** The first offset of each key in [from, to), by key: `  "id" : x` is `id` at the opening quote. */
function yamlKeys(text: string, from: number, to: number): Map<string, number> {
  const keys = new Map<string, number>();
  const space = (c: string | undefined) => c === ' ' || c === '\t';
  const quote = (c: string | undefined) => c === '"' || c === "'";
  for (let a = from; a < to; ) {
    let b = a;
    while (b < to && text[b] !== '\n' && text[b] !== '\r') b++;
    let p = a;
    while (p < b && space(text[p])) p++;
    const q = quote(text[p]) ? p + 1 : p;
    let colon = q;
    while (colon < b && text[colon] !== ':') colon++;
    if (colon < b) {
      let e = colon;
      while (e > q && space(text[e - 1])) e--;
      if (e > q && quote(text[e - 1])) e--;
      const k = text.slice(q, e);
      if (!keys.has(k)) keys.set(k, p);
    }
    a = b + 1;
  }
  return keys;
}
