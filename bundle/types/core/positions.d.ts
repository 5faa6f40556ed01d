/** Offsets to 1-based line and column, with one index of line starts per document. */
import type { Point } from './types.js';
/**
 * Offsets where the text's lines start, counting line ends as Markdown (and editors) do: \n, \r\n and a
 * lone \r. The latest text's are remembered: the parse and the lint of one text both need them.
 */
export declare function lineStarts(text: string): readonly number[];
export declare class LineIndex {
    readonly text: string;
    private readonly starts;
    constructor(text: string);
    point(offset: number): Point;
    /** Offset of the end of the line that holds `offset` (before its newline). */
    lineEnd(offset: number): number;
    /** Offset where a 1-based line starts (clamped to the document). */
    lineStart(line: number): number;
    get lineCount(): number;
}
