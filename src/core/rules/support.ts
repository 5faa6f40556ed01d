/**
 * What the content rules share: where a topic is discussed (its own sections, or its step when it was
 * found by cues), and the check of a schema `requires` entry. Rules pick their topics by the data a
 * schema attaches (`requires[].rule`, `categories`, `metricFamilies`), never by id.
 */
import { evidenceOf, phrases, wordList, type Hit, type Scope } from '../evidence.js';
import type { SectionDef, Words } from '../rulebook.js';
import { isNotApplicable } from '../substance.js';
import { hasFigure } from '../outline.js';
import type { Lang } from '../types.js';
import type { RuleContext, RuleMeta } from './context.js';

export interface Discussion {
  scopes: Scope[];
  /** Where a finding about the discussion goes. */
  start: number;
  end: number;
}

/**
 * Where a topic is discussed with substance: its own sections when it has a heading, else its step
 * (when cues found it there). Empty, waived and missing topics have none: other rules report those.
 */
export function discussion(ctx: RuleContext, def: SectionDef): Discussion | undefined {
  const entry = ctx.model.topics[def.id];
  if (!entry || entry.status !== 'present') return undefined;
  const ev = evidenceOf(ctx.analysis);
  if (entry.via === 'heading' && entry.section) {
    const scopes = ev.ownScopes(def);
    // "N/A: server-side only, ..." says with a reason that the topic does not apply: nothing to demand.
    if (scopes.length === 0 || isNotApplicable(ev.text(scopes))) return undefined;
    return { scopes, start: entry.section.start, end: entry.section.end };
  }
  const at = entry.offset ?? 0;
  return { scopes: ev.stepScopes(def), start: at, end: ctx.lines.lineEnd(at) };
}

/** Occurrences of words in a discussion, in the senses the topic allows. */
export function hitsIn(ctx: RuleContext, def: SectionDef, words: Words | readonly string[], d: Discussion): Hit[] {
  const list = Array.isArray(words) ? (words as string[]) : wordList(words as Words);
  return evidenceOf(ctx.analysis).find(list, def.senses, d.scopes);
}

/** Whether the words occur in a discussion in the senses the topic allows (hitsIn, stopping at the first). */
export function namesIn(ctx: RuleContext, def: SectionDef, words: Words, d: Discussion): boolean {
  return evidenceOf(ctx.analysis).each(wordList(words), def.senses, d.scopes, 1, () => true) !== undefined;
}

/** A few words of a list, in the doc's language first, for "e.g." in messages. */
export function examples(words: Words, lang: Lang, n = 4): string {
  const own = words[lang] ?? [];
  const other = lang === 'en' ? (words.ko ?? []) : (words.en ?? []);
  // Varied examples: skip a word whose stem an earlier example already shows ("distilled" after "knowledge distillation").
  const chosen: string[] = [];
  const stems = new Set<string>();
  for (const w of [...own, ...other]) {
    if (chosen.length >= n) break;
    const stem = (p: string) => (/^[\x20-\x7e]+$/.test(p) ? p.slice(0, 5) : p.slice(0, 2));
    const parts = w.toLowerCase().split(/[\s\-@/]+/).filter((p) => p.length >= 2);
    if (parts.some((p) => stems.has(stem(p)))) continue;
    if (chosen.some((c) => c.toLowerCase().includes(w.toLowerCase()) || w.toLowerCase().includes(c.toLowerCase()))) continue;
    chosen.push(w);
    for (const p of parts) stems.add(stem(p));
  }
  return chosen.join(', ');
}

/** The distinct phrases of some hits, in order of appearance. */
export function named(hits: readonly Hit[], n = 4): string {
  return [...new Set(hits.map((h) => h.phrase))].slice(0, n).join(', ');
}

/**
 * Checks every topic whose schema `requires` names this rule: each group of words needs an occurrence
 * where the topic is discussed. One finding per topic, naming the groups that are missing.
 */
export function checkRequirement(ctx: RuleContext, meta: RuleMeta, messageId: string): void {
  // A framework note says what a step is for, not what a design chose: it has no values to name.
  if (ctx.framework) return;
  for (const def of ctx.book.topics) {
    for (const req of def.requires ?? []) {
      if (req.rule !== meta.id) continue;
      const d = discussion(ctx, def);
      if (!d) continue;
      // A section that shows a figure (a screenshot of a table, a chart) may name in it what it does not
      // in words: nothing is demanded of what cannot be read.
      if (hasFigure(ctx.analysis.leaves, d.start, ctx.model.topics[def.id]?.section?.sectionEnd ?? d.end)) continue;
      // Under `missing: unnamed` (the default profile) a word the doc says anywhere else counts too: the
      // method named on the lead-in's own line or in the next section is there for a reviewer.
      const missing = req.groups.filter(
        (g) => !namesIn(ctx, def, g.words, d) && !inCode(ctx, g.words, d) && !(ctx.missingMode === 'unnamed' && ctx.docNames(g.words)),
      );
      if (missing.length === 0) continue;
      const found = req.groups.filter((g) => !missing.includes(g));
      ctx.report({
        messageId,
        node: d,
        topic: def.id,
        data: {
          title: def.title[ctx.lang],
          id: def.id,
          missing: missing.map((g) => g.label?.[ctx.lang] ?? examples(g.words, ctx.lang, 3)).join(ctx.lang === 'ko' ? ', ' : ' and '),
          found: found.map((g) => g.label?.[ctx.lang] ?? '').filter(Boolean).join(', '),
          examples: missing.map((g) => examples(g.words, ctx.lang)).join('; '),
        },
      });
    }
  }
}

/**
 * Whether one of the words is in a code block or inline code of the discussion: a metric computed in code
 * (`precision_at_k(...)`, `ndcg@10`) is named. Identifiers read as words (`_` as a space).
 */
function inCode(ctx: RuleContext, words: Words, d: Discussion): boolean {
  let code = '';
  for (const s of d.scopes) {
    for (const b of codeBlocks(ctx)) if (b.start < s.end && s.start < b.end) code += ' ' + ctx.text.slice(Math.max(b.start, s.start), Math.min(b.end, s.end));
  }
  if (!code) return false;
  const hay = code.toLowerCase().replace(/_+/g, ' ');
  return phrases(wordList(words)).test(hay);
}

const codeOf = new WeakMap<object, Array<{ start: number; end: number }>>();
/** The code blocks and inline code of the doc (source ranges), as the parse tree has them (the outline's code leaves). */
function codeBlocks(ctx: RuleContext): Array<{ start: number; end: number }> {
  let r = codeOf.get(ctx.analysis);
  if (!r) codeOf.set(ctx.analysis, (r = ctx.analysis.leaves.filter((l) => l.code).map((l) => ({ start: l.start, end: l.end }))));
  return r;
}

/**
 * The doc's step headings in order: real headings (not quoted, not inside another step's heading)
 * recognised as one or more steps. A compound heading ("Deployment and monitoring") names several.
 */
export function stepHeadings(ctx: RuleContext): Array<{ section: import('../outline.js').Section; steps: SectionDef[] }> {
  const { sections, ids } = ctx.analysis;
  const stepsOf = (i: number): SectionDef[] =>
    (ids.get(i) ?? []).map((id) => ctx.book.byId.get(id)).filter((d): d is SectionDef => d?.kind === 'step');
  const out: Array<{ section: import('../outline.js').Section; steps: SectionDef[] }> = [];
  for (const s of sections) {
    if (s.kind !== 'heading' || s.inQuote) continue;
    const steps = stepsOf(s.index);
    if (steps.length === 0) continue;
    let p = s.parent;
    let nested = false;
    while (p !== undefined) {
      if (stepsOf(p).length > 0) nested = true;
      p = sections[p]!.parent;
    }
    if (!nested) out.push({ section: s, steps: [...steps].sort((a, b) => a.order - b.order) });
  }
  return out;
}

/** The doc's title (its first H1), else its first line: where findings about the whole doc go. */
export function titleRange(ctx: RuleContext): readonly [number, number] {
  const h1 = ctx.analysis.sections.find((s) => s.kind === 'heading' && s.level === 1);
  return h1 ? [h1.start, h1.end] : [0, ctx.lines.lineEnd(0)];
}

export interface Blank {
  def: SectionDef;
  section: import('../outline.js').Section;
  /** The section's extent: a step's runs to its last topic. */
  start: number;
  end: number;
}

const blanksOf = new WeakMap<object, { blanks: Blank[]; headed: number }>();
/**
 * The headed steps and topics the doc leaves blank (status empty: nothing but blanks, TODOs, prompts or
 * its sub-headings), in order, and how many headed steps and topics it has. A bullet or `label:` line that
 * names a topic is no heading left empty. A section the case does not ask for is the writer's own.
 */
export function blankSections(ctx: RuleContext): { blanks: Blank[]; headed: number } {
  let out = blanksOf.get(ctx.model);
  if (out) return out;
  const blanks: Blank[] = [];
  let headed = 0;
  for (const def of [...ctx.book.steps, ...ctx.book.topics]) {
    const e = (def.kind === 'step' ? ctx.model.steps : ctx.model.topics)[def.id];
    const s = e?.section;
    if (!e || !s || s.kind === 'listitem' || s.kind === 'leadin' || ctx.book.omitted.has(def.id)) continue;
    if (e.status !== 'empty' && e.status !== 'present') continue;
    headed++;
    if (e.status !== 'empty') continue;
    const end = def.kind === 'step' ? (ctx.analysis.extents.find((x) => x.section === s)?.end ?? s.sectionEnd) : s.sectionEnd;
    // A framework note is written as the questions to ask at each step: a section of questions is what it
    // has to say, not a blank.
    if (ctx.framework && /[?？]/u.test(ctx.text.slice(s.bodyStart, end))) continue;
    blanks.push({ def, section: s, start: s.start, end });
  }
  blanks.sort((a, b) => a.start - b.start);
  blanksOf.set(ctx.model, (out = { blanks, headed }));
  return out;
}

/** How many blank sections make a doc "still mostly blank": at least this many, and at least half of its headed sections. */
const UNFILLED_MIN = 3;

/**
 * Under a profile that groups blanks (`blanks: grouped`), the blank sections of a doc that is still mostly
 * blank: they get one finding, and their placeholders none of their own. Undefined otherwise.
 */
export function unfilledSections(ctx: RuleContext): Blank[] | undefined {
  if (ctx.blanks !== 'grouped') return undefined;
  const { blanks, headed } = blankSections(ctx);
  return blanks.length >= UNFILLED_MIN && blanks.length * 2 >= headed ? blanks : undefined;
}
