/**
 * Fixes in bulk, as ESLint's --fix and --fix-type: the edits the findings already carry (a finding's own
 * fix, and each topic's fix of a grouped finding), picked by type and applied together. Pure: text and
 * findings in, text out. Every fix only replaces a heading's text (`headings`) or inserts whole sections
 * (`sections`), so applying them never changes a byte the user wrote outside those spans.
 */
import { eolOf, insertTopicFix } from './fixes.js';
import { analyse, buildModel } from './model.js';
import { parseMarkdown } from './parse.js';
import { LineIndex } from './positions.js';
import { ruleById } from './rules/registry.js';
import type { RuleBook, SectionDef } from './rulebook.js';
import { templateSections } from './template.js';
import type { Finding, FindingFix, Fix, FixType } from './types.js';
import type { Linter, LintOptions, LintResult } from './lint.js';

/** The profile whose findings carry a fix for every missing section (a grouped finding lists each topic). */
const SECTIONS_PROFILE = 'interview';

/** Every fix type, in the order `--fix-type` lists them. */
export const FIX_TYPES: readonly FixType[] = ['headings', 'sections'];
/** What `--fix` and the editor's fix-all apply when no type is named: the fixes that rewrite nothing but a misspelt heading. */
export const DEFAULT_FIX_TYPES: readonly FixType[] = ['headings'];

/** A fix picked for bulk application: its type, its rule, and the step or topic it is for. */
export interface BulkFix extends FindingFix {
  type: FixType;
  ruleId: string;
  topic?: string;
}

/** The type of a rule's fix (its meta `fixTypes`); undefined for a fix that is never applied in bulk. */
export function fixTypeOf(ruleId: string, fixId: string): FixType | undefined {
  return ruleById(ruleId)?.meta.fixTypes?.[fixId];
}

/**
 * The fixes of `findings` whose type is one of `types`: each finding's own fix and the per-topic fixes of
 * a grouped finding, once each. With the rule book, insertions at one place come in the template's order
 * (a step, then its topics), whatever order the findings were reported in.
 */
export function bulkFixes(findings: readonly Finding[], types: readonly FixType[] = DEFAULT_FIX_TYPES, book?: RuleBook): BulkFix[] {
  const out: BulkFix[] = [];
  const seen = new Set<string>();
  const add = (ruleId: string, fix: FindingFix | undefined, topic: string | undefined) => {
    if (!fix) return;
    const type = fixTypeOf(ruleId, fix.id);
    if (!type || !types.includes(type)) return;
    const key = `${fix.start}:${fix.end}:${fix.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ...fix, type, ruleId, ...(topic ? { topic } : {}) });
  };
  for (const f of findings) {
    add(f.ruleId, f.fix, f.topic);
    for (const r of f.related ?? []) add(f.ruleId, r.fix, r.topic);
  }
  if (book) {
    const rank = new Map(templateSections(book).map((d, i) => [d.id, i]));
    const r = (x: BulkFix) => (x.topic !== undefined ? (rank.get(x.topic) ?? Infinity) : Infinity);
    out.sort((a, b) => a.start - b.start || r(a) - r(b));
  }
  return out;
}

/**
 * The `sections` fixes for the missing topics of one step: what "Insert all missing sections of this step"
 * applies (its key topics' own findings and the topics its grouped finding lists), in template order.
 */
export function stepSectionFixes(findings: readonly Finding[], stepId: string, book: RuleBook): BulkFix[] {
  const inStep = (topic: string | undefined) => topic !== undefined && book.byId.get(topic)?.kind === 'topic' && book.byId.get(topic)?.step === stepId;
  return bulkFixes(findings, ['sections'], book).filter((f) => inStep(f.topic));
}

/**
 * Fixes as edits that can be applied at once: sorted, without overlaps (a fix that overlaps one kept
 * before it is dropped; `mlsd-lint --fix` finds it again on its next pass), and the insertions at one
 * place joined into one, in the given order, with one blank line between sections.
 */
export function mergeFixes(text: string, fixes: readonly Fix[]): { edits: Fix[]; skipped: Fix[] } {
  const eol = eolOf(text);
  const order = fixes.map((f, i) => ({ f, i }));
  // Insertions before a replacement at the same place; otherwise the given order.
  order.sort((a, b) => a.f.start - b.f.start || Number(a.f.end > a.f.start) - Number(b.f.end > b.f.start) || a.i - b.i);
  const edits: Fix[] = [];
  const skipped: Fix[] = [];
  let end = -1;
  for (const { f } of order) {
    const last = edits[edits.length - 1];
    if (last && last.start === last.end && f.start === last.start && f.end === f.start) {
      last.text = last.text.replace(/(?:\r\n|\n|\r)+$/, '') + eol + eol + f.text.replace(/^(?:\r\n|\n|\r)+/, '');
      continue;
    }
    if (f.start < end || f.start > f.end || f.end > text.length) {
      skipped.push(f);
      continue;
    }
    edits.push({ start: f.start, end: f.end, text: f.text });
    end = f.end;
  }
  return { edits, skipped };
}

/** The text with `fixes` applied (see mergeFixes), and how many were applied and left out. */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: number; skipped: number } {
  const { edits, skipped } = mergeFixes(text, fixes);
  let output = '';
  let at = 0;
  for (const e of edits) {
    output += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  output += text.slice(at);
  return { output, applied: fixes.length - skipped.length, skipped: skipped.length };
}

/** What `fixText` did: the fixed text, the lint of it, and how many fixes were applied over how many passes. */
export interface FixOutcome {
  output: string;
  result: LintResult;
  applied: number;
  passes: number;
}

/**
 * Lints, applies the fixes of `types`, and lints again, until nothing changes (at most `maxPasses`
 * passes, as ESLint's --fix): a fix left out for overlapping another is applied on the next pass. The
 * returned result is the lint of the returned text. `first`, when given, is the lint of `text` already done.
 */
export function fixText(linter: Linter, text: string, options: LintOptions = {}, types: readonly FixType[] = DEFAULT_FIX_TYPES, maxPasses = 10, first?: LintResult): FixOutcome {
  let output = text;
  // Every missing section of the template, whatever the doc's profile reports: the fixes are read off a
  // lint under the profile that gives each topic not found in its step a fix (the default profile reports
  // only key topics the doc never names). The returned result is the lint under the doc's own profile.
  const fixOptions: LintOptions = types.includes('sections') ? { ...options, overrides: { ...options.overrides, profile: SECTIONS_PROFILE } } : options;
  let result = first && fixOptions === options ? first : linter.lint(output, fixOptions);
  let applied = 0;
  let passes = 0;
  // A step or topic is inserted (or a heading renamed) once: if the next lint still finds it missing (it
  // landed where it is not recognised), it is not inserted again and again.
  const done = new Set<string>();
  const keyOf = (f: BulkFix) => `${f.type} ${f.topic ?? `${f.start}:${f.text}`}`;
  while (passes < maxPasses) {
    const book = linter.ruleBook(result.case);
    let fixes = bulkFixes(result.findings, types, book);
    if (types.includes('sections') && book) fixes.push(...hollowStepFixes(linter, output, result, book));
    fixes = fixes.filter((f) => !done.has(keyOf(f)));
    for (const f of fixes) done.add(keyOf(f));
    if (fixes.length === 0) break;
    const next = applyFixes(output, fixes);
    if (next.output === output) break;
    passes++;
    applied += next.applied;
    output = next.output;
    result = linter.lint(output, fixOptions);
  }
  if (fixOptions !== options) result = linter.lint(output, options);
  return { output, result, applied, passes };
}

/**
 * The `sections` fixes no finding carries: the missing topics of a hollow step (a heading with nothing, or
 * only a TODO line, under it), which is reported once as a step and not once per topic. Each goes under
 * its step, after what is there.
 */
export function hollowStepFixes(linter: Linter, text: string, result: LintResult, book: RuleBook): BulkFix[] {
  return missingTopicFixes(linter, text, result, book, book.steps.filter((s) => result.coverage.steps[s.id]?.status === 'empty'), false);
}

/**
 * The `sections` fixes for every required topic the coverage has missing (and asked for) in a step the doc
 * has (present or hollow), whatever the profile reports: what "Insert all missing sections of this step"
 * inserts in the editor, as `--fix-type sections` does on the command line.
 */
export function stepTopicFixes(linter: Linter, text: string, result: LintResult, book: RuleBook): BulkFix[] {
  return missingTopicFixes(linter, text, result, book, book.steps.filter((s) => ['empty', 'present'].includes(result.coverage.steps[s.id]?.status ?? 'missing')), true);
}

/** The fixes for the missing required topics of `steps` (`askedOnly`: not those the doc is not asked for). */
function missingTopicFixes(linter: Linter, text: string, result: LintResult, book: RuleBook, steps: readonly SectionDef[], askedOnly: boolean): BulkFix[] {
  if (steps.length === 0) return [];
  const analysis = analyse(parseMarkdown(text), text, book, linter.recogniser(result.case));
  const lines = new LineIndex(text);
  const model = buildModel(analysis, book, (o) => lines.point(o).line);
  const out: BulkFix[] = [];
  for (const step of steps) {
    for (const def of book.topics) {
      const cov = result.coverage.topics[def.id];
      if (def.step !== step.id || !def.required || (cov?.status ?? 'missing') !== 'missing' || (askedOnly && cov?.notAsked)) continue;
      const fix = insertTopicFix({ text, lang: result.lang, analysis, book, model }, def);
      if (fix) out.push({ ...fix, id: 'insertSection', data: { title: def.title[result.lang] }, type: 'sections', ruleId: 'missing-topic', topic: def.id });
    }
  }
  return out;
}
