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
