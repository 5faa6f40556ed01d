/**
 * The option nearest to `value` (case-insensitive; containing it, or contained in it, counts as one edit),
 * if it is within `max` edits (default: 2, or a third of the value's length when that is more).
 */
export declare function closest(value: string, options: readonly string[], max?: number): string | undefined;
