import type { Root, Yaml } from 'mdast';
import { ChunkCache, parseChunked, parseWhole } from './chunks.js';
/** Parses a whole Markdown document into one mdast Root (offsets, lines and columns of the original text). */
export declare function parseMarkdown(text: string): Root;
/** The same tree, parsed in one piece (no chunking): the reference the chunked parse is tested against. */
export { parseWhole, parseChunked, ChunkCache };
export interface FrontMatter {
    /** The YAML node, if the doc has front matter. */
    node?: Yaml;
    /** The parsed document (any shape), when it parsed. */
    data?: unknown;
    /** The first YAML error: message and 0-based offset into the original text. */
    error?: {
        message: string;
        offset: number;
    };
}
/** Reads the YAML front matter (memoised by its text: the editor re-lints the same front matter often; the data is read-only). */
export declare function readFrontMatter(root: Root, text: string): FrontMatter;
/**
 * The source ranges of the doc's front matter, HTML comments and code blocks: what a reader does not read
 * as the writer's design (settings, notes to the linter, commented-out drafts, code). Block quotes are
 * read: writers answer their own questions in them; so are diagrams drawn in code blocks (Mermaid,
 * PlantUML, Graphviz, D2): their labels are the writer's words ("shadow deployment", "offline evaluation").
 */
export declare function hiddenRanges(root: Root): Array<readonly [number, number]>;
