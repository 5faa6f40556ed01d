import type { Section, TextLeaf } from './outline.js';
import type { SectionDef, Sense, Words } from './rulebook.js';
/** The parts of the analysis evidence reads (structurally, so model.ts can call it while it builds one). */
export interface EvidenceSource {
    sections: Section[];
    leaves: TextLeaf[];
    sectionsOf: Map<string, Section[]>;
    /** Where each step is discussed; without it, a step's own sections. */
    extents?: Array<{
        step: string;
        start: number;
        end: number;
    }>;
}
export interface Hit {
    /** The phrase of the word list that matched. */
    phrase: string;
    /** Source offsets of the occurrence. */
    start: number;
    end: number;
    /** Source offset of the sentence it is in (Evidence.find). */
    sentence?: number;
}
/** A word list's phrases in every language (one array per list: the schema's lists are read-only). */
export declare function wordList(w: Words | undefined): readonly string[];
/** What a phrase means, for counting distinct cues: its words' stems ("impute" and "imputation" are one). */
export declare function conceptOf(phrase: string): string;
interface PhrasePattern {
    phrase: string;
    /** The phrase's words that match in any form, with their stems (stemmedWords). */
    stems?: Map<string, string>;
    /** Built on first use: most phrases never occur in a given doc, so most are never compiled. */
    re?: RegExp;
    needle: string;
    /** A Latin phrase: a match counts only where it stands as a whole word. */
    whole: boolean;
}
/** A list of phrases matched longest first, without overlaps. */
export declare class PhraseSet {
    private readonly patterns;
    constructor(phrases: readonly string[]);
    get size(): number;
    /** The phrases' patterns, longest first. */
    get list(): readonly PhrasePattern[];
    /**
     * The phrases that may occur in each sentence of a scope: those whose literal part the sentence
     * contains. Keys are sentence indexes; each list keeps the set's (longest first) order.
     */
    candidates(scope: ScopeText): Map<number, PhrasePattern[]>;
    /** Occurrences in `text`, offsets relative to it. `lower` is `text.toLowerCase()`, if the caller has it. */
    find(text: string, lower?: string): Hit[];
    test(text: string): boolean;
    /** As `find`, with the text's word index (`TextWords`) telling which phrases may occur without a scan each. */
    findIn(words: TextWords): Hit[];
    /**
     * Whether some occurrence in the text that `accept` takes: the search stops at the first (no overlap
     * between the phrases is resolved: a yes or no does not need it). What "named anywhere" asks of a doc
     * in which a frequent word ("data") would otherwise be collected thousands of times.
     */
    someIn(words: TextWords, accept: (h: Hit) => boolean): boolean;
}
/**
 * Distinct words, grouped by their first three characters: the words that start with a needle, found
 * without sorting every word of a doc (a lint asks this for a few hundred needles of one text).
 */
export declare class WordsByPrefix {
    private readonly groups;
    /** Every word, for a needle shorter than a group's key. */
    private readonly all;
    /** Adds a word not added before. */
    add(word: string): void;
    /** Takes out a word that was added. */
    remove(word: string): void;
    /** Calls `found` with each word that starts with `needle` until it returns true; whether one did. */
    some(needle: string, found: (word: string) => boolean): boolean;
}
/**
 * A whole text's words, for telling whether a phrase's needle may occur in it without scanning the text
 * once per phrase: a Latin needle is a word or the start of one; any other needle is looked for in the
 * text. Built once per text (the last one is kept: a lint asks for many entries of one text), and each
 * needle's answer kept (the topics of a book share many: "data", "model"). The editor lints the same doc
 * again after each keystroke: the index of the text before (`before`) is taken over and mended where the
 * two texts differ, instead of reading every word again.
 */
export declare class TextWords {
    readonly text: string;
    private before?;
    readonly lower: string;
    /** How often each word (a run of a-z and 0-9) occurs, and the words by prefix. */
    private index?;
    private readonly answers;
    constructor(text: string, before?: TextWords | undefined);
    may(needle: string): boolean;
    private words;
    /** Gives its index up (to the next version of the text); it is built again if asked for. */
    takeIndex(): {
        counts: Map<string, number>;
        words: WordsByPrefix;
    } | undefined;
}
/** The word index of `text` (the last one asked for is kept, and the next one mends its index). */
export declare function textWords(text: string): TextWords;
/** A cached phrase set for a word list (found by the list itself first: wordList returns the same array). */
export declare function phrases(list: readonly string[]): PhraseSet;
interface Sentence {
    /**
     * A number of its own for a remembered block sentence (sentencesOf), never reused: a scope whose
     * sentences are the same remembered ones has the same text (see ScopeText); 0 for a placed one.
     */
    id: number;
    /** Source offset of the sentence's first character. */
    start: number;
    text: string;
    lower: string;
    /**
     * The sentence of the block as remembered (sentencesOf), which this one places in the doc: what is
     * read off a sentence's text is kept there, so the editor reads it once while the block is unchanged.
     */
    base?: Sentence;
    /**
     * A question that ends its block unanswered ("What is the target platform (edge, cloud)?" as a list
     * item): a prompt that names its subject without discussing it. A question its block goes on to answer
     * ("How do we track drift? Retrain weekly.") is no prompt.
     */
    prompt?: boolean;
    /** isStatement(text), once asked (every topic's passing mention asks it of the same sentences). */
    statement?: boolean;
    /** isDiscussion(text), once asked. */
    discussion?: boolean;
    /** Its distinct words (runs of a-z and 0-9), once asked. */
    words?: string[];
    /** The needles of a cue table it holds, once asked. */
    cueNeedles?: {
        table: CueTable;
        ids: Set<number>;
    };
}
/** A range of the doc to look in; `heading` is the own section's heading text, when it is one. */
export interface Scope {
    start: number;
    end: number;
    heading?: string;
}
/** A heading that is a table of contents, not a title (content.json `contentsHeadings`). */
export declare function isContentsHeading(text: string): boolean;
/** A heading that introduces references, an appendix or reading notes rather than the doc's own design. */
export declare function isReferenceHeading(text: string): boolean;
/** The ranges of reference, appendix and reading-notes sections (computed once per analysed doc). */
export declare function referenceRanges(sections: readonly Section[]): Array<[number, number]>;
/**
 * The sentences of a scope, with a search for a literal (lowercase) piece across all of them: the
 * topics of a step share its scope and many of their phrases share a piece ("metric"), so each piece is
 * looked for once.
 */
declare class ScopeText {
    readonly sentences: Sentence[];
    private readonly byWord;
    /** The sentences' lowercase text, NUL between them (made when first searched). */
    private joined?;
    private readonly starts;
    private searched;
    /**
     * With `byWord`, a Latin needle is looked up among the words the scope's sentences start with it
     * (a word index, built once), not searched for through the whole text: for a scope as large as
     * the doc, which every topic without a section of its own is looked for in. A Latin phrase's needle
     * is one of its words, or the start of one, and a match starts each of its words at a word start.
     */
    private words?;
    /**
     * The searches of the whole doc's text before (byWord only): its found sentences, mended where the
     * `changed` sentences differ (same sentence count; see wholeDoc).
     */
    private before?;
    constructor(sentences: Sentence[], byWord?: boolean);
    private get lower();
    /**
     * The whole doc's sentences as a scope. The editor lints the doc again after each keystroke, which
     * changes a sentence or two: when the latest whole-doc text has as many sentences and at most
     * MAX_MENDED of them differ, its word index and found sentences are taken over (it gives them up) and
     * mended at those sentences, instead of reading every sentence again. The answers are the same.
     */
    static wholeDoc(sentences: Sentence[]): ScopeText;
    private wordIndex;
    /** The candidates of a phrase set in this scope (see PhraseSet.candidates), once per set and text. */
    candidatesOf(set: PhraseSet): Map<number, PhrasePattern[]>;
    /** Indexes of the sentences that contain `needle`, ascending. */
    sentencesWith(needle: string): number[];
}
/** The doc's own prose as sentences, with the rest (code, quotes, references) left out. */
export declare class Evidence {
    private readonly a;
    private readonly sentences;
    /**
     * Whether no two sentences overlap (each ends before the next starts): the sentence an offset is in is
     * then the one whose range holds it. Blocks never overlap in a parsed doc; this is checked, not assumed.
     */
    readonly disjoint: boolean;
    constructor(a: EvidenceSource);
    /** The doc's own prose, sentence by sentence, in document order. */
    get all(): readonly Sentence[];
    /** The topic's own sections (never quoted or inside references). */
    ownScopes(def: SectionDef): Scope[];
    /** Where the topic's step is discussed. */
    stepScopes(def: SectionDef): Scope[];
    /** The sentence an offset is in, if it is in the doc's own prose. */
    private sentenceAt;
    /** Whether the sentence an offset is in is a question left unanswered in its block (Sentence.prompt). */
    promptAt(offset: number): boolean;
    /** The text of the sentence an offset is in ('' outside the doc's prose). */
    sentenceTextAt(offset: number): string;
    /** The doc's prose between two offsets of one sentence ('' when they are in different sentences). */
    between(start: number, end: number): string;
    /** The plain prose in the scopes (for messages and substance). */
    text(scopes: readonly Scope[]): string;
    /** The sentences in the scopes and their lowercase text (remembered: a step's topics share its scope). */
    private readonly scopedSeen;
    private scoped;
    private inScopes;
    /**
     * Occurrences of `words` in the scopes that count in the sense `senses` allow. With several scopes,
     * the heading of the scope an occurrence sits in is its own-section context.
     */
    find(words: readonly string[], senses: readonly Sense[] | undefined, scopes: readonly Scope[], minPhrases?: number): Hit[];
    /**
     * The occurrences `find` returns, in its order, handed to `visit` one by one until it returns true (then
     * that hit is returned). `skip` passes over a sentence without looking in it, for a caller that knows no
     * hit in it would be taken (wholly left out, or not a statement).
     */
    each(words: readonly string[], senses: readonly Sense[] | undefined, scopes: readonly Scope[], minPhrases: number, visit: (h: Hit) => boolean, skip?: (s: Sentence) => boolean): Hit | undefined;
}
/** The evidence of an analysed doc (built once). */
export declare function evidenceOf(a: EvidenceSource): Evidence;
/**
 * Cue hits of a topic inside its step (outside code, quotes and references, in the right sense):
 * each distinct cue with the offset of its first occurrence.
 */
export declare function cueHitsOf(a: EvidenceSource, def: SectionDef, outside?: ReadonlyArray<readonly [number, number]>, questions?: boolean): Map<string, number>;
/**
 * At least five words, and at most six commas: a sentence that says something about its terms. A word is
 * a run between spaces and slashes with a letter or a digit in it. An ASCII sentence is read in one loop
 * (this runs on every sentence of a doc); any other by the patterns.
 */
export declare function isDiscussion(sentence: string): boolean;
/**
 * Where the topic is named in passing: a cue (with `cues`) or one of its titles inside a statement
 * ("Latency is not an issue"; "The business objective is to protect privacy"), in its step (or in
 * `scopes`), outside `outside`.
 */
export declare function mentionOf(a: EvidenceSource, def: SectionDef, outside?: ReadonlyArray<readonly [number, number]> | RangeSet, scopes?: readonly Scope[], cues?: boolean): number | undefined;
/** The whole doc, as a scope. */
export declare const WHOLE_DOC: Scope[];
/**
 * One sentence anywhere in the doc's own prose that names the topic by two distinct cues, in the right
 * sense ("we undersample legitimate transactions and weight the loss by class"): the offset of its first
 * cue. A cue and its abbreviation or expansion in brackets ("click-through rate (CTR)") are one cue.
 */
export declare function sentenceEvidenceOf(a: EvidenceSource, def: SectionDef, outside?: ReadonlyArray<readonly [number, number]>): number | undefined;
/** Ranges merged once (see `disjoint`), for the many look-ups of a lint that leave out the same ones. */
export declare class RangeSet {
    readonly ranges: ReadonlyArray<readonly [number, number]>;
    constructor(ranges: ReadonlyArray<readonly [number, number]>);
    /** Whether an offset falls in one of the ranges. */
    has(at: number): boolean;
    /** Whether [start, end) lies wholly in one of the ranges. */
    covers(start: number, end: number): boolean;
}
interface CueTopic {
    index: number;
    patterns: readonly PhrasePattern[];
    /** The number of each pattern's needle. */
    needles: number[];
}
/**
 * The cue phrases of a rule book's topics, for finding in one pass which topics a sentence may name:
 * each phrase's literal piece (its needle, see needleOf) is numbered once for the whole book.
 */
declare class CueTable {
    /** Each topic with cues: its number, its patterns (its PhraseSet's, longest first) and their needles' numbers. */
    readonly topics: Map<SectionDef, CueTopic>;
    /** The same, by number. */
    readonly byIndex: CueTopic[];
    /** For each needle, the topics that have it, each with how many of its patterns do. */
    readonly users: Array<Array<[topic: number, patterns: number]>>;
    /**
     * Needles made of Latin letters and digits, by text: found where a word of the sentence starts with one
     * (as ScopeText finds them in the whole doc); and their lengths, ascending.
     */
    private readonly prefixes;
    private readonly prefixLengths;
    /** The other needles: found anywhere in the sentence's lowercase text. */
    private readonly substrings;
    /** The prefix needles each word starts with (words recur in every sentence and every doc). */
    private readonly wordNeedles;
    constructor(defs: readonly SectionDef[]);
    /** Calls `found` with the number of each needle the lowercase sentence holds (a needle may come more than once). */
    needlesIn(lower: string, found: (id: number) => void): void;
    private prefixesOf;
}
/**
 * `sentenceEvidenceOf` for many topics of one doc: each sentence is read once for the needles of every
 * topic, and only the sentences that could decide are looked at: a discussion (isDiscussion) not wholly
 * inside the ranges left out, holding the needles of two or more of the topic's phrases. The answers
 * are those of `sentenceEvidenceOf` (a property test holds it to that).
 */
export declare class SentenceEvidence {
    private readonly a;
    private readonly ev;
    private readonly table;
    /** Per sentence index: the topics (by number) that may be named twice in it, with their candidate patterns. */
    private readonly candidates;
    /** Per array of ranges left out: the ranges merged, and the sentences that could decide. */
    private readonly scopes;
    constructor(a: EvidenceSource, topics: readonly SectionDef[]);
    /** The offset of the first cue of the first sentence that names `def` twice over, outside `outside`. */
    of(def: SectionDef, outside?: ReadonlyArray<readonly [number, number]>): number | undefined;
    private scope;
    /** The topics whose patterns' needles the sentence holds two or more of, each with those patterns in order. */
    private candidatesAt;
}
/**
 * How strongly a word must name a step or topic: `all` its titles, aliases (nested ones too), cues,
 * mentions and metric names ("PR-AUC" names offline metrics); `phrases` its titles, aliases, mentions and
 * the cues that are phrases ("candidate generation"), acronyms ("FoF") or, in Chinese or Korean, three
 * characters or more, not a one-word cue ("popular"); `titles` its titles and aliases only.
 */
export type Naming = 'all' | 'phrases' | 'titles';
/**
 * Whether the doc names a step or topic at all (an offset where it does), anywhere in `text` (headings,
 * quotes and tables included) outside `outside` (the caller leaves out what is not the writer's design);
 * undefined if nowhere. A topic is named by its words at the strength `naming`, in the sense its `senses`
 * allow; a step by its own words, or by a title or alias of one of its topics (`topics`): a cue of a topic
 * is too weak a sign of a whole step ("CPU" is no monitoring), unless the topic says its cues name the
 * step (`namesStep`: metric names name the evaluation step). A reviewer who has read the whole doc does
 * not ask for what it names, wherever it is.
 */
export declare function namedAt(text: string, def: SectionDef, topics?: readonly SectionDef[], outside?: ReadonlyArray<readonly [number, number]>, naming?: Naming): number | undefined;
/**
 * Whether `text` says one of `words` (every language, any word form) outside `outside`, at least `times`
 * times, in the sense `senses` allow ("edge" in "edge cases" is no edge device).
 */
export declare function namedIn(text: string, words: Words, outside: ReadonlyArray<readonly [number, number]>, times?: number, senses?: readonly Sense[]): boolean;
export {};
