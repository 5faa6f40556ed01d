/**
 * Glob matching for a config's `overrides[].files`, in time linear in the path (times the glob's length).
 * picomatch turns a glob into a backtracking regex: `*a*a*…*z` against a long file name took minutes (three
 * stars and 250 characters: a second; four: 46 s), and a config comes with the repository it sits in.
 *
 * The glob is matched by running all its positions at once over the path (a Thompson-style simulation),
 * never by backtracking. Syntax, as picomatch with `dot: true`: `*` (any run within a path segment), `?`
 * (one character but `/`), `**` as a whole segment (any number of segments), `[abc]`, `[a-z]`, `[!a]` or
 * `[^a]`, `{a,b}` alternatives (nested, at most MAX_ALTERNATIVES in all), and `\` to escape. Extglobs
 * (`@(…)`, `!(…)`, `+(…)`, `*(…)`, `?(…)`) are refused: GlobError says what to write instead.
 */
export declare class GlobError extends Error {
}
/** A matcher for `glob`; throws GlobError for what it does not support. */
export declare function compileGlob(glob: string): (path: string) => boolean;
