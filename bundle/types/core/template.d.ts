import type { RuleBook, SectionDef } from './rulebook.js';
import type { Lang } from './types.js';
export interface TemplateOptions {
    /** The doc's title (the H1); defaults to the case's title in the template's language. */
    title?: string;
}
/**
 * The steps and topics of a book in the order a template lists them: each step, then its topics; not
 * those the case omits (its chapter does not call for them).
 */
export declare function templateSections(book: RuleBook): SectionDef[];
/** The `TODO:` line of a section: its hint in the language (the schema's description when it has none). */
export declare function placeholderLine(def: SectionDef, lang: Lang): string;
/**
 * The step or topic a doc title would be read as (a title like "ML system design" can match an alias and
 * then count as that section), or undefined when the title is only a title.
 */
export declare function titleConflict(book: RuleBook, title: string): SectionDef | undefined;
export declare function renderTemplate(book: RuleBook, lang: Lang, opts?: TemplateOptions): string;
