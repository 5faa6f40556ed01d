/**
 * The document model: which section covers which step and topic, and with how much substance.
 * It is both what the schema validates and the coverage report that the CLI and the editor show.
 */
import type { Root } from 'mdast';
import { buildSections, collectOutline, hasFigure, textBetween, type Marker, type Section, type TextLeaf } from './outline.js';
import { Recogniser, type Recognition } from './recognise.js';
import type { RuleBook, SectionDef } from './rulebook.js';
import { hasSubstance, type SubstanceOptions } from './substance.js';
import { Memo } from './memo.js';
import { firstIndex } from './search.js';
import { RangeSet, SentenceEvidence, cueHitsOf, isReferenceHeading, mentionOf as mentionIn, referenceRanges, WHOLE_DOC } from './evidence.js';
import type { Coverage, CoverageEntry } from './types.js';

export interface Analysis {
  sections: Section[];
  leaves: TextLeaf[];
  /** Section index to the ids it was recognised as. */
  ids: Map<number, string[]>;
  /** Real headings that matched nothing but resemble an alias. */
  nearMisses: Array<{ section: Section; suggestion: NonNullable<Recognition['suggestion']> }>;
  /** Every section recognised as each id, in document order. */
  sectionsOf: Map<string, Section[]>;
  /**
   * Where each step's discussion runs: from its heading to the next step (or another step's topic) at
   * the same or a higher level, or a higher-level heading. In a doc where every heading is an H1 this
   * takes in the step's topics that follow it; in a nested doc it equals the heading's section.
   */
  extents: StepExtent[];
  /** Whether a short line names a step or topic, and nothing more (see SubstanceOptions.isLabel). */
  isLabel: (line: string) => boolean;
}

export interface StepExtent {
  step: string;
  /** The step's own section. */
  section: Section;
  /** Body range: after the heading to the end of the extent. */
  start: number;
  end: number;
}

interface OpenStep {
  step: string;
  level: number;
  start: number;
}

export function analyse(root: Root, text: string, book: RuleBook, recogniser: Recogniser): Analysis {
  const textLength = text.length;
  const { markers, leaves } = collectOutline(root, text);
  const headings = markers.filter((m) => m.kind === 'heading');
  // Pass 1: real headings in order, tracking which step's discussion each one falls in.
  const headingIds = new Map<number, string[]>();
  const nearByStart = new Map<number, NonNullable<Recognition['suggestion']>>();
  const closed: Array<{ step: string; start: number; end: number }> = [];
  const open: OpenStep[] = [];
  const close = (at: number, keep: (o: OpenStep) => boolean): void => {
    while (open.length > 0 && !keep(open[open.length - 1]!)) {
      const o = open.pop()!;
      closed.push({ step: o.step, start: o.start, end: at });
    }
  };
  // The level of the references section the headings are in (its sub-headings list what was read: "### 모델"
  // under "## 참고 자료" is a list of model links, not the model development step).
  let refLevel: number | undefined;
  for (const h of headings) {
    // A heading inside a block quote is quoted material (reading notes), not the doc's own structure.
    if (h.inQuote) continue;
    if (refLevel !== undefined && h.level > refLevel) continue;
    refLevel = isReferenceHeading(h.text) ? h.level : undefined;
    close(h.start, (o) => o.level <= h.level);
    const top = open[open.length - 1];
    const ctx = top?.step;
    const r = recogniser.recognise(h.text, { contextStep: ctx, suggest: true, nested: top !== undefined && top.level < h.level, titled: true });
    if (r.ids.length > 0) headingIds.set(h.start, r.ids);
    else if (r.suggestion) nearByStart.set(h.start, r.suggestion);
    // A heading that is no step and no topic, at the step's own level or above, starts something else
    // ("## Evaluation" then "## Cost"): the step's discussion ends there. An empty heading says nothing.
    if (r.ids.length === 0 && h.text.trim()) close(h.start, (o) => o.level < h.level);
    const defs = r.ids.map((id) => book.byId.get(id)!).filter(Boolean);
    const steps = defs.filter((d) => d.kind === 'step');
    if (steps.length > 0) {
      close(h.start, (o) => o.level < h.level);
      // A compound heading ("Deployment and monitoring") opens each step it names.
      for (const d of steps) open.push({ step: d.id, level: h.level, start: h.start });
    } else if (defs.length > 0 && !defs.some((d) => d.step === ctx)) {
      // Another step's topic at the same level ends this step's discussion.
      close(h.start, (o) => o.level < h.level);
    }
  }
  close(textLength, () => false);

  // Pass 2: keep the pseudo-headings that are recognised, in the context of their step: the innermost
  // step heading's extent, or a list item or title line recognised as a step ("9. evaluation:" and its
  // lines, "**Constraints and requirements**" and the bullets under it).
  const kept: Marker[] = [...headings];
  const pseudoIds = new Map<number, string[]>();
  const pseudoSteps: Array<{ step: string; start: number; end: number }> = [];
  const pseudo = markers.filter((m) => m.kind !== 'heading').sort((x, y) => x.start - y.start);
  for (const [i, m] of pseudo.entries()) {
    let ctx: { step: string; start: number } | undefined;
    for (const c of closed) if (c.start <= m.start && m.start < c.end && (!ctx || c.start >= ctx.start)) ctx = c;
    for (const c of pseudoSteps) if (c.start < m.start && m.start < c.end && (!ctx || c.start >= ctx.start)) ctx = c;
    // A copy: the recogniser remembers its answer for the next doc with this line, and the filter below is this doc's.
    const r = { ...recogniser.recognise(m.text, { contextStep: ctx?.step, nested: true }) };
    // Inside a step, a bullet or a label line that says its piece on its own line is a topic, never
    // another step: "- Serving: under 100 ms" and "Training: daily" among the requirements are requirements
    // about serving and training. A bullet with lines under it ("* ML Formulation:" and its sub-bullets,
    // as the nine-step template groups framing under "Problem Formulation") is a step of its own.
    // (A title line of its own, "STEP 2 : ..." or a <summary>, is a step wherever it stands.)
    // Its lines are those before the next label line of its paragraph ("• Batch: ...\n• Online: ...").
    const next = pseudo[i + 1];
    const sameParagraph = m.kind === 'leadin' && next?.kind === 'leadin' && next.hardEnd === m.hardEnd;
    const under = m.hardEnd === undefined ? '' : text.slice(m.end, sameParagraph ? next.start : m.hardEnd);
    if (ctx && (m.kind === 'listitem' || m.kind === 'leadin') && !/[\r\n]\s*\S/.test(under)) {
      // Nor is one that names the step it is in ("• Batch inference: ..." in the serving step's "Batch vs
      // online" topic): it is a bullet of the section it sits in, not a new section cutting that one short.
      r.ids = r.ids.filter((id) => book.byId.get(id)?.kind !== 'step');
    }
    if (r.ids.length > 0) {
      kept.push(m);
      pseudoIds.set(m.start, r.ids);
      // A bold title line or a plain "STEP 2:" line runs to the next heading or title line at its level.
      const end = m.hardEnd ?? nextBoundary(m, headings, pseudo);
      for (const id of r.ids) if (book.byId.get(id)?.kind === 'step') pseudoSteps.push({ step: id, start: m.start, end });
    }
  }
  const sections = buildSections(kept, textLength);
  const refs = referenceRanges(sections);
  const ids = new Map<number, string[]>();
  const nearMisses: Analysis['nearMisses'] = [];
  for (const s of sections) {
    const got = s.kind === 'heading' ? headingIds.get(s.start) : pseudoIds.get(s.start);
    // Quoted reading notes and references are not the doc's own sections.
    const quoted = s.inQuote || refs.some(([from, to]) => from < s.start && s.start < to);
    if (got && got.length > 0 && !quoted) ids.set(s.index, got);
    const near = s.kind === 'heading' ? nearByStart.get(s.start) : undefined;
    // A references heading is what it says, however close to a step's name ("Reference", "Inference").
    if (near && !isReferenceHeading(s.text)) nearMisses.push({ section: s, suggestion: near });
  }
  const sectionsOf = new Map<string, Section[]>();
  for (const s of sections) {
    for (const id of ids.get(s.index) ?? []) {
      const list = sectionsOf.get(id) ?? [];
      list.push(s);
      sectionsOf.set(id, list);
    }
  }
  const byStart = new Map(sections.map((s) => [s.start, s]));
  const extents: StepExtent[] = closed.map((c) => {
    const section = byStart.get(c.start)!;
    return { step: c.step, section, start: section.bodyStart, end: Math.max(c.end, section.sectionEnd) };
  });
  // Steps written as pseudo-headings (list items, bold lines) run over their own section.
  for (const s of sections) {
    if (s.kind === 'heading') continue;
    for (const id of ids.get(s.index) ?? []) {
      if (book.byId.get(id)?.kind === 'step') extents.push({ step: id, section: s, start: s.bodyStart, end: s.sectionEnd });
    }
  }
  extents.sort((x, y) => x.section.start - y.section.start);
  // "Batch inference" names the serving step and a choice within it: that is content, not a bare label.
  const isLabel = (line: string): boolean => {
    const r = recogniser.recognise(line);
    return r.ids.length > 0 && r.how !== 'modified';
  };
  const analysis: Analysis = { sections, leaves, ids, nearMisses, sectionsOf, extents, isLabel };
  dropLateRequirements(analysis, book, recogniser);
  const opening = openingRequirements(analysis, book);
  if (opening) {
    extents.push(opening);
    extents.sort((x, y) => x.section.start - y.section.start);
  }
  return analysis;
}

/**
 * Requirements come first. A section titled only by a generic title of a first-step topic ("Performance",
 * "Background", "Scale", 성능, 배경: x-mlsd `openingAliases`) after a later step's heading (data preparation
 * onwards: the framing may share the opening), outside the first step's own section, says how the built
 * system performs or why a change was made: it is not the requirements, and does not make the first step
 * present. A title that says more ("Latency budget", "Data volume estimates") is the requirement wherever it stands.
 */
function dropLateRequirements(a: Analysis, book: RuleBook, recogniser: Recogniser): void {
  const first = book.steps[0]?.id;
  const late = new Set(book.steps.slice(2).map((s) => s.id));
  let lateStart = Infinity;
  for (const e of a.extents) if (late.has(e.step) && e.section.kind === 'heading') lateStart = Math.min(lateStart, e.section.start);
  if (!first || lateStart === Infinity) return;
  const own = a.extents.filter((e) => e.step === first);
  for (const s of a.sections) {
    const got = a.ids.get(s.index);
    if (!got || s.start <= lateStart || own.some((e) => e.section.start <= s.start && s.start < e.end)) continue;
    const keep = got.filter((id) => {
      const d = book.byId.get(id);
      return !(d?.kind === 'topic' && d.step === first && d.openingAliases && !recogniser.namesBeyondOpening(s.text, d));
    });
    if (keep.length === got.length) continue;
    if (keep.length > 0) a.ids.set(s.index, keep);
    else a.ids.delete(s.index);
    for (const id of got) {
      if (keep.includes(id)) continue;
      const list = a.sectionsOf.get(id)!.filter((x) => x !== s);
      if (list.length > 0) a.sectionsOf.set(id, list);
      else a.sectionsOf.delete(id);
    }
  }
}

/**
 * The requirements a note opens with, without a heading: facts under the doc's title, before its first
 * heading, when the first step has no section of its own and a later step does ("# Video search", then
 * bullets on the data, the scale and the languages, then "## Framing"). They count when they state at
 * least two of the first step's topics; they run over the title's section (its line is where findings go).
 */
function openingRequirements(a: Analysis, book: RuleBook): StepExtent | undefined {
  const first = book.steps[0];
  if (!first || a.extents.length === 0 || a.extents.some((e) => e.step === first.id)) return undefined;
  const title = a.sections.find((s) => s.kind === 'heading');
  if (!title || a.ids.has(title.index) || title.start >= a.extents[0]!.section.start) return undefined;
  const next = a.sections.find((s) => s.kind === 'heading' && s.start > title.start);
  const end = Math.min(next?.start ?? title.sectionEnd, a.extents[0]!.section.start);
  if (end <= title.bodyStart) return undefined;
  const scope = [{ start: title.bodyStart, end }];
  let stated = 0;
  for (const t of book.topics) {
    if (t.step !== first.id || mentionIn(a, t, [], scope) === undefined) continue;
    if (++stated >= 2) return { step: first.id, section: title, start: title.bodyStart, end };
  }
  return undefined;
}

/** Where a pseudo-heading without an end of its own stops: the next heading, or title line at its level or above. */
function nextBoundary(m: Marker, headings: readonly Marker[], pseudo: readonly Marker[]): number {
  let end = Number.MAX_SAFE_INTEGER;
  const h = headings[firstIndex(headings.length, (i) => headings[i]!.start > m.start)];
  if (h) end = h.start;
  for (let i = firstIndex(pseudo.length, (k) => pseudo[k]!.start > m.start); i < pseudo.length && pseudo[i]!.start < end; i++) {
    if (pseudo[i]!.level <= m.level) return pseudo[i]!.start;
  }
  return end;
}

function isRequirements(book: RuleBook, def: SectionDef): boolean {
  return book.steps[0]?.id === def.step;
}

export interface ModelEntry extends CoverageEntry {
  /** Offset where the covering section (or cue) starts. */
  offset?: number;
  section?: Section;
  /** Found by one sentence outside the topic's step (sentenceEvidenceOf). */
  elsewhere?: boolean;
  /** Named in passing (mentionOf): enough not to ask for it, not to make its step present. */
  mention?: boolean;
}

export interface DocModel {
  steps: Record<string, ModelEntry>;
  topics: Record<string, ModelEntry>;
}

/**
 * Where a topic with no heading of its own is discussed in its step: two distinct cues, outside code,
 * block quotes and reference sections, in the sense its schema allows (evidence.ts).
 */
function cueEvidence(a: Analysis, def: SectionDef, outside: ReadonlyArray<readonly [number, number]>, questions: boolean): number | undefined {
  const hits = cueHitsOf(a, def, outside, questions);
  return hits.size >= 2 ? Math.min(...hits.values()) : undefined;
}

/**
 * Where a topic of the procedure is named in passing in the doc's prose: in its step, a cue or a title
 * of it in a statement; anywhere else, a title ("our data sources are the play logs" under "Model"),
 * outside `outside`. Not in the opening lines of a step whose writer gave its topics
 * headings: those lines are a roadmap ("we describe the serving path through the prediction pipeline").
 */
function mentionOf(a: Analysis, book: RuleBook, def: SectionDef, leftOut: MentionLeftOut): number | undefined {
  // A topic a case adds names a technique ("two-tower", "diversity"): named in passing, it is not designed.
  if (def.source !== book.steps[0]?.source) return undefined;
  // In its step, by a cue or a title, not in another topic's section (its cues there are that topic's
  // talk: an ETL section that loads "into the warehouse" does not discuss storage); anywhere, by a title.
  return mentionIn(a, def, leftOut.inStep) ?? mentionIn(a, def, leftOut.anywhere, WHOLE_DOC, false);
}

/** What `mentionOf` leaves out: in the step, also the sections of topics with headings of their own. */
interface MentionLeftOut {
  inStep: RangeSet;
  anywhere: RangeSet;
}

/** `outside` and the roadmaps of the steps (see `mentionOf`), merged once. */
function mentionLeftOut(a: Analysis, book: RuleBook, outside: ReadonlyArray<readonly [number, number]>): MentionLeftOut {
  const out = [...outside, ...roadmaps(a, book)];
  return { inStep: new RangeSet([...out, ...topicHeadingRanges(a, book)]), anywhere: new RangeSet(out) };
}

const topicHeadingRangesOf = new WeakMap<Analysis, Array<readonly [number, number]>>();
/** The sections of topics that have headings of their own (a writer's headed outline). */
function topicHeadingRanges(a: Analysis, book: RuleBook): Array<readonly [number, number]> {
  let r = topicHeadingRangesOf.get(a);
  if (!r) {
    r = [];
    for (const t of book.topics) for (const s of a.sectionsOf.get(t.id) ?? []) if (s.kind === 'heading') r.push([s.bodyStart, s.sectionEnd]);
    topicHeadingRangesOf.set(a, r);
  }
  return r;
}

const roadmapsOf = new WeakMap<Analysis, Array<readonly [number, number]>>();
/** The opening lines of each step whose topics have headings: from the step's heading to its first topic heading. */
function roadmaps(a: Analysis, book: RuleBook): Array<readonly [number, number]> {
  let r = roadmapsOf.get(a);
  if (r) return r;
  r = [];
  for (const e of a.extents) {
    let first: number | undefined;
    for (const t of book.topics) {
      if (t.step !== e.step) continue;
      for (const s of a.sectionsOf.get(t.id) ?? []) if (s.kind === 'heading' && s.start >= e.start && s.start < e.end && (first === undefined || s.start < first)) first = s.start;
    }
    if (first !== undefined) r.push([e.start, first]);
  }
  roadmapsOf.set(a, r);
  return r;
}

const topicRangesOf = new WeakMap<Analysis, Array<readonly [number, number]>>();
/** The sections recognised as topics (each discusses its own topic). */
function topicRanges(a: Analysis, book: RuleBook): Array<readonly [number, number]> {
  let r = topicRangesOf.get(a);
  if (!r) {
    r = [];
    for (const s of a.sections) {
      const ids = a.ids.get(s.index);
      if (ids && ids.every((id) => book.byId.get(id)?.kind === 'topic')) r.push([s.bodyStart, s.sectionEnd]);
    }
    topicRangesOf.set(a, r);
  }
  return r;
}

/** Where the requirements (the first step) are discussed. */
export function requirementRanges(a: Analysis, book: RuleBook): Array<readonly [number, number]> {
  const first = book.steps[0]?.id;
  return a.extents.filter((e) => e.step === first).map((e) => [e.section.start, e.end] as const);
}

const headingRangesOf = new WeakMap<Analysis, Array<readonly [number, number]>>();
/** The source ranges of the doc's headings (their titles). */
function headingRanges(a: Analysis): Array<readonly [number, number]> {
  let r = headingRangesOf.get(a);
  if (!r) headingRangesOf.set(a, (r = a.sections.filter((s) => s.kind === 'heading').map((s) => [s.start, s.end] as const)));
  return r;
}

/**
 * Status of every step and topic. A topic without a heading of its own counts as present when its
 * step discusses it: two distinct cues of the topic in the step's text.
 */
export function buildModel(a: Analysis, book: RuleBook, lineOf: (offset: number) => number): DocModel {
  // Null prototypes: a topic id such as `constructor` is looked up as the doc's, never as Object's.
  const model: DocModel = { steps: Object.create(null) as DocModel['steps'], topics: Object.create(null) as DocModel['topics'] };
  // One sentence anywhere: read once for all topics; what is left out is the same for all topics but
  // the requirements' own (see below), so each of the two arrays is built once.
  let anywhere: SentenceEvidence | undefined;
  let leftOut: { first: Array<readonly [number, number]>; other: Array<readonly [number, number]> } | undefined;
  const elsewhere = (def: SectionDef): number | undefined => {
    anywhere ??= new SentenceEvidence(a, book.topics);
    leftOut ??= { first: topicRanges(a, book), other: [...topicRanges(a, book), ...requirementRanges(a, book)] };
    return anywhere.of(def, def.step === book.steps[0]?.id ? leftOut.first : leftOut.other);
  };
  // What a passing mention leaves out: the same for every topic without a heading of its own, in the
  // requirements or not, so merged once for each.
  const sharedLeftOut = new Map<boolean, MentionLeftOut>();
  const mentionOutside = (def: SectionDef, ownHeading: boolean): MentionLeftOut => {
    const first = def.step === book.steps[0]?.id;
    const shared = !ownHeading ? sharedLeftOut.get(first) : undefined;
    if (shared) return shared;
    const v = mentionLeftOut(a, book, [
      ...(ownHeading ? (a.sectionsOf.get(def.id) ?? []).map((s) => [s.start, s.sectionEnd] as const) : []),
      ...headingRanges(a),
      ...(first ? [] : requirementRanges(a, book)),
    ]);
    if (!ownHeading) sharedLeftOut.set(first, v);
    return v;
  };
  const judge = (def: SectionDef): ModelEntry | undefined => {
    // A step's text is its whole extent (its topics included, even when they are sibling headings).
    const ranges =
      def.kind === 'step'
        ? a.extents.filter((e) => e.step === def.id).map((e) => ({ section: e.section, start: e.start, end: e.end }))
        : (a.sectionsOf.get(def.id) ?? []).map((s) => ({ section: s, start: s.bodyStart, end: s.sectionEnd }));
    if (ranges.length === 0) return undefined;
    const opts = { questionsCount: isRequirements(book, def), hints: [def.hint?.en ?? '', def.hint?.ko ?? ''], isLabel: a.isLabel };
    // A figure (a table as a screenshot, a diagram) is content to a reader, though it has no words.
    const full = ranges.find((r) => substanceOf(book, def, textBetween(a.leaves, r.start, r.end, true), opts) || hasFigure(a.leaves, r.start, r.end));
    const s = (full ?? ranges[0]!).section;
    return { status: full ? 'present' : 'empty', via: 'heading', offset: s.start, line: lineOf(s.start), section: s };
  };
  for (const def of book.topics) {
    const entry = judge(def);
    if (entry?.status === 'present') {
      model.topics[def.id] = entry;
      continue;
    }
    // Two cues in its step. A topic whose own heading is blank (a recap, a worksheet) counts only cues in
    // prose outside that heading's section: a template's prompt under it names cues, and the titles of
    // other blank headings say nothing.
    // Questions are evidence only in the requirements, whose clarifying questions are their content.
    const hit = cueEvidence(a, def, entry ? [...(a.sectionsOf.get(def.id) ?? []).map((s) => [s.start, s.sectionEnd] as const), ...headingRanges(a)] : [], isRequirements(book, def));
    if (hit !== undefined) {
      model.topics[def.id] = { status: 'present', via: 'cue', offset: hit, line: lineOf(hit) };
      continue;
    }
    // Or one sentence anywhere that names it twice over: a topic discussed under another step (an A/B
    // plan under "Monitoring") is there. Not in another topic's own section ("Huber loss is less
    // sensitive to outliers than MSE" discusses the loss, not offline metrics), nor, for the other steps'
    // topics, in the requirements: they ask for things ("precision matters more than recall").
    const there = entry ? undefined : elsewhere(def);
    if (there !== undefined) {
      model.topics[def.id] = { status: 'present', via: 'cue', offset: there, line: lineOf(there), elsewhere: true };
      continue;
    }
    // Or, for a topic a reviewer does not single out (not key), named in passing in a statement:
    // "Latency is not an issue" says what performance needs. A key topic needs more ("focal loss" named for
    // another purpose is no imbalance handling). Not in the requirements for a later step's topic (they
    // ask for things), nor in its own blank heading's section.
    const mention = def.key ? undefined : mentionOf(a, book, def, mentionOutside(def, entry !== undefined));
    if (mention !== undefined) model.topics[def.id] = { status: 'present', via: 'cue', offset: mention, line: lineOf(mention), mention: true };
    else if (entry) model.topics[def.id] = entry;
  }
  for (const def of book.steps) {
    const entry = judge(def);
    // Its topics in document order; a topic named once outside the step makes the topic present, not the step.
    const topics = book.topics
      .map((t) => (t.step === def.id ? model.topics[t.id] : undefined))
      .filter((e): e is ModelEntry => e !== undefined && !e.elsewhere && !e.mention)
      .sort((x, y) => (x.offset ?? 0) - (y.offset ?? 0));
    // A step is present when its own section or one of its topics is: a blank recap heading named after
    // the step must not outweigh the topics discussed elsewhere.
    const present = topics.find((e) => e.status === 'present');
    if (entry && (entry.status === 'present' || !present)) model.steps[def.id] = entry;
    else if (topics.length > 0) {
      const first = present ?? topics[0]!;
      model.steps[def.id] = { status: present ? 'present' : 'empty', via: 'topics', offset: first.offset, line: first.line };
    }
  }
  return model;
}

const substanceSeen = new WeakMap<RuleBook, Memo<Map<string, boolean>>>();
/**
 * hasSubstance of a section's text, remembered by the text, then the step or topic (its hints; labels are
 * the book's): in the editor most sections are unchanged between keystrokes. The text alone is the key
 * (one key with the id in front would be a new string to copy and hash on every look-up).
 */
function substanceOf(book: RuleBook, def: SectionDef, text: string, opts: SubstanceOptions): boolean {
  let memo = substanceSeen.get(book);
  if (!memo) substanceSeen.set(book, (memo = new Memo<Map<string, boolean>>(2048, 16384)));
  const byDef = memo.get(text, () => new Map());
  let v = byDef.get(def.id);
  if (v === undefined) byDef.set(def.id, (v = hasSubstance(text, opts)));
  return v;
}

/** Coverage for output: every step and topic the schema knows, missing ones included. */
export function toCoverage(model: DocModel, book: RuleBook, notApplicable: ReadonlySet<string> = new Set()): Coverage {
  const strip = (e: ModelEntry | undefined): CoverageEntry => {
    if (!e) return { status: 'missing' };
    const out: CoverageEntry = { status: e.status };
    if (e.line !== undefined) out.line = e.line;
    if (e.via) out.via = e.via;
    if (e.reason) out.reason = e.reason;
    return out;
  };
  const cov: Coverage = { steps: {}, topics: {} }; // every id of the book gets an own entry (a plain object: results cross threads)
  const entry = (id: string, e: ModelEntry | undefined): CoverageEntry => (book.omitted.has(id) || notApplicable.has(id) ? { ...strip(e), notAsked: true } : strip(e));
  for (const d of book.steps) cov.steps[d.id] = entry(d.id, model.steps[d.id]);
  for (const d of book.topics) cov.topics[d.id] = entry(d.id, model.topics[d.id]);
  return cov;
}

/** A step or topic counts as covered when it is present or waived. */
export function isCovered(e: CoverageEntry | undefined): boolean {
  return e?.status === 'present' || e?.status === 'waived';
}

export interface Tally {
  covered: number;
  total: number;
}

/**
 * How much of the procedure a doc covers, as the reports and the editor's status bar count it: its steps,
 * and its case's required topics; an entry counts when it is present or waived. Without the rule book,
 * every entry of the coverage counts.
 */
export function coverageTally(cov: Coverage, book?: RuleBook): { steps: Tally; topics: Tally } {
  const tally = (all: string[], entries: Record<string, CoverageEntry>): Tally => {
    // What the doc is not asked for (its case omits it, or it does not apply) is not counted.
    const ids = all.filter((id) => !entries[id]?.notAsked);
    return { covered: ids.filter((id) => isCovered(entries[id])).length, total: ids.length };
  };
  return {
    steps: tally(book ? book.steps.filter((s) => !book.omitted.has(s.id)).map((s) => s.id) : Object.keys(cov.steps).filter((id) => !cov.steps[id]!.notAsked), cov.steps),
    topics: tally(book ? book.topics.filter((t) => t.required).map((t) => t.id) : Object.keys(cov.topics).filter((id) => !cov.topics[id]!.notAsked), cov.topics),
  };
}

/** The instance the schema validates: present, empty and waived entries; missing ones absent. */
export function toInstance(model: DocModel): { steps: Record<string, { status: string; line?: number }>; topics: Record<string, { status: string; line?: number }> } {
  const pick = (rec: Record<string, ModelEntry>) =>
    Object.fromEntries(Object.entries(rec).map(([k, e]) => [k, e.line !== undefined ? { status: e.status, line: e.line } : { status: e.status }]));
  return { steps: pick(model.steps), topics: pick(model.topics) };
}
