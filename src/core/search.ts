/** Binary search over sorted arrays (offsets into docs that can be megabytes long). */

/** The first index in [0, length) for which `past(i)` holds, given `past` is false then true; else length. */
export function firstIndex(length: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

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
export function execAll(re: RegExp, text: string, accept?: (m: RegExpExecArray) => boolean): RegExpExecArray[] {
  if (!re.global) throw new Error(`execAll needs a global regex: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (accept && !accept(m)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
    // An empty match would match again at the same place: step past it (a whole code point with /u).
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * `text` without the run of `chars` at its end. The pattern for it (`/[\\/]+$/`) is tried from every
 * character of a run that stops short of the end: quadratic on a long run of them followed by anything else.
 */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` with every character a regular expression gives a meaning to escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
