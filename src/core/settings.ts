/**
 * The doc's own settings: the `mlsd:` key of its front matter, read into `DocSettings`, with what is
 * wrong with their shape kept as problems for the settings rules to report (rules/front-matter.ts,
 * rules/unknown-setting.ts). Pure.
 */
import type { FrontMatter } from './parse.js';
import type { SettingProblem } from './rules/context.js';
import type { DocSettings } from './types.js';

/** The keys `mlsd:` may hold. */
export const KNOWN_SETTINGS: readonly string[] = ['case', 'profile', 'lang', 'waive', 'rules'];
const SEVERITIES: readonly string[] = ['error', 'warning', 'off'];
const LANGS: readonly string[] = ['en', 'ko'];

export interface DocOwnSettings {
  own: DocSettings;
  problems: SettingProblem[];
  /** Offset of a key path (`mlsd.rules.placeholder`) inside the front matter; 0 without front matter. */
  keyOffset(path: string): number;
}

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
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ kind: 'not-mapping', key: 'mlsd', offset: keyOffset('mlsd') });
    return { own, problems, keyOffset };
  }
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const at = keyOffset(`mlsd.${k}`);
    if (!KNOWN_SETTINGS.includes(k)) {
      problems.push({ kind: 'unknown-key', key: k, known: KNOWN_SETTINGS, offset: at });
    } else if (k === 'waive' || k === 'rules') {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        problems.push({ kind: 'not-mapping', key: k, offset: at });
      } else if (k === 'waive') {
        own.waive = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([id, why]) => [id, why == null ? '' : String(why)]));
      } else {
        // Per-file rule severities (what the editor's "disable for this file" writes): `placeholder: off`.
        own.rules = {};
        for (const [id, sev] of Object.entries(v as Record<string, unknown>)) {
          if (typeof sev === 'string' && SEVERITIES.includes(sev)) own.rules[id] = sev as 'error' | 'warning' | 'off';
          else problems.push({ kind: 'bad-value', key: `rules.${id}`, value: JSON.stringify(sev) ?? String(sev), allowed: SEVERITIES, offset: keyOffset(`mlsd.rules.${id}`) });
        }
      }
    } else if (k === 'lang') {
      if (typeof v === 'string' && LANGS.includes(v)) own.lang = v as 'en' | 'ko';
      else problems.push({ kind: 'bad-value', key: 'lang', value: JSON.stringify(v) ?? String(v), allowed: LANGS, offset: at });
    } else if (typeof v === 'string' && v.trim()) {
      own[k as 'case' | 'profile'] = v.trim();
    } else {
      problems.push({ kind: 'not-string', key: k, offset: at });
    }
  }
  return { own, problems, keyOffset };
}

/** Where a YAML key (quoted or not) starts inside [from, to), or `from` when it is not found. */
function yamlKeyOffset(text: string, from: number, to: number, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*:`, 'm').exec(text.slice(from, to));
  return m ? from + m.index + (m[0].length - m[0].trimStart().length) : from;
}
