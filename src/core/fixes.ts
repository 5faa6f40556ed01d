/**
 * The quick fixes rules offer: change a misspelt heading, insert a missing step or topic where it belongs
 * in step order (with the placeholder line a template has). Pure: each is one edit of the text.
 */
import type { Analysis, DocModel } from './model.js';
import type { RuleBook, SectionDef } from './rulebook.js';
import { placeholderLine } from './template.js';
import type { Fix, Lang } from './types.js';

/** Replaces a heading's text (not its `#` marks, nor a number like `5.` or `Step 5:` before it) with `alias`. */
export function headingFix(text: string, s: Analysis['sections'][number], alias: string): Fix | undefined {
  const raw = text.slice(s.start, s.end);
  const at = raw.indexOf(s.text);
  if (at < 0) return undefined;
  const numbering = /^(?:(?:step|단계)\s*)?\d+(?:[.):]|\s*단계[.:]?)?\s+/i.exec(s.text)?.[0].length ?? 0;
  return { start: s.start + at + numbering, end: s.start + at + s.text.length, text: alias };
}

/** The Markdown a quick fix inserts for one section: heading and the placeholder with the hint. */
export function sectionSnippet(def: SectionDef, lang: Lang, level: number): string {
  // The same placeholder line a template has, so a quick fix inserts what `mlsd-lint new` would.
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${def.title[lang]}\n\n${placeholderLine(def, lang)}\n`;
}

/** The doc's line ending (its first one; LF when it has none): inserted text uses it too. */
export function eolOf(text: string): string {
  return /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
}

const ENDS_BLANK = /(?:\r\n|\n|\r)(?:\r\n|\n|\r)$/;
const ENDS_EOL = /(?:\r\n|\n|\r)$/;
const STARTS_EOL = /^(?:\r\n|\n|\r)/;

/**
 * An insertion of `snippet` (LF line endings) at `at`, in the doc's line endings, with a blank line on
 * either side and without touching a byte of the text around it.
 */
function withBlankLines(text: string, at: number, snippet: string): Fix {
  const eol = eolOf(text);
  const before = text.slice(0, at);
  const lead = at === 0 || ENDS_BLANK.test(before) ? '' : ENDS_EOL.test(before) ? eol : eol + eol;
  const after = text.slice(at);
  const trail = after.length === 0 || STARTS_EOL.test(after) ? '' : eol;
  return { start: at, end: at, text: lead + snippet.replace(/\n/g, eol) + trail };
}

function stepLevel(model: DocModel): number {
  for (const e of Object.values(model.steps)) if (e.section?.kind === 'heading') return e.section.level;
  return 2;
}

export interface FixInput {
  text: string;
  lang: Lang;
  analysis: Analysis;
  book: RuleBook;
  model: DocModel;
}

/**
 * Inserts a missing topic inside its step, before the step's first later topic (else at the step's end).
 * A step without a heading of its own (found through its topics) gets it next to those topics, at their
 * level. Undefined when neither the step nor any of its topics has a heading.
 */
export function insertTopicFix(c: FixInput, def: SectionDef): Fix | undefined {
  const host = c.model.steps[def.step]?.section;
  const siblings = c.book.topics
    .filter((t) => t.step === def.step && t.id !== def.id)
    .map((t) => ({ t, sec: c.model.topics[t.id]?.section }))
    .filter((x): x is { t: SectionDef; sec: NonNullable<typeof x.sec> } => x.sec?.kind === 'heading');
  if (!host || host.kind !== 'heading') {
    if (siblings.length === 0) return undefined;
    const level = siblings[0]!.sec.level;
    const later = siblings.filter((x) => x.t.order > def.order).sort((a, b) => a.sec.start - b.sec.start)[0];
    const earlier = siblings.filter((x) => x.t.order < def.order).sort((a, b) => b.sec.start - a.sec.start)[0];
    const at = later ? later.sec.start : earlier ? earlier.sec.sectionEnd : siblings[0]!.sec.start;
    return withBlankLines(c.text, at, sectionSnippet(def, c.lang, level));
  }
  const level = Math.min(6, host.level + 1);
  const end = c.analysis.extents.find((e) => e.section === host)?.end ?? host.sectionEnd;
  // Before the first later topic of the same step that has a section inside the step; else at its end.
  let at = end;
  for (const { t, sec } of siblings) {
    if (t.order > def.order && sec.start > host.start && sec.start < end) at = Math.min(at, sec.start);
  }
  return withBlankLines(c.text, at, sectionSnippet(def, c.lang, level));
}

/**
 * Inserts a missing step, with its required topics, before the first later step at the doc's step level;
 * when no later step is there, right after the last earlier one (not at the end of the doc, where an
 * appendix or references would take it in).
 */
export function insertStepFix(c: FixInput, def: SectionDef): Fix {
  const level = stepLevel(c.model);
  let at = -1;
  for (const s of c.book.steps) {
    if (s.order <= def.order) continue;
    const sec = c.model.steps[s.id]?.section;
    if (sec && sec.kind === 'heading' && sec.level === level && (at < 0 || sec.start < at)) at = sec.start;
  }
  if (at < 0) {
    // After the end of what the earlier steps hold: their headings' extents and their topics' sections.
    let end = -1;
    for (const s of c.book.steps) {
      if (s.order >= def.order) continue;
      const sec = c.model.steps[s.id]?.section;
      if (sec && sec.kind === 'heading') end = Math.max(end, c.analysis.extents.find((e) => e.section === sec)?.end ?? sec.sectionEnd);
      for (const t of c.book.topics) {
        const ts = t.step === s.id ? c.model.topics[t.id]?.section : undefined;
        if (ts && ts.kind === 'heading') end = Math.max(end, ts.sectionEnd);
      }
    }
    at = end >= 0 ? end : c.text.length;
  }
  let snippet = sectionSnippet(def, c.lang, level);
  for (const t of c.book.topics) if (t.step === def.id && t.required) snippet += '\n' + sectionSnippet(t, c.lang, level + 1);
  return withBlankLines(c.text, at, snippet);
}
