/**
 * Chunked parsing: cut a Markdown text where a new top-level block must start, parse the pieces on
 * their own, and shift their positions into one Root that equals the whole-document parse.
 *
 * Where it may cut (a "candidate"): before a line that is an ATX heading at column 0, or before a line
 * that follows a blank line and starts at column 0 with anything but `-`, `*`, `+`, a digit, `>`, `#`,
 * `=` or `_` (a setext heading's text line is one). Such a line closes every list, block quote,
 * paragraph and table before it: after a blank line only an indented line continues a list item, and no
 * paragraph or table goes on. A list marker would continue the list instead (a loose one), a `---` line
 * could look like front matter to a piece that starts with it, and micromark reads `> -` after indented
 * code differently on its own than in the whole doc. Only a few things could swallow such a line:
 * - the YAML front matter (never cut inside it),
 * - a fenced code block or an HTML block opened at top level and still open.
 * A line scanner skips candidates inside those; then, as the safety net, every parsed piece is checked:
 * when its last top-level node is a fence or an HTML block that did not close, the piece is joined with
 * the next one and parsed again. Reference definitions are global in Markdown: when a piece uses a label
 * that another piece defines, it is parsed again with stand-in definitions appended (then dropped).
 * Any doubt falls back to one whole-document parse.
 *
 * A piece without anything the GFM extensions could act on (`|`, `~`, `[^`, a task box) is parsed
 * without them; they are the costliest part of the parse (see gfm.ts for the ones left out).
 */
import './micromark-fix.js';
import type { Root } from 'mdast';
/**
 * Container markers nested deeper than this on one line are read as text: micromark's time grows with
 * the square of the depth (a 10k-deep `- - - ... x` line takes minutes), and no real doc nests past ten.
 * Each marker beyond the limit is swapped for a look-alike of the same length, so offsets hold.
 */
export declare const MAX_NESTING = 100;
/**
 * Inline HTML openers that nothing closes later in the doc (`<!--` without a `-->` after it, `<?` without
 * `?>`, `<![CDATA[` without `]]>`) are text, yet micromark looks for the close from each of them to the
 * end of its paragraph or heading: a heading of 7,000 `<!-- ` took 4 s for 70 KB (fuzz doc 53711 of seed
 * 73190417), growing with the square of their count. With more than this many of one kind, their `<` is
 * read as text (a look-alike of the same length, as for deep nesting): the parse is the same but for that
 * character. An opener that starts a line is an HTML block (it runs to the end of the doc, taking every
 * later one with it) and is left alone, as is everything after it.
 */
export declare const MAX_UNCLOSED_HTML = 200;
/**
 * Emphasis, strong and strikethrough markers (`*`, `_`, `~`) are read as text in a block (lines between blank lines) that
 * has more than this many runs of them, and in any run longer than MAX_DELIMITER_RUN: micromark matches them up in time that grows with the square
 * of their number (10k nested `_a ... a_` take about a minute), and no real paragraph has a thousand.
 * Like the deep-nesting guard, each is swapped for a look-alike of the same length (also punctuation
 * or a symbol, so words split as before).
 */
export declare const MAX_DELIMITER_RUNS = 1000;
/** A run of them longer than this is text too: two long runs facing each other cost the square of their length. */
export declare const MAX_DELIMITER_RUN = 100;
export interface CapOptions {
    /** Blocks allowed between two headings (MAX_RUN_BLOCKS; Infinity: no cap, for tests). */
    maxBlocks?: number;
}
/** One parse of the whole text, with every extension: the reference result. */
export declare function parseWhole(text: string, caps?: CapOptions): Root;
/**
 * Blocks allowed in one run (the lines between two top-level ATX headings): each list item marker, `>`
 * of a block quote, paragraph of a list item after its first, and block that starts at column 0 after a
 * blank line counts one. micromark spends 50-150 µs on each (a tokenizer for each, kept with its events
 * until the tree is built): 1 MB of `- - x` lines took 28 s and 3 GB, one-line quotes between paragraphs
 * 24 s, short paragraphs 18 s. Past this many in a run, the rest of the run, up to the next heading, is
 * read as plain text: paragraphs of its lines as written, split at blank lines, at the same offsets and
 * lines, with no markup read in them (like the caps on nesting and emphasis above, without a message).
 * Real design docs stay far below it: the most in one run of the dev corpus is 86, of the bench corpus 52.
 */
export declare const MAX_RUN_BLOCKS = 2000;
/**
 * Container markers allowed in the whole doc: a doc that starts a new run before each cap (a heading
 * every 1,999 items) is read as text from here on. The generated 5 MB design doc of the bench has about
 * 25,000.
 */
export declare const MAX_DOC_CONTAINERS = 50000;
/**
 * Lines allowed in one run, every line counted (blank, code and HTML lines too): micromark takes
 * 5-20 µs a line even where no block starts (a paragraph of 500k one-letter lines took 10 s, 1M blank
 * lines 5 s). Past it, from the next line outside code and HTML blocks, the rest of the run is plain
 * text, as past MAX_RUN_BLOCKS. The longest run of the bench's 5 MB doc is a few hundred lines.
 */
export declare const MAX_RUN_LINES = 50000;
/**
 * The ranges [line start, next run's heading or the end) read as plain text under the container cap.
 * Lines inside fenced code and HTML blocks are not containers (the same scan as cutCandidates'); the
 * front matter is skipped.
 */
export declare function plainRanges(text: string, starts?: readonly number[], max?: number): PlainRange[];
/**
 * A range [a, b) of whole lines taken out of the parse: plain-text paragraphs, or, with a third number, one
 * HTML block whose value ends there.
 */
type PlainRange = [number, number] | [number, number, number];
/**
 * An HTML block that can hold blank lines (`<pre>`, `<!--`, ...: types 1-5) at column 0, longer than this
 * many lines, is made an html node here, with micromark's value and position, instead of by micromark,
 * which takes about 7 µs a line and keeps every line's events (a `<pre>` of 1M blank lines: 7.7 s, 1.9 GB).
 */
export declare const MAX_HTML_LINES = 10000;
/**
 * The tree of a piece that is one ATX heading (`## Title`: one space after the hashes, no closing
 * hashes, no spaces at the end) or one paragraph of plain prose (lines without leading or trailing
 * spaces, none that could start a block), each followed by blank lines only, built here as micromark
 * and mdast-util-from-markdown build it: one text node, the lines joined by their line endings, the same
 * positions. A design doc is mostly such pieces (a third of the bench corpus's text, half of its pieces),
 * and micromark takes some 50 µs for each (a tokenizer per block, per line and per inline run, events,
 * resolvers). Anything else is undefined, left to micromark; the property tests in
 * test/unit/chunks.test.ts hold the result to micromark's.
 */
export declare function plainPiece(text: string): Root | undefined;
/** Offsets (line starts, ascending, never 0) where the text may be cut into independent pieces. */
export declare function cutCandidates(text: string, starts?: readonly number[]): number[];
/**
 * Parsed pieces keyed by their exact text, least recently used first out. A text that occurs several
 * times in one doc (the same section pasted twice) has a tree per occurrence, so no tree is copied on
 * every parse.
 */
export declare class ChunkCache {
    readonly maxEntries: number;
    private readonly map;
    generation: number;
    /** Pieces parsed and pieces reused in the latest parse. */
    parsed: number;
    reused: number;
    constructor(maxEntries?: number);
    get size(): number;
    clear(): void;
    /**
     * The piece's tree, shifted to start at `offset` / `line`; parsed only when its text is new. A new
     * text is kept, and parsed, as a copy: the piece is a slice of one version of the doc, and the slice
     * (and every string of its tree) would keep that whole version alive (see memo.ts).
     */
    take(key: string, parse: (text: string) => Root, offset: number, line: number): Root;
}
export interface ChunkedOptions {
    /** Reuse pieces parsed before (the editor); pieces are then cut at every candidate. */
    cache?: ChunkCache;
    /** Join pieces up to at least this many characters (default: 0 with a cache; without one, runs by GFM need). */
    minPiece?: number;
    /** The cap on blocks in a run (MAX_RUN_BLOCKS), for tests. */
    maxBlocks?: number;
}
/** Parses `text` in independent pieces; the result equals `parseWhole(text)`. */
export declare function parseChunked(text: string, options?: ChunkedOptions): Root;
export {};
