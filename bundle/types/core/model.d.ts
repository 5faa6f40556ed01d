/**
 * The document model: which section covers which step and topic, and with how much substance.
 * It is both what the schema validates and the coverage report that the CLI and the editor show.
 */
import type { Root } from 'mdast';
import { type Section, type TextLeaf } from './outline.js';
import { Recogniser, type Recognition } from './recognise.js';
import type { RuleBook } from './rulebook.js';
import type { Coverage, CoverageEntry } from './types.js';
export interface Analysis {
    sections: Section[];
    leaves: TextLeaf[];
    /** Section index to the ids it was recognised as. */
    ids: Map<number, string[]>;
    /** Real headings that matched nothing but resemble an alias. */
    nearMisses: Array<{
        section: Section;
        suggestion: NonNullable<Recognition['suggestion']>;
    }>;
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
export declare function analyse(root: Root, text: string, book: RuleBook, recogniser: Recogniser): Analysis;
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
/** Where the requirements (the first step) are discussed. */
export declare function requirementRanges(a: Analysis, book: RuleBook): Array<readonly [number, number]>;
/**
 * Status of every step and topic. A topic without a heading of its own counts as present when its
 * step discusses it: two distinct cues of the topic in the step's text.
 */
export declare function buildModel(a: Analysis, book: RuleBook, lineOf: (offset: number) => number): DocModel;
/** Coverage for output: every step and topic the schema knows, missing ones included. */
export declare function toCoverage(model: DocModel, book: RuleBook, notApplicable?: ReadonlySet<string>): Coverage;
/** A step or topic counts as covered when it is present or waived. */
export declare function isCovered(e: CoverageEntry | undefined): boolean;
export interface Tally {
    covered: number;
    total: number;
}
/**
 * How much of the procedure a doc covers, as the reports and the editor's status bar count it: its steps,
 * and its case's required topics; an entry counts when it is present or waived. Without the rule book,
 * every entry of the coverage counts.
 */
export declare function coverageTally(cov: Coverage, book?: RuleBook): {
    steps: Tally;
    topics: Tally;
};
/** The instance the schema validates: present, empty and waived entries; missing ones absent. */
export declare function toInstance(model: DocModel): {
    steps: Record<string, {
        status: string;
        line?: number;
    }>;
    topics: Record<string, {
        status: string;
        line?: number;
    }>;
};
