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
import type { DocSettings, Severity } from './types.js';

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
  const keyOffset = (path: string): number => {
    if (!fm.node) return 0;
    let from = fmStart;
    for (const key of path.split('.')) from = yamlKeyOffset(text, from, fmEnd, key);
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
  const r = raw as { case?: string; profile?: string; lang?: 'en' | 'ko'; waive?: Record<string, unknown>; rules?: Record<string, Severity> };
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
function yamlKeyOffset(text: string, from: number, to: number, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*:`, 'm').exec(text.slice(from, to));
  return m ? from + m.index + (m[0].length - m[0].trimStart().length) : from;
}
