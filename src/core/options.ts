/**
 * The library's arguments, checked before linting: a caller's mistake (a number for the text, `null`
 * options, `case: 5`, `lang: 'fr'`, a numeric waiver reason, a severity `fatal`) is one clear error naming
 * the option and what it takes, never a TypeError from deep inside the linter, and never a value that is
 * silently counted as neither an error nor a warning. (What a doc's own front matter sets is the doc's
 * business: it becomes a finding, not an exception.)
 */

/** A bad argument of `lint()` / `Linter.lint()`: `option` is its path, e.g. `options.defaults.case`. */
export class OptionsError extends TypeError {
  constructor(
    readonly option: string,
    detail: string,
  ) {
    super(`mlsd-lint: ${option} ${detail}`);
    this.name = 'OptionsError';
  }
}

const SEVERITIES = ['error', 'warning', 'warn', 'off'];
const LANGS = ['en', 'ko'];

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkRecord(path: string, v: unknown, what: string): v is Record<string, unknown> | undefined {
  if (v === undefined) return false;
  if (!isRecord(v)) throw new OptionsError(path, `must be ${what}, not ${describe(v)}.`);
  return true;
}

function checkSeverities(path: string, v: unknown): void {
  if (!checkRecord(path, v, 'an object of rule ids to "error", "warning" or "off" ("warn" is "warning")')) return;
  for (const [id, sev] of Object.entries(v as Record<string, unknown>)) {
    if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) {
      throw new OptionsError(`${path}[${JSON.stringify(id)}]`, `must be "error", "warning" or "off" (lowercase; "warn" is "warning"), not ${describe(sev)}.`);
    }
  }
}

function checkSettings(path: string, v: unknown): void {
  if (!checkRecord(path, v, 'an object of doc settings (case, profile, lang, waive, rules)')) return;
  const s = v as Record<string, unknown>;
  for (const key of ['case', 'profile'] as const) {
    const x = s[key];
    if (x !== undefined && (typeof x !== 'string' || !x.trim())) throw new OptionsError(`${path}.${key}`, `must be a non-empty string (a ${key} id), not ${describe(x)}.`);
  }
  if (s.lang !== undefined && (typeof s.lang !== 'string' || !LANGS.includes(s.lang))) {
    throw new OptionsError(`${path}.lang`, `must be "en" or "ko", not ${describe(s.lang)}.`);
  }
  if (checkRecord(`${path}.waive`, s.waive, 'an object of step or topic ids to reasons')) {
    for (const [id, why] of Object.entries(s.waive as Record<string, unknown>)) {
      if (typeof why !== 'string') throw new OptionsError(`${path}.waive[${JSON.stringify(id)}]`, `must be a reason (a string), not ${describe(why)}.`);
    }
  }
  checkSeverities(`${path}.rules`, s.rules);
}

/** Throws an OptionsError when `text` or `options` are not what `lint(text, options)` takes. */
export function checkLintArgs(text: unknown, options: unknown): void {
  if (typeof text !== 'string') throw new OptionsError('text', `must be a string (the Markdown of the doc), not ${describe(text)}.`);
  if (options === undefined) return;
  if (!isRecord(options)) throw new OptionsError('options', `must be an object (or left out), not ${describe(options)}.`);
  checkSettings('options.defaults', options.defaults);
  checkSettings('options.overrides', options.overrides);
  checkSeverities('options.rules', options.rules);
  if (options.fileName !== undefined && typeof options.fileName !== 'string') {
    throw new OptionsError('options.fileName', `must be the doc's file name or path (a string), not ${describe(options.fileName)}.`);
  }
  if (options.docsBase !== undefined && typeof options.docsBase !== 'string') {
    throw new OptionsError('options.docsBase', `must be a URL (a string), not ${describe(options.docsBase)}.`);
  }
}
