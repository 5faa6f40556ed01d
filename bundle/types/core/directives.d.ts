/**
 * Inline control comments, in the style of markdownlint and remark-lint:
 *
 *   <!-- mlsd-lint-disable placeholder empty-section -->   from here on (no ids: every rule)
 *   <!-- mlsd-lint-enable placeholder -->                  from here on again (no ids: every rule)
 *   <!-- mlsd-lint-disable-next-line heading-typo -->      the line after the comment
 *   <!-- mlsd-lint-disable-line placeholder -->            the comment's own line(s)
 *   <!-- mlsd-lint-disable-file step-order -->             the whole file
 *
 * Ids are separated by spaces or commas; ` -- ` ends them, and what follows is the reason, for readers
 * (`<!-- mlsd-lint-disable-next-line placeholder -- filled after the offline eval -->`), as in ESLint.
 * Pure: reads html nodes of the mdast, filters findings.
 */
import type { Root } from 'mdast';
import type { Finding } from './types.js';
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
/** The directives a `<!-- mlsd-lint-... -->` comment may name. */
export declare const KINDS: readonly string[];
export interface Directive {
    /** The kind; undefined when the comment names an unknown one (`mlsd-lint-disabel`). */
    kind?: DirectiveKind;
    /** What followed `mlsd-lint-` (for messages about an unknown kind). */
    keyword: string;
    ids: string[];
    /** Offsets of the comment. */
    start: number;
    end: number;
    /** 1-based lines of the comment. */
    line: number;
    endLine: number;
}
/** Every `<!-- mlsd-lint-... -->` comment of the doc (never inside code). */
export declare function readDirectives(root: Root): Directive[];
/**
 * The findings the directives leave. `keep` findings (about the directives themselves) always stay.
 */
export declare function applyDirectives(findings: readonly Finding[], directives: readonly Directive[], keep?: (f: Finding) => boolean): Finding[];
/**
 * Whether the directives turn off a finding of `ruleId` on `line` (the engine asks as each is reported).
 * For disable/enable, the last directive up to the line that concerns the rule (by naming it, or naming
 * none) decides. `ds` must be in doc order; its index is built on the first question and kept with it.
 */
export declare function isSuppressed(f: {
    ruleId: string;
    line: number;
}, ds: readonly Directive[]): boolean;
/**
 * The directive that turns off a finding of `ruleId` on `line`, or undefined (see isSuppressed). With
 * several that would, the file-wide one, then the one for the line, then the range's.
 */
export declare function suppressor(f: {
    ruleId: string;
    line: number;
}, ds: readonly Directive[]): Directive | undefined;
/** The directives that turn rules off (the kinds an unused-directive finding can be about). */
export declare const DISABLING: readonly DirectiveKind[];
