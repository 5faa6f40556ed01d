/**
 * The library's arguments, checked before linting: a caller's mistake (a number for the text, `null`
 * options, `case: 5`, `lang: 'fr'`, a numeric waiver reason, a severity `fatal`) is one clear error naming
 * the option and what it takes, never a TypeError from deep inside the linter, and never a value that is
 * silently counted as neither an error nor a warning. (What a doc's own front matter sets is the doc's
 * business: it becomes a finding, not an exception.)
 */
/** A bad argument of `lint()` / `Linter.lint()`: `option` is its path, e.g. `options.defaults.case`. */
export declare class OptionsError extends TypeError {
    readonly option: string;
    constructor(option: string, detail: string);
}
/** Throws an OptionsError when `text` or `options` are not what `lint(text, options)` takes. */
export declare function checkLintArgs(text: unknown, options: unknown): void;
