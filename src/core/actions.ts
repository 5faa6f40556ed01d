/**
 * What an editor's light bulb offers for the findings under the cursor: a handful of entries, grouped by
 * finding. Pure (the VS Code adapter turns each entry into a CodeAction); titles come from the rules'
 * meta in the doc's language.
 *
 * For each finding, in order (errors first): its own fix (preferred); "Insert all missing sections of this
 * step" for a missing topic when the step misses more than one, and for any finding in a hollow step
 * (once per step); "Insert all missing steps" for the finding that lists them; for a grouped finding, a
 * fix per topic (or step) it lists, or, when it lists more than MAX_INLINE_TOPICS, one entry that lets the
 * user pick; a waiver when the rule allows one. Last, "disable" once per rule. Past MAX_ENTRIES, every
 * group is a pick and the waivers are one entry that asks which.
 */
import { bulkFixes, mergeFixes, stepSectionFixes, type BulkFix } from './fix-all.js';
import { formatText } from './rules/format.js';
import { ruleById } from './rules/registry.js';
import type { RuleBook } from './rulebook.js';
import type { Coverage, Finding, Fix, Lang } from './types.js';

/** A grouped finding that lists at most this many topics gets a light-bulb entry per topic; more go in a picker. */
export const MAX_INLINE_TOPICS = 3;
/** A handful: past this many entries, a grouped finding's topics go in a picker and the waivers in one entry. */
export const MAX_ENTRIES = 6;

export interface TopicChoice {
  topic: string;
  title: string;
  edits: Fix[];
}

export type PlannedAction =
  /** Apply `edits` (one undo step): a finding's own fix, a topic's fix, or all missing sections of a step. */
  | { kind: 'edit'; title: string; finding: Finding; edits: Fix[]; preferred: boolean }
  /** Let the user pick one of `choices` (a grouped finding's topics), then apply its edits. */
  | { kind: 'pick'; title: string; finding: Finding; group: string; choices: TopicChoice[] }
  /** Waive one of `topics` (the findings' steps or topics; the editor asks which, when there are several, and for the reason). */
  | { kind: 'waive'; finding: Finding; topics: string[] }
  /** Turn the rule off for this file. */
  | { kind: 'disable'; finding: Finding; ruleId: string };

/** The title of a fix, from its rule's meta (`fixes`), in `lang`. */
export function fixTitle(ruleId: string, fixId: string, lang: Lang, data?: Record<string, string | number>): string {
  const texts = ruleById(ruleId)?.meta.fixes?.[fixId];
  return texts ? formatText(texts, lang, data, `${ruleId} fix ${fixId}`) : `${ruleId}: ${fixId}`;
}

/**
 * The light-bulb entries for `here` (the findings under the cursor), given every finding of the doc
 * (`all`, for the step-wide insert), its text and rule book.
 */
export function quickFixPlan(
  text: string,
  here: readonly Finding[],
  all: readonly Finding[],
  book: RuleBook,
  lang: Lang,
  /**
   * The fixes of hollow steps' topics (hollowStepFixes) and the coverage they were found in; `stepFixes`,
   * the fixes of every missing topic of the doc's steps (stepTopicFixes), for "insert all missing sections
   * of this step" whatever the profile reports (without it, the topics the findings name).
   */
  hollow?: { fixes: readonly BulkFix[]; coverage: Coverage; stepFixes?: readonly BulkFix[] },
): PlannedAction[] {
  const full = plan(text, here, all, book, lang, MAX_INLINE_TOPICS, hollow);
  return full.length <= MAX_ENTRIES ? full : plan(text, here, all, book, lang, 0, hollow);
}

/**
 * The hollow step (a heading with nothing, or only a TODO line, under it) a finding is about or sits in:
 * its own step, else the last step heading above it, when that step is hollow.
 */
function hollowStepOf(f: Finding, hollow: readonly BulkFix[], book: RuleBook, lines: ReadonlyMap<string, number>): string | undefined {
  if (hollow.length === 0) return undefined;
  let step = f.topic && book.byId.get(f.topic)?.kind === 'step' ? f.topic : undefined;
  if (!step) {
    let best = 0;
    for (const [id, line] of lines) if (line <= f.line && line > best) [best, step] = [line, id];
  }
  return step && hollow.some((h) => h.topic && book.byId.get(h.topic)?.step === step) ? step : undefined;
}

function plan(text: string, here: readonly Finding[], all: readonly Finding[], book: RuleBook, lang: Lang, maxInline: number, h?: { fixes: readonly BulkFix[]; coverage: Coverage; stepFixes?: readonly BulkFix[] }): PlannedAction[] {
  const hollow = h?.fixes ?? [];
  const out: PlannedAction[] = [];
  const stepsDone = new Set<string>();
  const sorted = [...here].sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error') || a.line - b.line || a.column - b.column);
  const stepOf = (f: Finding): string | undefined => {
    const def = f.topic ? book.byId.get(f.topic) : undefined;
    if (!def) return undefined;
    return def.kind === 'topic' ? def.step : f.related?.length ? def.id : undefined;
  };
  const waivable: Array<{ finding: Finding; topic: string }> = [];
  // Where each step's heading is, to find the hollow step a finding sits in.
  const stepLines = new Map<string, number>();
  for (const s of book.steps) {
    const line = h?.coverage.steps[s.id]?.line;
    if (line !== undefined) stepLines.set(s.id, line);
  }
  for (const f of sorted) {
    if (f.fix) out.push({ kind: 'edit', title: fixTitle(f.ruleId, f.fix.id, lang, f.fix.data), finding: f, edits: [stripFix(f.fix)], preferred: true });
    const hollowStep = f.ruleId === 'missing-topic' ? undefined : hollowStepOf(f, hollow, book, stepLines);
    if (hollowStep && !stepsDone.has(hollowStep)) {
      // A hollow step's topics are in no finding of their own: insert them all from here.
      stepsDone.add(hollowStep);
      const fixes = hollow.filter((h) => h.topic && book.byId.get(h.topic)?.step === hollowStep);
      const stepTitle = book.byId.get(hollowStep)?.title[lang] ?? hollowStep;
      out.push({
        kind: 'edit',
        title: fixTitle('missing-topic', 'insertStep', lang, { count: fixes.length, stepTitle }),
        finding: f,
        edits: mergeFixes(text, fixes).edits,
        preferred: !f.fix,
      });
    }
    const stepId = f.ruleId === 'missing-topic' ? stepOf(f) : undefined;
    if (stepId && !stepsDone.has(stepId)) {
      stepsDone.add(stepId);
      const fixes = h?.stepFixes ? h.stepFixes.filter((x) => x.topic && book.byId.get(x.topic)?.step === stepId) : stepSectionFixes(all, stepId, book);
      if (fixes.length > 1) {
        const stepTitle = book.byId.get(stepId)?.title[lang] ?? stepId;
        out.push({
          kind: 'edit',
          title: fixTitle('missing-topic', 'insertStep', lang, { count: fixes.length, stepTitle }),
          finding: f,
          edits: mergeFixes(text, fixes).edits,
          preferred: !f.fix,
        });
      }
    }
    const choices = topicChoices(f, lang);
    // A grouped finding of missing steps: all of them at once (a missing topic's group has its step's entry above).
    if (choices.length > 1 && !stepId) {
      const fixes = bulkFixes([f], ['sections'], book);
      if (fixes.length > 1) out.push({ kind: 'edit', title: fixTitle(f.ruleId, 'insertAll', lang, { count: fixes.length }), finding: f, edits: mergeFixes(text, fixes).edits, preferred: !f.fix });
    }
    if (choices.length > 0 && choices.length <= maxInline) {
      for (const c of choices) out.push({ kind: 'edit', title: c.title, finding: f, edits: c.edits, preferred: false });
    } else if (choices.length > 0) {
      const stepTitle = stepId ? (book.byId.get(stepId)?.title[lang] ?? stepId) : '';
      out.push({ kind: 'pick', title: fixTitle(f.ruleId, 'pickOne', lang, { stepTitle }), finding: f, group: groupKey(f), choices });
    }
    // A grouped finding stands for several topics: each is waived on its own (from its own finding or the coverage view).
    const def = f.topic ? book.byId.get(f.topic) : undefined;
    if (def && !f.related?.length && ruleById(f.ruleId)?.meta.waivable) {
      // Each with its finding, or (when the list would grow long) one entry at the end that asks which.
      if (maxInline > 0) out.push({ kind: 'waive', finding: f, topics: [def.id] });
      else waivable.push({ finding: f, topic: def.id });
    }
  }
  if (waivable.length > 0) out.push({ kind: 'waive', finding: waivable[0]!.finding, topics: waivable.map((w) => w.topic) });
  const disabled = new Set<string>();
  for (const f of sorted) {
    if (disabled.has(f.ruleId)) continue;
    disabled.add(f.ruleId);
    out.push({ kind: 'disable', finding: f, ruleId: f.ruleId });
  }
  return out;
}

/** The topics a grouped finding lists, each with its fix's title and edit. */
export function topicChoices(f: Finding, lang: Lang): TopicChoice[] {
  return (f.related ?? []).flatMap((r) => (r.fix ? [{ topic: r.topic, title: fixTitle(f.ruleId, r.fix.id, lang, r.fix.data), edits: [stripFix(r.fix)] }] : []));
}

/** What names a grouped finding: the step whose topics it lists, else its rule (the missing steps). */
export function groupKey(f: Finding): string {
  return f.topic ?? f.ruleId;
}

/** The grouped finding named `key` (groupKey), if there is one. */
export function groupedFindingOf(findings: readonly Finding[], key: string): Finding | undefined {
  return findings.find((f) => groupKey(f) === key && (f.related?.length ?? 0) > 0);
}

function stripFix(f: Fix): Fix {
  return { start: f.start, end: f.end, text: f.text };
}
