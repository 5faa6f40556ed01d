/**
 * JSON with comments, as ESLint's and VS Code's own JSON config files allow: `//` and `/* *\/` comments and
 * a trailing comma before `}` or `]`. They become spaces (line breaks are kept), so a syntax error is reported
 * at the line and column the user sees.
 */
/** `text` with its comments and trailing commas blanked out; strings are left as they are. */
export declare function stripJsonComments(text: string): string;
/** JSON.parse of JSON with comments; a syntax error's "at position N" also says the line and column. */
export declare function parseJsonc(text: string): unknown;
