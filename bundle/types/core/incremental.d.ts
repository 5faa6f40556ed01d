import { Linter, type LintOptions, type LintResult } from './lint.js';
export interface IncrementalOptions {
    /** The linter to use (its schemas and profiles); default: one with the bundled schemas. */
    linter?: Linter;
    /** How many parsed pieces to keep, over all documents linted through this object (default 4000). */
    maxChunks?: number;
}
export interface IncrementalStats {
    /** Pieces parsed in the latest `lint` call. */
    parsed: number;
    /** Pieces taken from the cache in the latest `lint` call. */
    reused: number;
    /** Pieces held now. */
    cached: number;
}
export declare class IncrementalLinter {
    readonly linter: Linter;
    private readonly cache;
    constructor(options?: IncrementalOptions);
    /** Lints the document's current text; same result as `Linter.lint(text, options)`. */
    lint(text: string, options?: LintOptions): LintResult;
    /** What the latest `lint` call parsed and reused. */
    get stats(): IncrementalStats;
    /** Drops every kept piece (e.g. when the editor closes all documents). */
    clear(): void;
}
