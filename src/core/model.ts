/**
 * The document model: which section covers which step and topic, and with how much substance.
 * It is both what the schema validates and the coverage report that the CLI and the editor show.
 */
import type { Root } from 'mdast';
import { buildSections, collectOutline, textBetween, type Marker, type Section, type TextLeaf } from './outline.js';
import { Recogniser, type Recognition } from './recognise.js';
import type { RuleBook, SectionDef } from './rulebook.js';
import { hasSubstance } from './substance.js';
import { cueHitsOf, referenceRanges } from './evidence.js';
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
  /** The step that encloses each section (by its own id or an ancestor's). */
  stepOf: Map<number, string>;
}

function enclosingStep(sections: readonly Section[], ids: Map<number, string[]>, book: RuleBook, s: Section): string | undefined {
  let p = s.parent;
  while (p !== undefined) {
    for (const id of ids.get(p) ?? []) {
      const def = book.byId.get(id);
      if (def) return def.step;
    }
    p = sections[p]!.parent;
  }
  return undefined;
}

export function analyse(root: Root, textLength: number, book: RuleBook, recogniser: Recogniser): Analysis {
  const { markers, leaves } = collectOutline(root);
  const headings = markers.filter((m) => m.kind === 'heading');
  // Pass 1: real headings, so pseudo-headings can use their enclosing step as context.
  const first = buildSections(headings, textLength);
  const firstIds = new Map<number, string[]>();
  const nearByStart = new Map<number, NonNullable<Recognition['suggestion']>>();
  for (const s of first) {
    const ctx = enclosingStep(first, firstIds, book, s);
    const r = recogniser.recognise(s.text, { contextStep: ctx, suggest: true });
    if (r.ids.length > 0) firstIds.set(s.index, r.ids);
    else if (r.suggestion) nearByStart.set(s.start, r.suggestion);
  }
  // Pass 2: keep the pseudo-headings that are recognised.
  const kept: Marker[] = [...headings];
  const pseudoIds = new Map<number, string[]>();
  for (const m of markers) {
    if (m.kind === 'heading') continue;
    const host = [...first].reverse().find((s) => s.start <= m.start && m.start < s.sectionEnd);
    const ctx = host ? (firstIds.get(host.index) ? book.byId.get(firstIds.get(host.index)![0]!)?.step : undefined) ?? enclosingStep(first, firstIds, book, host) : undefined;
    const r = recogniser.recognise(m.text, { contextStep: ctx });
    if (r.ids.length > 0) {
      kept.push(m);
      pseudoIds.set(m.start, r.ids);
    }
  }
  const sections = buildSections(kept, textLength);
  const refs = referenceRanges(sections);
  const ids = new Map<number, string[]>();
  const headingIds = new Map(first.map((s) => [s.start, firstIds.get(s.index)]));
  const nearMisses: Analysis['nearMisses'] = [];
  for (const s of sections) {
    const got = s.kind === 'heading' ? headingIds.get(s.start) : pseudoIds.get(s.start);
    // Quoted reading notes and references are not the doc's own sections.
    const quoted = s.inQuote || refs.some(([from, to]) => from < s.start && s.start < to);
    if (got && got.length > 0 && !quoted) ids.set(s.index, got);
    const near = s.kind === 'heading' ? nearByStart.get(s.start) : undefined;
    if (near) nearMisses.push({ section: s, suggestion: near });
  }
  const sectionsOf = new Map<string, Section[]>();
  for (const s of sections) {
    for (const id of ids.get(s.index) ?? []) {
      const list = sectionsOf.get(id) ?? [];
      list.push(s);
      sectionsOf.set(id, list);
    }
  }
  const stepOf = new Map<number, string>();
  for (const s of sections) {
    const own = (ids.get(s.index) ?? []).map((id) => book.byId.get(id)).find((d) => d?.kind === 'step');
    const step = own?.id ?? enclosingStep(sections, ids, book, s);
    if (step) stepOf.set(s.index, step);
  }
  return { sections, leaves, ids, nearMisses, sectionsOf, stepOf };
}

/** The readable text of a section's body, children included. */
export function sectionText(a: Analysis, s: Section): string {
  return textBetween(a.leaves, s.bodyStart, s.sectionEnd);
}

function isRequirements(book: RuleBook, def: SectionDef): boolean {
  return book.steps[0]?.id === def.step;
}

/** Finds a cue of the topic in a text; returns its index or -1. Latin cues match whole words. */
export function findCue(text: string, cue: string): number {
  const escaped = cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const latin = /^[\x20-\x7e]+$/.test(cue);
  const re = latin ? new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu') : new RegExp(escaped, 'iu');
  const m = re.exec(text);
  return m ? m.index : -1;
}

export interface ModelEntry extends CoverageEntry {
  /** Offset where the covering section (or cue) starts. */
  offset?: number;
  section?: Section;
}

export interface DocModel {
  steps: Record<string, ModelEntry>;
  topics: Record<string, ModelEntry>;
}

/**
 * The cue hits of a topic inside its step, outside code, block quotes and reference sections, in the
 * sense its schema allows (evidence.ts): cue to source offset.
 */
export function cueHits(a: Analysis, def: SectionDef): Map<string, number> {
  return cueHitsOf(a, def);
}

/** Where a topic with no heading of its own is discussed in its step: two distinct cues. */
function cueEvidence(a: Analysis, def: SectionDef): number | undefined {
  const hits = cueHits(a, def);
  return hits.size >= 2 ? Math.min(...hits.values()) : undefined;
}

/**
 * Status of every step and topic. A topic without a heading of its own counts as present when its
 * step discusses it: two distinct cues of the topic in the step's text.
 */
export function buildModel(a: Analysis, book: RuleBook, lineOf: (offset: number) => number): DocModel {
  const model: DocModel = { steps: {}, topics: {} };
  const judge = (def: SectionDef): ModelEntry | undefined => {
    const secs = a.sectionsOf.get(def.id) ?? [];
    if (secs.length === 0) return undefined;
    const opts = { questionsCount: isRequirements(book, def), hints: [def.hint?.en ?? '', def.hint?.ko ?? ''] };
    const full = secs.find((s) => hasSubstance(sectionText(a, s), opts));
    const s = full ?? secs[0]!;
    return { status: full ? 'present' : 'empty', via: 'heading', offset: s.start, line: lineOf(s.start), section: s };
  };
  for (const def of book.topics) {
    const entry = judge(def);
    if (entry) {
      model.topics[def.id] = entry;
      continue;
    }
    const hit = cueEvidence(a, def);
    if (hit !== undefined) model.topics[def.id] = { status: 'present', via: 'cue', offset: hit, line: lineOf(hit) };
  }
  for (const def of book.steps) {
    const entry = judge(def);
    if (entry) {
      model.steps[def.id] = entry;
      continue;
    }
    const topics = book.topics.filter((t) => t.step === def.id && model.topics[t.id]);
    if (topics.length > 0) {
      const firstTopic = topics.map((t) => model.topics[t.id]!).sort((x, y) => (x.offset ?? 0) - (y.offset ?? 0))[0]!;
      const anyPresent = topics.some((t) => model.topics[t.id]!.status === 'present');
      model.steps[def.id] = { status: anyPresent ? 'present' : 'empty', via: 'topics', offset: firstTopic.offset, line: firstTopic.line };
    }
  }
  return model;
}

/** Coverage for output: every step and topic the schema knows, missing ones included. */
export function toCoverage(model: DocModel, book: RuleBook): Coverage {
  const strip = (e: ModelEntry | undefined): CoverageEntry => {
    if (!e) return { status: 'missing' };
    const out: CoverageEntry = { status: e.status };
    if (e.line !== undefined) out.line = e.line;
    if (e.via) out.via = e.via;
    if (e.reason) out.reason = e.reason;
    return out;
  };
  const cov: Coverage = { steps: {}, topics: {} };
  for (const d of book.steps) cov.steps[d.id] = strip(model.steps[d.id]);
  for (const d of book.topics) cov.topics[d.id] = strip(model.topics[d.id]);
  return cov;
}

/** The instance the schema validates: present, empty and waived entries; missing ones absent. */
export function toInstance(model: DocModel): { steps: Record<string, { status: string; line?: number }>; topics: Record<string, { status: string; line?: number }> } {
  const pick = (rec: Record<string, ModelEntry>) =>
    Object.fromEntries(Object.entries(rec).map(([k, e]) => [k, e.line !== undefined ? { status: e.status, line: e.line } : { status: e.status }]));
  return { steps: pick(model.steps), topics: pick(model.topics) };
}
