/**
 * The quick fixes rules offer: change a misspelt heading, insert a missing step or topic where it belongs
 * in step order (with the placeholder line a template has). Pure: each is one edit of the text.
 */
import type { Analysis, DocModel } from './model.js';
import type { RuleBook, SectionDef } from './rulebook.js';
import type { Fix, Lang } from './types.js';
/** Replaces a heading's text (not its `#` marks or numbering) with `alias`. */
export declare function headingFix(text: string, s: Analysis['sections'][number], alias: string): Fix | undefined;
/** The Markdown a quick fix inserts for one section: heading and the placeholder with the hint. */
export declare function sectionSnippet(def: SectionDef, lang: Lang, level: number): string;
export interface FixInput {
    text: string;
    lang: Lang;
    analysis: Analysis;
    book: RuleBook;
    model: DocModel;
}
/** Inserts a missing topic inside its step, before the step's first later topic; undefined when the step has no heading. */
export declare function insertTopicFix(c: FixInput, def: SectionDef): Fix | undefined;
/** Inserts a missing step, with its required topics, before the first later step at the doc's step level. */
export declare function insertStepFix(c: FixInput, def: SectionDef): Fix;
