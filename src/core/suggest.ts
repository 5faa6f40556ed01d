/** "Did you mean": the nearest of some known names to what the user wrote. */
import { distance } from 'fastest-levenshtein';

/**
 * The option nearest to `value` (case-insensitive; containing it, or contained in it, counts as one edit),
 * if it is within `max` edits (default: 2, or a third of the value's length when that is more).
 */
export function closest(value: string, options: readonly string[], max = Math.max(2, Math.floor(value.length / 3))): string | undefined {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const lo = o.toLowerCase();
    const d = lo === v ? 0 : v.length >= 3 && (lo.includes(v) || v.includes(lo)) ? 1 : distance(v, lo);
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return bestD <= max ? best : undefined;
}
