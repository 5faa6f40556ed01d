import type { RuleBook, SectionDef } from './rulebook.js';
export interface Recognition {
    ids: string[];
    /** `modified`: a step's name after a step modifier ("Batch inference"): the step, and a choice within it. */
    how?: 'exact' | 'compound' | 'modified' | 'short';
    /** A near miss: the id and the canonical alias it resembles. */
    suggestion?: {
        id: string;
        alias: string;
    };
}
export interface RecogniseOptions {
    /** The step whose section encloses the heading: allows short forms ("Offline" under Evaluation). */
    contextStep?: string;
    /** Real headings may produce did-you-mean suggestions; pseudo-headings never do. */
    suggest?: boolean;
    /**
     * The heading sits inside the context step's section (deeper than its heading): a generic title
     * ("Features", "Data", 데이터) then means that step's topic before anything else it could mean.
     */
    nested?: boolean;
    /**
     * A heading's title, which may be "Name: subtitle" ("Evaluation deep dive: NDCG and calibration"). Not a
     * line of text: "Offline metrics: recall@k" says something about its topic, it is no bare label.
     */
    titled?: boolean;
}
export declare class Recogniser {
    readonly book: RuleBook;
    private readonly aliases;
    private readonly exact;
    /** Exact aliases of each step's topics, by step id: what a generic title means inside that step. */
    private readonly exactInStep;
    private readonly memo;
    /**
     * Where compound() looks, so a heading is not tried against every alias: the aliases (by their place
     * in `aliases`) a Latin heading word starts, and those a pair of a heading's CJK characters starts.
     */
    private readonly byFirstWord;
    private readonly byFirstPair;
    /** The Latin and Hangul words of the rule book's titles, aliases, cues and applicability words: words a writer meant. */
    private knownWords?;
    constructor(book: RuleBook);
    /**
     * Whether `raw` names topic `def` by one of its titles that is not an opening alias ("Latency budget",
     * not "Performance"; x-mlsd `openingAliases`): such a heading means the topic wherever it stands.
     */
    namesBeyondOpening(raw: string, def: SectionDef): boolean;
    private known;
    /** Records `compact` as an exact title of `def` inside its step (the first topic to claim it keeps it). */
    private addInStep;
    /** Memoised: a doc's headings repeat from lint to lint in the editor. The result is shared: callers must not mutate it. */
    recognise(raw: string, opts?: RecogniseOptions): Recognition;
    private match;
    /**
     * Aliases inside a longer heading ("Deployment and monitoring", "Offline metrics (ranking)").
     * The matched phrases must carry more than half of the heading's meaning, measured in units: a
     * Latin word is one unit, a CJK character half a unit (a Korean word is two or three syllables).
     * `modified`: the match took a part modifier ("batch", not a task word) to reach its share of the heading.
     */
    private compound;
    /**
     * Whether what follows a one-word step name starts with another name of the same step ("Metrics
     * evaluation", "지표 평가", "Serving deployment"): two names of one step, not a modifier and its head.
     */
    private namesSameStep;
    /** "Offline" under Evaluation: the unique topic of the enclosing step whose alias starts with the text. */
    private shortForm;
    private nearMiss;
}
