/**
 * What the content rules share: where a topic is discussed (its own sections, or its step when it was
 * found by cues), and the check of a schema `requires` entry. Rules pick their topics by the data a
 * schema attaches (`requires[].rule`, `categories`, `metricFamilies`), never by id.
 */
import { type Hit, type Scope } from '../evidence.js';
import type { SectionDef, Words } from '../rulebook.js';
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
export declare function discussion(ctx: RuleContext, def: SectionDef): Discussion | undefined;
/** Occurrences of words in a discussion, in the senses the topic allows. */
export declare function hitsIn(ctx: RuleContext, def: SectionDef, words: Words | readonly string[], d: Discussion): Hit[];
/** Whether the words occur in a discussion in the senses the topic allows (hitsIn, stopping at the first). */
export declare function namesIn(ctx: RuleContext, def: SectionDef, words: Words, d: Discussion): boolean;
/** A few words of a list, in the doc's language first, for "e.g." in messages. */
export declare function examples(words: Words, lang: Lang, n?: number): string;
/** The distinct phrases of some hits, in order of appearance. */
export declare function named(hits: readonly Hit[], n?: number): string;
/**
 * Checks every topic whose schema `requires` names this rule: each group of words needs an occurrence
 * where the topic is discussed. One finding per topic, naming the groups that are missing.
 */
export declare function checkRequirement(ctx: RuleContext, meta: RuleMeta, messageId: string): void;
/**
 * The doc's step headings in order: real headings (not quoted, not inside another step's heading)
 * recognised as one or more steps. A compound heading ("Deployment and monitoring") names several.
 */
export declare function stepHeadings(ctx: RuleContext): Array<{
    section: import('../outline.js').Section;
    steps: SectionDef[];
}>;
/** The doc's title (its first H1), else its first line: where findings about the whole doc go. */
export declare function titleRange(ctx: RuleContext): readonly [number, number];
export interface Blank {
    def: SectionDef;
    section: import('../outline.js').Section;
    /** The section's extent: a step's runs to its last topic. */
    start: number;
    end: number;
}
/**
 * The headed steps and topics the doc leaves blank (status empty: nothing but blanks, TODOs, prompts or
 * its sub-headings), in order, and how many headed steps and topics it has. A bullet or `label:` line that
 * names a topic is no heading left empty. A section the case does not ask for is the writer's own.
 */
export declare function blankSections(ctx: RuleContext): {
    blanks: Blank[];
    headed: number;
};
/**
 * Under a profile that groups blanks (`blanks: grouped`), the blank sections of a doc that is still mostly
 * blank: they get one finding, and their placeholders none of their own. Undefined otherwise.
 */
export declare function unfilledSections(ctx: RuleContext): Blank[] | undefined;
