/**
 * lint(text) → findings + coverage. Pure: text in, findings out (no fs, no editor, no process).
 *
 * parse → outline → recognise → document model → Ajv (the schema) + rules → findings
 */
import type { ErrorObject } from 'ajv';
import type { Root } from 'mdast';
import { BUILTIN_PROFILES, BUILTIN_SCHEMAS, DEFAULT_CASE, DEFAULT_PROFILE } from './builtin.js';
import { analyse, buildModel, toCoverage, toInstance, type Analysis, type DocModel } from './model.js';
import { hasHangul } from './normalize.js';
import { parseMarkdown, readFrontMatter } from './parse.js';
import { LineIndex } from './positions.js';
import { Recogniser } from './recognise.js';
import { SchemaSet, type JsonSchema, type Profile, type RuleBook, type SectionDef } from './rulebook.js';
import { findPlaceholders } from './substance.js';
import { formatMessage, ruleUrl, DEFAULT_DOCS_BASE, type RuleMeta } from './rules/index.js';
import * as R from './rules/structure.js';
import * as S from './rules/settings.js';
import { CONTENT_RULES } from './rules/content/index.js';
import { applyDirectives, readDirectives } from './directives.js';
import type { Coverage, DocSettings, Finding, Fix, Lang, Severity } from './types.js';
import { Validator } from './validate.js';
import { placeholderLine } from './template.js';
import { closest } from './suggest.js';

export interface LintOptions {
  /** Settings used when the doc's front matter does not set them (from a config file). */
  defaults?: DocSettings;
  /** Settings that win over the front matter (explicit command-line flags). */
  overrides?: DocSettings;
  /** Rule severities by rule id (from a config file). */
  rules?: Record<string, Severity>;
  /** Base URL of the rule docs; a rule's page is `<base><id>.md`. */
  docsBase?: string;
}

export interface LintResult {
  findings: Finding[];
  coverage: Coverage;
  case: string;
  profile: string;
  lang: Lang;
  errorCount: number;
  warningCount: number;
}

const KNOWN_SETTINGS = ['case', 'profile', 'lang', 'waive', 'rules'];


interface Context {
  text: string;
  lines: LineIndex;
  lang: Lang;
  findings: Finding[];
  rules: Record<string, Severity>;
  profile?: Profile;
  docsBase: string;
}

function report(
  ctx: Context,
  meta: RuleMeta,
  start: number,
  end: number,
  params: Record<string, string | number | undefined>,
  extra: { topic?: string; suggestion?: string; fix?: Fix; severity?: Severity } = {},
): void {
  const severity = ctx.rules[meta.id] ?? extra.severity ?? meta.severity;
  if (severity === 'off') return;
  const a = ctx.lines.point(start);
  const b = ctx.lines.point(Math.max(start, end));
  const f: Finding = {
    ruleId: meta.id,
    severity,
    message: formatMessage(meta, ctx.lang, params),
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    url: ruleUrl(meta.id, ctx.docsBase),
  };
  if (extra.topic) f.topic = extra.topic;
  if (extra.suggestion) f.suggestion = extra.suggestion;
  if (extra.fix) f.fix = extra.fix;
  ctx.findings.push(f);
}

export class Linter {
  readonly set: SchemaSet;
  private readonly validator: Validator;
  private readonly recognisers = new Map<string, Recogniser>();

  constructor(schemas: JsonSchema[] = BUILTIN_SCHEMAS, profiles: Profile[] = BUILTIN_PROFILES) {
    this.set = new SchemaSet(schemas, profiles);
    this.validator = new Validator(this.set);
  }

  cases(): string[] {
    return [...this.set.cases.keys()].sort((a, b) => (a === DEFAULT_CASE ? -1 : b === DEFAULT_CASE ? 1 : a.localeCompare(b)));
  }

  profiles(): string[] {
    return [...this.set.profiles.keys()];
  }

  ruleBook(caseId: string): RuleBook | undefined {
    return this.set.ruleBook(caseId);
  }

  recogniser(caseId: string): Recogniser {
    let r = this.recognisers.get(caseId);
    if (!r) {
      r = new Recogniser(this.set.ruleBook(caseId)!);
      this.recognisers.set(caseId, r);
    }
    return r;
  }

  /**
   * Lints one document. `root` is for callers that parsed `text` already (the editor's incremental
   * linter): it must be the tree of exactly this text.
   */
  lint(text: string, options: LintOptions = {}, root: Root = parseMarkdown(text)): LintResult {
    const lines = new LineIndex(text);
    const fm = readFrontMatter(root, text);
    const ctx: Context = { text, lines, lang: 'en', findings: [], rules: options.rules ?? {}, docsBase: options.docsBase ?? DEFAULT_DOCS_BASE };

    // 1. Settings: defaults < front matter < overrides.
    const fmStart = fm.node?.position?.start.offset ?? 0;
    const fmEnd = fm.node?.position?.end.offset ?? fmStart;
    const keyOffset = (key: string, from = fmStart): number => (fm.node ? yamlKeyOffset(text, from, fmEnd, key) : 0);
    const settingProblems: Array<() => void> = [];
    const own: DocSettings = {};
    if (fm.error) {
      const at = fm.error.offset;
      settingProblems.push(() =>
        report(ctx, S.frontMatter, at, lines.lineEnd(at), {
          detail: `${fm.error!.message}. Fix the YAML between the '---' lines; the doc is checked with default settings.`,
        }),
      );
    } else if (fm.data !== undefined && fm.data !== null && typeof fm.data === 'object' && 'mlsd' in (fm.data as object)) {
      const raw = (fm.data as Record<string, unknown>).mlsd;
      const at = keyOffset('mlsd');
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        settingProblems.push(() => report(ctx, S.frontMatter, at, lines.lineEnd(at), { detail: '`mlsd:` must be a mapping of settings (case, profile, lang, waive).' }));
      } else {
        for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
          const kAt = keyOffset(k);
          if (!KNOWN_SETTINGS.includes(k)) {
            const near = closest(k, KNOWN_SETTINGS, 2);
            settingProblems.push(() => report(ctx, S.unknownSetting, kAt, lines.lineEnd(kAt), { key: k, hint: near ? ` (did you mean "${near}"?)` : '', known: KNOWN_SETTINGS.join(', ') }, { suggestion: near }));
            continue;
          }
          if (k === 'waive') {
            if (v === null || typeof v !== 'object' || Array.isArray(v)) {
              settingProblems.push(() => report(ctx, S.frontMatter, kAt, lines.lineEnd(kAt), { detail: '`waive` must map topic ids to reasons, e.g. `deploy-cloud-vs-device: "Server-side only."`.' }));
            } else {
              own.waive = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([id, why]) => [id, why == null ? '' : String(why)]));
            }
          } else if (k === 'rules') {
            // Per-file rule severities (what the editor's "disable for this file" writes): `placeholder: off`.
            if (v === null || typeof v !== 'object' || Array.isArray(v)) {
              settingProblems.push(() => report(ctx, S.frontMatter, kAt, lines.lineEnd(kAt), { detail: '`rules` must map rule ids to error, warning or off, e.g. `placeholder: off`.' }));
            } else {
              own.rules = {};
              for (const [id, sev] of Object.entries(v as Record<string, unknown>)) {
                if (sev === 'error' || sev === 'warning' || sev === 'off') own.rules[id] = sev;
                else settingProblems.push(() => report(ctx, S.frontMatter, keyOffset(id), lines.lineEnd(keyOffset(id)), { detail: `\`rules.${id}\` must be error, warning or off, not ${JSON.stringify(sev)}.` }));
              }
            }
          } else if (k === 'lang') {
            if (v === 'en' || v === 'ko') own.lang = v;
            else settingProblems.push(() => report(ctx, S.frontMatter, kAt, lines.lineEnd(kAt), { detail: `\`lang\` must be "en" or "ko", not ${JSON.stringify(v)}.` }));
          } else if (typeof v === 'string' && v.trim()) {
            own[k as 'case' | 'profile'] = v.trim();
          } else {
            settingProblems.push(() => report(ctx, S.frontMatter, kAt, lines.lineEnd(kAt), { detail: `\`${k}\` must be a non-empty string.` }));
          }
        }
      }
    }
    const settings: DocSettings = { ...options.defaults, ...own, ...options.overrides };
    if (options.defaults?.waive || options.overrides?.waive) {
      settings.waive = { ...options.defaults?.waive, ...own.waive, ...options.overrides?.waive };
    }

    if (own.rules) ctx.rules = { ...ctx.rules, ...own.rules };

    // 2. Case and profile.
    let caseId = settings.case ?? DEFAULT_CASE;
    if (!this.set.cases.has(caseId)) {
      const bad = caseId;
      const near = closest(bad, this.cases());
      const at = keyOffset('case');
      settingProblems.push(() =>
        report(ctx, S.unknownCase, at, lines.lineEnd(at), { value: bad, hint: near ? ` (did you mean "${near}"?)` : '', known: this.cases().join(', ') }, { suggestion: near }),
      );
      caseId = DEFAULT_CASE;
    }
    let profileId = settings.profile ?? DEFAULT_PROFILE;
    if (!this.set.profiles.has(profileId)) {
      const bad = profileId;
      const near = closest(bad, this.profiles());
      const at = keyOffset('profile');
      settingProblems.push(() =>
        report(ctx, S.unknownProfile, at, lines.lineEnd(at), { value: bad, hint: near ? ` (did you mean "${near}"?)` : '', fallback: DEFAULT_PROFILE, known: this.profiles().join(', ') }, { suggestion: near }),
      );
      profileId = DEFAULT_PROFILE;
    }
    ctx.profile = this.set.profiles.get(profileId);

    // 3. Outline, recognition, model; the language of messages is the setting, else the doc's own
    //    (Korean headings mean Korean), read off the outline's headings.
    const book = this.set.ruleBook(caseId)!;
    const analysis = analyse(root, text, book, this.recogniser(caseId));
    ctx.lang = settings.lang ?? detectLang(analysis.sections);
    for (const p of settingProblems) p();
    const model = buildModel(analysis, book, (o) => lines.point(o).line);
    const waiveAt = keyOffset('waive');
    this.applyWaivers(ctx, model, book, settings.waive ?? {}, (id) => keyOffset(id, waiveAt));

    // 4. The schema decides what is missing.
    const errors = this.validator.validate(book.schemaId, toInstance(model));
    this.reportSchemaErrors(ctx, errors, model, analysis, book);

    // 5. Hollow sections, placeholders, misspelt headings.
    const placeholders = this.reportPlaceholders(ctx, analysis);
    this.reportHollow(ctx, model, book, analysis, placeholders);
    for (const { section, suggestion } of analysis.nearMisses) {
      const def = book.byId.get(suggestion.id)!;
      const alias = def.title[ctx.lang];
      report(ctx, R.headingTypo, section.start, section.end, { heading: section.text, alias, id: def.id }, {
        topic: def.id,
        suggestion: alias,
        fix: headingFix(text, section, alias),
      });
    }

    // Every directive names `mlsd-lint`: a doc without the word has none (no walk over its tree).
    const directives = text.includes('mlsd-lint') ? readDirectives(root) : [];
    const ruleCtx = {
      text,
      lines,
      lang: ctx.lang,
      book,
      analysis,
      model,
      directives,
      report: (meta: RuleMeta, start: number, end: number, params: Record<string, string | number | undefined>, extra?: Parameters<typeof report>[5]) =>
        report(ctx, meta, start, end, params, extra),
    };
    for (const rule of CONTENT_RULES) rule.check(ruleCtx);
    // 6. Inline `<!-- mlsd-lint-disable ... -->` comments; findings about the comments themselves stay.
    ctx.findings = applyDirectives(ctx.findings, directives, (f) => f.ruleId === 'unknown-directive');

    ctx.findings.sort((x, y) => x.line - y.line || x.column - y.column || x.ruleId.localeCompare(y.ruleId));
    return {
      findings: ctx.findings,
      coverage: toCoverage(model, book),
      case: caseId,
      profile: profileId,
      lang: ctx.lang,
      errorCount: ctx.findings.filter((f) => f.severity === 'error').length,
      warningCount: ctx.findings.filter((f) => f.severity === 'warning').length,
    };
  }

  private applyWaivers(ctx: Context, model: DocModel, book: RuleBook, waive: Record<string, string>, offsetOf: (id: string) => number): void {
    for (const [id, reason] of Object.entries(waive)) {
      const def = book.byId.get(id);
      const idAt = offsetOf(id);
      if (!def) {
        const near = closest(id, [...book.byId.keys()]);
        report(ctx, S.invalidWaiver, idAt, ctx.lines.lineEnd(idAt), { id, detail: `no step or topic has this id${near ? ` (did you mean "${near}"?)` : ''}.` }, { suggestion: near });
        continue;
      }
      if (!reason.trim()) {
        report(ctx, S.invalidWaiver, idAt, ctx.lines.lineEnd(idAt), { id, detail: 'give a reason, e.g. `' + id + ': "Not applicable because ..."`.' }, { topic: id });
        continue;
      }
      const group = def.kind === 'step' ? model.steps : model.topics;
      group[id] = { ...group[id], status: 'waived', reason };
    }
  }

  private severityFor(ctx: Context, def: SectionDef): Severity | undefined {
    const table = ctx.profile?.severity ?? {};
    if (table[def.id]) return table[def.id];
    // `case/*`: every topic a case (or team) schema adds to the base rule book.
    if (def.kind === 'topic' && table['case/*'] && def.source !== this.set.cases.get(DEFAULT_CASE)?.schemaId) return table['case/*'];
    if (def.kind === 'topic' && table[`${def.step}/*`]) return table[`${def.step}/*`];
    return undefined;
  }

  private reportSchemaErrors(ctx: Context, errors: ErrorObject[], model: DocModel, a: Analysis, book: RuleBook): void {
    let title: [number, number] | undefined; // found once: a doc may have 100k sections and 60 errors
    const titleEnd = (): [number, number] => {
      if (title) return title;
      const h1 = a.sections.find((s) => s.kind === 'heading' && s.level === 1);
      return (title = h1 ? [h1.start, h1.end] : [0, ctx.lines.lineEnd(0)]);
    };
    for (const e of errors) {
      if (e.keyword === 'required' && (e.instancePath === '/steps' || e.instancePath === '/topics')) {
        const id = (e.params as { missingProperty: string }).missingProperty;
        const def = book.byId.get(id);
        if (!def) continue;
        if (def.kind === 'step') {
          const [s, en] = titleEnd();
          report(ctx, R.missingStep, s, en, { title: def.title[ctx.lang], id }, { topic: id, severity: this.severityFor(ctx, def), fix: insertStepFix(ctx, a, book, model, def) });
        } else {
          const step = book.byId.get(def.step);
          const host = model.steps[def.step];
          const [s, en] = host?.section ? [host.section.start, host.section.end] : host?.offset !== undefined ? [host.offset, ctx.lines.lineEnd(host.offset)] : titleEnd();
          report(ctx, R.missingTopic, s, en, { title: def.title[ctx.lang], id, stepTitle: step?.title[ctx.lang] ?? def.step }, {
            topic: id,
            severity: this.severityFor(ctx, def),
            fix: insertTopicFix(ctx, a, book, model, def),
          });
        }
        continue;
      }
      // Any other constraint a (team) schema puts on the model.
      const m = /^\/(steps|topics)\/([^/]+)/.exec(e.instancePath);
      const entry = m ? (m[1] === 'steps' ? model.steps : model.topics)[m[2]!] : undefined;
      const at = entry?.offset ?? 0;
      report(ctx, R.schemaViolation, at, ctx.lines.lineEnd(at), { detail: `${e.instancePath || '/'} ${e.message ?? e.keyword}` }, { topic: m?.[2] });
    }
  }

  /**
   * Sections with a heading and no substance. A section whose only content is a reported placeholder
   * is left to the placeholder finding: one finding per unfilled template section, not two.
   */
  private reportHollow(ctx: Context, model: DocModel, book: RuleBook, a: Analysis, placeholders: readonly number[]): void {
    for (const def of [...book.steps, ...book.topics]) {
      const e = (def.kind === 'step' ? model.steps : model.topics)[def.id];
      if (!e || e.status !== 'empty' || !e.section) continue;
      const s = e.section;
      const end = def.kind === 'step' ? (a.extents.find((x) => x.section === s)?.end ?? s.sectionEnd) : s.sectionEnd;
      if (placeholders.some((o) => o >= s.start && o < end)) continue;
      report(ctx, R.emptySection, s.start, s.end, { title: def.title[ctx.lang], id: def.id }, { topic: def.id });
    }
  }

  /** Reports template placeholders; returns the offsets of those reported (the rule may be off). */
  private reportPlaceholders(ctx: Context, a: Analysis): number[] {
    const reported: number[] = [];
    for (const leaf of a.leaves) {
      if (leaf.code) continue;
      for (const p of findPlaceholders(leaf.text)) {
        const text = p.match.length > 60 ? `${p.match.slice(0, 57)}...` : p.match;
        const [start, end] = sourceRange(ctx, leaf, p.index, p.match);
        const before = ctx.findings.length;
        report(ctx, R.placeholder, start, end, { text });
        if (ctx.findings.length > before) reported.push(start);
      }
    }
    return reported;
  }

}

/**
 * Where a match inside a text leaf is in the source. A leaf's value is not a verbatim slice of the
 * source (line endings are normalised, continuation-line indentation and escapes are dropped), so the
 * match is placed by its line within the leaf and then found on that source line.
 */
function sourceRange(ctx: Context, leaf: { start: number; text: string }, index: number, match: string): [number, number] {
  const before = leaf.text.slice(0, index);
  const k = before.split('\n').length - 1;
  const first = ctx.lines.point(leaf.start).line;
  const lineStart = k === 0 ? leaf.start : ctx.lines.lineStart(first + k);
  const lineEnd = ctx.lines.lineEnd(lineStart);
  const at = ctx.text.slice(lineStart, lineEnd).indexOf(match);
  const start = at >= 0 ? lineStart + at : lineStart;
  return [start, Math.min(lineEnd, start + match.length)];
}

/** Where a YAML key (quoted or not) starts inside [from, to), or `from` when it is not found. */
function yamlKeyOffset(text: string, from: number, to: number, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*:`, 'm').exec(text.slice(from, to));
  return m ? from + m.index + (m[0].length - m[0].trimStart().length) : from;
}

/** The doc's language, by its headings (real ones: a `#` line in a code block is not a heading). */
function detectLang(sections: Analysis['sections']): Lang {
  let hangul = 0;
  let latin = 0;
  for (const s of sections) {
    if (s.kind !== 'heading') continue;
    if (hasHangul(s.text)) hangul++;
    else if (/[A-Za-z]/.test(s.text)) latin++;
  }
  return hangul > latin ? 'ko' : 'en';
}

function headingFix(text: string, s: Analysis['sections'][number], alias: string): Fix | undefined {
  const raw = text.slice(s.start, s.end);
  const at = raw.indexOf(s.text);
  if (at < 0) return undefined;
  return { start: s.start + at, end: s.start + at + s.text.length, text: alias };
}

/** The Markdown a quick fix inserts for one section: heading and the placeholder with the hint. */
export function sectionSnippet(def: SectionDef, lang: Lang, level: number): string {
  // The same placeholder line a template has, so a quick fix inserts what `mlsd-lint new` would.
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${def.title[lang]}\n\n${placeholderLine(def, lang)}\n`;
}

function withBlankLines(text: string, at: number, snippet: string): Fix {
  const before = text.slice(0, at);
  const lead = at === 0 || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const after = text.slice(at);
  const trail = after.length === 0 || after.startsWith('\n') ? '' : '\n';
  return { start: at, end: at, text: lead + snippet + trail };
}

function stepLevel(a: Analysis, model: DocModel): number {
  for (const e of Object.values(model.steps)) if (e.section?.kind === 'heading') return e.section.level;
  return 2;
}

function insertTopicFix(ctx: Context, a: Analysis, book: RuleBook, model: DocModel, def: SectionDef): Fix | undefined {
  const host = model.steps[def.step]?.section;
  if (!host || host.kind !== 'heading') return undefined;
  const level = Math.min(6, host.level + 1);
  const end = a.extents.find((e) => e.section === host)?.end ?? host.sectionEnd;
  // Before the first later topic of the same step that has a section inside the step; else at its end.
  let at = end;
  for (const t of book.topics) {
    if (t.step !== def.step || t.order <= def.order) continue;
    const sec = model.topics[t.id]?.section;
    if (sec && sec.kind === 'heading' && sec.start > host.start && sec.start < end) {
      at = Math.min(at, sec.start);
    }
  }
  return withBlankLines(ctx.text, at, sectionSnippet(def, ctx.lang, level));
}

function insertStepFix(ctx: Context, a: Analysis, book: RuleBook, model: DocModel, def: SectionDef): Fix {
  const level = stepLevel(a, model);
  let at = ctx.text.length;
  for (const s of book.steps) {
    if (s.order <= def.order) continue;
    const sec = model.steps[s.id]?.section;
    if (sec && sec.kind === 'heading' && sec.level === level) {
      at = Math.min(at, sec.start);
    }
  }
  let snippet = sectionSnippet(def, ctx.lang, level);
  for (const t of book.topics) if (t.step === def.id && t.required) snippet += '\n' + sectionSnippet(t, ctx.lang, level + 1);
  return withBlankLines(ctx.text, at, snippet);
}

let defaultLinter: Linter | undefined;

/** Lints with the bundled schemas and profiles. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  defaultLinter ??= new Linter();
  return defaultLinter.lint(text, options);
}
