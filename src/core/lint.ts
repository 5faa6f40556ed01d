/**
 * lint(text) → findings + coverage. Pure: text in, findings out (no fs, no editor, no process).
 *
 * parse → outline → recognise → document model → Ajv (the schema) + rules → findings
 */
import type { Root } from 'mdast';
import { BUILTIN_PROFILES, BUILTIN_SCHEMAS, DEFAULT_CASE, DEFAULT_PROFILE } from './builtin.js';
import { analyse, buildModel, requirementRanges, toCoverage, toInstance, type Analysis, type DocModel } from './model.js';
import { hasHangul } from './normalize.js';
import { hiddenRanges, parseMarkdown, readFrontMatter } from './parse.js';
import { LineIndex } from './positions.js';
import { Recogniser } from './recognise.js';
import { SchemaSet, type JsonSchema, type Profile, type RuleBook, type SectionDef } from './rulebook.js';
import { RULES, RULE_IDS, ruleById, ruleUrl, formatMessage, DEFAULT_DOCS_BASE } from './rules/registry.js';
import type { Report, Rule, RuleContext } from './rules/context.js';
import { DISABLING, readDirectives, suppressor, type Directive } from './directives.js';
import { readSettings } from './settings.js';
import type { Coverage, DocSettings, Finding, Lang, Severity, SeveritySetting } from './types.js';
import { Validator } from './validate.js';
import { checkLintArgs } from './options.js';
import { declaredKind, declaresFramework, declaresLearningProject, declaresOfflineProject, declaresTemplate, isProjectReadme, leadText, otherGenre, shapeGenre } from './genre.js';
import { docTitle, inapplicable, inferCase, inferCaseFromFileName, inferCaseFromText } from './cases.js';
import { namedAt, namedIn, referenceRanges } from './evidence.js';
import type { ErrorObject } from 'ajv';

const NONE: ReadonlySet<string> = new Set();
/** A front matter line that sets this linter's key (`mlsd:`), at any indentation, quoted or not. */
const MLSD_KEY = /^[ \t]*["']?mlsd["']?[ \t]*:/m;
/** How often a generic doc names what a topic applies to before it is asked for the topic: a word said once in passing ("a transformer") is not what the doc is about. */
const APPLIES_FROM = 2;

export { sectionSnippet } from './fixes.js';

export interface LintOptions {
  /** Settings used when the doc's front matter does not set them (from a config file). */
  defaults?: DocSettings;
  /** Settings that win over the front matter (explicit command-line flags). */
  overrides?: DocSettings;
  /** Rule severities by rule id (from a config file); `warn` is `warning`. */
  rules?: Record<string, SeveritySetting>;
  /** Base URL of the rule docs; a rule's page is `<base><id>.md`. */
  docsBase?: string;
  /**
   * The doc's file name or path, when it has one. Read as the author's label, after the title: the case
   * when neither the settings nor the title name one (`video-search.md`), and whether the doc is a template
   * (`design-doc-template.md`) or another genre (`churn-model-card.md`).
   */
  fileName?: string;
}

export interface LintResult {
  findings: Finding[];
  coverage: Coverage;
  case: string;
  /**
   * Set when the doc named no case and the case was guessed: from its title's `phrase`, from its file name
   * (`fromFileName`, `title` is then the file name), or (with `mentions`) from the text naming it that often.
   */
  caseInferred?: { title: string; phrase: string; mentions?: number; fromFileName?: boolean };
  profile: string;
  /**
   * Set when the doc is another genre by its title or file name (schemas/content.json `genres`: a model
   * card, a pattern page, an architecture decision record): it was not checked against the procedure.
   */
  genre?: string;
  lang: Lang;
  errorCount: number;
  warningCount: number;
}

/** A report that survived severities and directives, before its text is formatted. */
interface Kept {
  rule: Rule;
  report: Report;
  severity: Exclude<Severity, 'off'>;
  start: number;
  end: number;
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
  lint(text: string, options: LintOptions = {}, root?: Root): LintResult {
    checkLintArgs(text, options);
    root ??= parseMarkdown(text);
    const lines = new LineIndex(text);

    // 1. Settings: defaults < front matter < overrides; rule severities: config < front matter.
    const fm = readFrontMatter(root, text);
    const { own, problems, keyOffset } = readSettings(fm, text);
    const settings: DocSettings = { ...options.defaults, ...own, ...options.overrides };
    if (options.defaults?.waive || options.overrides?.waive) {
      settings.waive = { ...options.defaults?.waive, ...own.waive, ...options.overrides?.waive };
    }
    // A rule id the registry does not have is reported (unknown-setting) and changes nothing.
    for (const id of Object.keys(own.rules ?? {})) {
      if (!RULE_IDS.includes(id)) problems.push({ kind: 'unknown-rule', key: id, known: RULE_IDS, offset: keyOffset(`mlsd.rules.${id}`) });
    }
    const severities = severityTable({ ...options.rules, ...own.rules });

    // 2. Case and profile (an unknown one falls back to the default; the settings rules report it).
    //    A doc that names no case is linted as the case its title names, if any (x-mlsd-case `match`).
    //    Else, as the case its file name names. Else, as the case its text keeps naming (a note without a
    //    title, or one that opens with its table of contents).
    //    What a reader does not read as the design (front matter, comments, code) is read once, when needed.
    let unseenRanges: Array<readonly [number, number]> | undefined;
    const unseen = (): Array<readonly [number, number]> => (unseenRanges ??= hiddenRanges(root!));
    const title = docTitle(root, text, fm.data);
    //    What the doc declares itself to be in a field of its own ("Kind: exercise"), read with its title.
    const kind = declaredKind(root, text, fm.data);
    const guess =
      settings.case === undefined
        ? (inferCase(this.set, title) ?? inferCaseFromFileName(this.set, options.fileName) ?? inferCaseFromText(this.set, title, text, unseen()))
        : undefined;
    const requestedCase = settings.case ?? guess?.id ?? DEFAULT_CASE;
    const caseId = this.set.cases.has(requestedCase) ? requestedCase : DEFAULT_CASE;
    const requestedProfile = settings.profile ?? DEFAULT_PROFILE;
    const profileId = this.set.profiles.has(requestedProfile) ? requestedProfile : DEFAULT_PROFILE;
    const profile = this.set.profiles.get(profileId);

    // 3. Outline, recognition, model; the language of messages is the setting, else the doc's own
    //    (Korean headings mean Korean), read off the outline's headings. Valid waivers mark their entries.
    const book = this.set.ruleBook(caseId)!;
    const analysis = analyse(root, text, book, this.recogniser(caseId));
    const lang = settings.lang ?? detectLang(analysis.sections);
    const model = buildModel(analysis, book, (o) => lines.point(o).line);
    const waive = settings.waive ?? {};
    applyWaivers(model, book, waive);

    // 4. The schema decides what is missing.
    //    What the case's chapter does not call for (its `omits`) is not missing; nor, in a generic doc, a
    //    topic that does not apply to what the doc is about (x-mlsd `appliesWhen`).
    //    The doc's own words are what it says: not its front matter (settings: waivers name topics),
    //    comments, code or references (hiddenRanges, referenceRanges).
    let hidden: Array<readonly [number, number]> | undefined;
    const hiddenText = (): Array<readonly [number, number]> => (hidden ??= [...unseen(), ...referenceRanges(analysis.sections)]);
    //    A template serves every design: no topic that applies only to some designs applies to it.
    const lead = leadText(root, text);
    const template = declaresTemplate(title, options.fileName, kind, lead);
    const byTopic =
      caseId === DEFAULT_CASE && !profile?.everyTopic
        ? inapplicable(book, model, template ? () => false : (words, def) => namedIn(text, words, hiddenText(), APPLIES_FROM, def.senses))
        : NONE;
    //    A competition entry (its title, a heading, its lead or its file name says so) is asked for nothing only a live
    //    system has: deployment and serving, monitoring, online metrics (x-mlsd `live`), unless the profile
    //    asks every topic.
    const offline = !profile?.everyTopic && declaresOfflineProject([...(title !== undefined ? [title] : []), ...headingTexts(analysis)], options.fileName, lead);
    //    A learning project (a demo, a portfolio, a bootcamp project: its title, lead or file name says so) has no
    //    live traffic and no model in production to test a new one against (x-mlsd `traffic`).
    const learning = !profile?.everyTopic && declaresLearningProject(title, options.fileName, lead);
    const notApplicable = offline || learning ? new Set([...byTopic, ...(offline ? liveIds(book) : []), ...(learning ? trafficIds(book) : [])]) : byTopic;
    const notAsked = (id: string): boolean => book.omitted.has(id) || notApplicable.has(id);
    const schemaErrors = this.validator.validate(book.schemaId, toInstance(model)).filter((e) => !notAskedRequirement(e, notAsked));

    // Every directive names `mlsd-lint`: a doc without the word has none (no walk over its tree).
    const directives: Directive[] = text.includes('mlsd-lint') ? readDirectives(root) : [];
    const activeDirectives = directives.filter((d) => d.kind !== undefined);
    const namingDirectives = activeDirectives.filter((d) => d.ids.length > 0);

    // 5. The rules. Each report gets its severity (config, front matter, profile, default) and inline
    //    directives at once, so a rule asking where another reported sees what the user will see.
    const kept = new Map<string, Kept[]>();
    const running = new Set<string>();
    /** What each directive hid: the rule ids it named and hid a finding of ('*' for a directive naming none). */
    const used = new Map<Directive, Set<string>>();
    const run = (rule: Rule): Kept[] => {
      const id = rule.meta.id;
      const done = kept.get(id);
      if (done) return done;
      if (running.has(id)) throw new Error(`rule ${id} depends on itself through ctx.reported()`);
      running.add(id);
      const out: Kept[] = [];
      const severityOf = (r: Report): Severity =>
        (Object.hasOwn(severities, id) ? severities[id] : undefined) ??
        profile?.rules?.[id] ??
        (rule.meta.profileSeverity && r.topic ? this.profileSeverity(profile, book.byId.get(r.topic)) : undefined) ??
        r.defaultSeverity ??
        rule.meta.severity;
      const ctx: RuleContext = {
        ...base,
        report: (r) => {
          const severity = severityOf(r);
          if (severity === 'off') return;
          const [start, end0] = r.range ?? (r.node ? [r.node.start, r.node.end] : [0, 0]);
          const end = Math.max(start, end0);
          // A comment that turns every rule off does not hide a typo in another comment: findings about
          // the comments themselves go only with comments that name unknown-directive.
          const ds = id === 'unknown-directive' || id === 'unused-directive' ? namingDirectives : activeDirectives;
          const by = suppressor({ ruleId: id, line: lines.point(start).line }, ds);
          if (by) {
            (used.get(by) ?? used.set(by, new Set()).get(by)!).add(by.ids.length === 0 ? '*' : id);
            return;
          }
          out.push({ rule, report: r, severity, start, end });
        },
      };
      rule.check(ctx);
      running.delete(id);
      kept.set(id, out);
      return out;
    };
    const base: Omit<RuleContext, 'report'> = {
      text,
      lines,
      lang,
      book,
      analysis,
      model,
      directives,
      schemaErrors,
      topicReport: profile?.topics ?? 'grouped',
      blanks: profile?.blanks ?? 'each',
      declaredTemplate: template,
      framework: declaresFramework(title, options.fileName),
      projectReadme: isProjectReadme(options.fileName),
      missingMode: profile?.missing ?? 'undiscussed',
      namedAt: (def) => {
        // Not in what a reader does not see, nor, for a later step's topic, in the requirements: they ask for
        // things ("precision matters more than recall" chooses no offline metric).
        // A step is named anywhere, the requirements included: an overview that says what is predicted
        // from what ("fraud detection as a binary classification of each payment") frames the problem.
        const outside = def.kind === 'step' || def.step === book.steps[0]?.id ? hiddenText() : [...hiddenText(), ...requirementRanges(analysis, book)];
        // A topic a case adds names a technique ("new videos" is no cold-start plan): by a phrase of it.
        const naming = def.kind === 'topic' && def.source !== book.steps[0]?.source ? 'phrases' : 'all';
        return namedAt(text, def, def.kind === 'step' ? book.topics.filter((t) => t.step === def.id) : [], outside, naming);
      },
      notAsked,
      docNames: (words) => namedIn(text, words, hiddenText()),
      profileNames: (def) => {
        const table = profile?.severity ?? {};
        return Object.hasOwn(table, def.id) || (Object.hasOwn(table, 'case/*') && def.source !== this.set.cases.get(DEFAULT_CASE)?.schemaId);
      },
      ruleIds: RULE_IDS,
      settings: {
        keyOffset,
        // Another tool's front matter that YAML cannot read (`author: @name`) and that has no mlsd: key holds
        // nothing of this linter's: its error is that tool's business. One with the key, or never closed, is ours.
        yamlError: fm.error && (!fm.node || MLSD_KEY.test(fm.node.value)) ? fm.error : undefined,
        problems,
        requestedCase,
        knownCases: this.cases(),
        requestedProfile,
        knownProfiles: this.profiles(),
        defaultProfile: DEFAULT_PROFILE,
        waive,
      },
      unusedDirectives: (self) => {
        // Every other rule first: a directive is unused when no finding of any of them was hidden by it.
        for (const rule of RULES) if (rule.meta.id !== self) run(rule);
        const out: Array<{ directive: Directive; id?: string }> = [];
        for (const d of activeDirectives) {
          if (!DISABLING.includes(d.kind!)) continue;
          const hid = used.get(d);
          if (d.ids.length === 0) {
            if (!hid) out.push({ directive: d });
            continue;
          }
          for (const ruleId of new Set(d.ids)) if (ruleId !== self && RULE_IDS.includes(ruleId) && !hid?.has(ruleId)) out.push({ directive: d, id: ruleId });
        }
        return out;
      },
      reported: (ruleId) => {
        const other = ruleById(ruleId);
        if (!other) throw new Error(`ctx.reported: no rule "${ruleId}"`);
        return run(other).map((k) => ({ start: k.start, end: k.end, topic: k.report.topic }));
      },
    };
    // A doc whose title or kind field says it is another genre (a model card, a pattern page, an ADR, a
    // task statement) and whose front matter does not say it is a design doc gets only the findings about
    // its own settings.
    // So does a doc none of whose sections is a step (notes: shapeGenre).
    const genre = Object.hasOwn((fm.data as object | undefined) ?? {}, 'mlsd') ? undefined : (otherGenre(title, options.fileName, kind) ?? shapeGenre(book, model.steps, analysis.nearMisses));
    for (const rule of RULES) if (!genre || rule.meta.kind === 'settings') run(rule);

    // 6. Stamp: rule id, severity, position, URL and the text in the doc's language, in one place.
    const docsBase = options.docsBase ?? DEFAULT_DOCS_BASE;
    const findings: Finding[] = [];
    for (const rule of RULES) {
      for (const k of kept.get(rule.meta.id) ?? []) findings.push(stamp(k, lines, lang, docsBase));
    }
    findings.sort((x, y) => x.line - y.line || x.column - y.column || x.ruleId.localeCompare(y.ruleId));
    return {
      findings,
      coverage: toCoverage(model, book, notApplicable),
      case: caseId,
      ...(guess && caseId === guess.id ? { caseInferred: { title: guess.title, phrase: guess.phrase, ...(guess.mentions ? { mentions: guess.mentions } : {}), ...(guess.fromFileName ? { fromFileName: true } : {}) } } : {}),
      profile: profileId,
      ...(genre ? { genre } : {}),
      lang,
      errorCount: findings.filter((f) => f.severity === 'error').length,
      warningCount: findings.filter((f) => f.severity === 'warning').length,
    };
  }

  /** The profile's severity for a missing step or topic, if it sets one. */
  private profileSeverity(profile: Profile | undefined, def: SectionDef | undefined): Severity | undefined {
    if (!def) return undefined;
    const table = profile?.severity ?? {};
    // Own keys only: a topic id such as `constructor` is not Object's.
    if (Object.hasOwn(table, def.id)) return table[def.id];
    // `case/*`: every topic a case (or team) schema adds to the base rule book.
    if (def.kind === 'topic' && table['case/*'] && def.source !== this.set.cases.get(DEFAULT_CASE)?.schemaId) return table['case/*'];
    if (def.kind === 'topic' && table[`${def.step}/*`]) return table[`${def.step}/*`];
    return undefined;
  }
}

function stamp(k: Kept, lines: LineIndex, lang: Lang, docsBase: string): Finding {
  const { meta } = k.rule;
  const r = k.report;
  const a = lines.point(k.start);
  const b = lines.point(k.end);
  const f: Finding = {
    ruleId: meta.id,
    severity: k.severity,
    messageId: r.messageId,
    message: formatMessage(meta, r.messageId, lang, r.data),
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    url: ruleUrl(meta.id, docsBase),
  };
  if (r.data) f.data = r.data;
  if (r.topic) f.topic = r.topic;
  if (r.suggestion) f.suggestion = r.suggestion;
  if (r.fix) f.fix = r.fix;
  if (r.related) {
    f.related = r.related.map((x) => {
      const at = x.at !== undefined ? lines.point(x.at) : undefined;
      return { topic: x.topic, title: x.title, ...(x.fix ? { fix: x.fix } : {}), ...(at ? { line: at.line, column: at.column } : {}) };
    });
  }
  return f;
}

/** Marks the waived steps and topics; waivers for unknown ids or with no reason do nothing (invalid-waiver reports them). */
function applyWaivers(model: DocModel, book: RuleBook, waive: Record<string, string>): void {
  for (const [id, reason] of Object.entries(waive)) {
    const def = book.byId.get(id);
    if (!def || !reason.trim()) continue;
    const group = def.kind === 'step' ? model.steps : model.topics;
    group[id] = { ...group[id], status: 'waived', reason };
  }
}

/** The text of the doc's own headings (not quoted ones). */
function headingTexts(a: Analysis): string[] {
  return a.sections.filter((s) => s.kind === 'heading' && !s.inQuote).map((s) => s.text);
}

/** What needs live traffic and a model in production to compare against (x-mlsd `traffic`). */
function trafficIds(book: RuleBook): string[] {
  return book.topics.filter((t) => t.traffic).map((t) => t.id);
}

const liveOf = new WeakMap<RuleBook, ReadonlySet<string>>();
/** What only a live system has (x-mlsd `live`): those steps with their topics, and those topics. */
function liveIds(book: RuleBook): ReadonlySet<string> {
  let r = liveOf.get(book);
  if (!r) {
    const steps = new Set(book.steps.filter((d) => d.live).map((d) => d.id));
    liveOf.set(book, (r = new Set([...steps, ...book.topics.filter((t) => t.live || steps.has(t.step)).map((t) => t.id)])));
  }
  return r;
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

let defaultLinter: Linter | undefined;

/** Lints with the bundled schemas and profiles. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  defaultLinter ??= new Linter();
  return defaultLinter.lint(text, options);
}

/** `warn` is `warning` (ESLint's spelling); every other value is what it says. */
export function toSeverity(s: SeveritySetting): Severity {
  return s === 'warn' ? 'warning' : s;
}

/** A table of rule severities as users write them, as the engine reads them. */
export function severityTable(rules: Readonly<Record<string, SeveritySetting>>): Record<string, Severity> {
  return Object.fromEntries(Object.entries(rules).map(([id, s]) => [id, toSeverity(s)]));
}

/** A `required` error for a step or topic the case omits. */
function notAskedRequirement(e: ErrorObject, notAsked: (id: string) => boolean): boolean {
  return e.keyword === 'required' && notAsked((e.params as { missingProperty: string }).missingProperty);
}
