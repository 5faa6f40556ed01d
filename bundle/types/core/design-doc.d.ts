/** The `include` globs when a config sets none. */
export declare const DEFAULT_INCLUDE: readonly string[];
/** A doc whose front matter has an `mlsd:` key declares itself a design doc. Reads at most the first 64 KB. */
export declare function declaresMlsd(text: string): boolean;
