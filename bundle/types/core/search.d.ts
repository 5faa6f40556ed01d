/** Binary search over sorted arrays (offsets into docs that can be megabytes long). */
/** The first index in [0, length) for which `past(i)` holds, given `past` is false then true; else length. */
export declare function firstIndex(length: number, past: (i: number) => boolean): number;
/**
 * Every match of a global regex in `text`, run on the regex itself. `String.prototype.matchAll` (and
 * `split`) run on a copy made through the RegExp constructor, and V8 finds a copy's compiled code in a
 * cache that each major GC empties: a linting thread then compiled the same patterns again and again (a
 * tenth of its time on the corpus, more with a capped heap). The regex's `lastIndex` is reset before and
 * after, so it may be shared; the matches are collected first, so no caller can interleave.
 *
 * `accept` turns a match down, and the search goes on from the character after its start, as a
 * lookaround in the pattern would have made it (a cheap check in code instead of a costly class in the
 * pattern: see evidence.ts).
 */
export declare function execAll(re: RegExp, text: string, accept?: (m: RegExpExecArray) => boolean): RegExpExecArray[];
/**
 * `text` without the run of `chars` at its end. The pattern for it (`/[\\/]+$/`) is tried from every
 * character of a run that stops short of the end: quadratic on a long run of them followed by anything else.
 */
export declare function trimEnd(text: string, chars: string): string;
/** `text` with every character a regular expression gives a meaning to escaped, to match it literally. */
export declare function escapeRegExp(text: string): string;
