/**
 * The quick fixes rules offer: change a misspelt heading, insert a missing step or topic where it belongs
 * in step order (with the placeholder line a template has). Pure: each is one edit of the text.
 */
import type { Analysis, DocModel } from './model.js';
import type { RuleBook, SectionDef } from './rulebook.js';
import type { Fix, Lang } from './types.js';
/** Replaces a heading's text (not its `#` marks, nor a number like `5.` or `Step 5:` before it) with `alias`. */
export declare function headingFix(text: string, s: Analysis['sections'][number], alias: string): Fix | undefined;
/** The Markdown a quick fix inserts for one section: heading and the placeholder with the hint. */
export declare function sectionSnippet(def: SectionDef, lang: Lang, level: number): string;
/** The doc's line ending (its first one; LF when it has none): inserted text uses it too. */
export declare function eolOf(text: string): string;
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
export declare function insertTopicFix(c: FixInput, def: SectionDef): Fix | undefined;
/**
 * Inserts a missing step, with its required topics, before the first later step at the doc's step level;
 * when no later step is there, right after the last earlier one (not at the end of the doc, where an
 * appendix or references would take it in).
 */
export declare function insertStepFix(c: FixInput, def: SectionDef): Fix;
