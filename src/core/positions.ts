/** Offsets to 1-based line and column, with one index of line starts per document. */
import type { Point } from './types.js';
import { firstIndex } from './search.js';

let lastText: string | undefined;
let lastStarts: readonly number[] = [0];

/**
 * Offsets where the text's lines start, counting line ends as Markdown (and editors) do: \n, \r\n and a
 * lone \r. The latest text's are remembered: the parse and the lint of one text both need them.
 */
export function lineStarts(text: string): readonly number[] {
  if (text === lastText) return lastStarts;
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  lastText = text;
  lastStarts = starts;
  return starts;
}

export class LineIndex {
  private readonly starts: readonly number[];

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  point(offset: number): Point {
    let o = Math.max(0, Math.min(offset, this.text.length));
    // Between the CR and the LF of one line end is no column: the line's end, before its CR. An offset read
    // off a paragraph's text lands there when lines lost a trailing space (fuzz doc 53114 of seed 73190417).
    if (o > 0 && this.text.charCodeAt(o) === 10 && this.text.charCodeAt(o - 1) === 13) o--;
    // The last line that starts at or before o (starts[0] is 0, so there is one).
    const lo = firstIndex(this.starts.length, (i) => this.starts[i]! > o) - 1;
    return { line: lo + 1, column: o - this.starts[lo]! + 1, offset: o };
  }

  /** Offset of the end of the line that holds `offset` (before its newline). */
  lineEnd(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.point(o).line;
    if (line >= this.starts.length) return this.text.length;
    let end = this.starts[line]!;
    while (end > o && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }

  /** Offset where a 1-based line starts (clamped to the document). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
