/**
 * Re-linting as the user types: the text is cut into independent pieces at top-level headings, and the
 * parsed tree of each piece is kept, keyed by its exact text. After an edit only the pieces whose text
 * changed are parsed again; the rest of the pipeline (outline, model, Ajv, rules) is cheap and runs
 * whole, so the result is always exactly `Linter.lint(text, options)`.
 */
import { ChunkCache, parseChunked } from './chunks.js';
import { Linter, type LintOptions, type LintResult } from './lint.js';
import { checkLintArgs } from './options.js';

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

export class IncrementalLinter {
  readonly linter: Linter;
  private readonly cache: ChunkCache;

  constructor(options: IncrementalOptions = {}) {
    this.linter = options.linter ?? new Linter();
    this.cache = new ChunkCache(options.maxChunks ?? 4000);
  }

  /** Lints the document's current text; same result as `Linter.lint(text, options)`. */
  lint(text: string, options: LintOptions = {}): LintResult {
    checkLintArgs(text, options);
    return this.linter.lint(text, options, parseChunked(text, { cache: this.cache }));
  }

  /** What the latest `lint` call parsed and reused. */
  get stats(): IncrementalStats {
    return { parsed: this.cache.parsed, reused: this.cache.reused, cached: this.cache.size };
  }

  /** Drops every kept piece (e.g. when the editor closes all documents). */
  clear(): void {
    this.cache.clear();
  }
}
