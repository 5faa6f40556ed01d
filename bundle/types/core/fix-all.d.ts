import type { RuleBook } from './rulebook.js';
import type { Finding, FindingFix, Fix, FixType } from './types.js';
import type { Linter, LintOptions, LintResult } from './lint.js';
/** Every fix type, in the order `--fix-type` lists them. */
export declare const FIX_TYPES: readonly FixType[];
/** What `--fix` and the editor's fix-all apply when no type is named: the fixes that rewrite nothing but a misspelt heading. */
export declare const DEFAULT_FIX_TYPES: readonly FixType[];
/** A fix picked for bulk application: its type, its rule, and the step or topic it is for. */
export interface BulkFix extends FindingFix {
    type: FixType;
    ruleId: string;
    topic?: string;
}
/** The type of a rule's fix (its meta `fixTypes`); undefined for a fix that is never applied in bulk. */
export declare function fixTypeOf(ruleId: string, fixId: string): FixType | undefined;
/**
 * The fixes of `findings` whose type is one of `types`: each finding's own fix and the per-topic fixes of
 * a grouped finding, once each. With the rule book, insertions at one place come in the template's order
 * (a step, then its topics), whatever order the findings were reported in.
 */
export declare function bulkFixes(findings: readonly Finding[], types?: readonly FixType[], book?: RuleBook): BulkFix[];
/**
 * The `sections` fixes for the missing topics of one step: what "Insert all missing sections of this step"
 * applies (its key topics' own findings and the topics its grouped finding lists), in template order.
 */
export declare function stepSectionFixes(findings: readonly Finding[], stepId: string, book: RuleBook): BulkFix[];
/**
 * Fixes as edits that can be applied at once: sorted, without overlaps (a fix that overlaps one kept
 * before it is dropped; `mlsd-lint --fix` finds it again on its next pass), and the insertions at one
 * place joined into one, in the given order, with one blank line between sections.
 */
export declare function mergeFixes(text: string, fixes: readonly Fix[]): {
    edits: Fix[];
    skipped: Fix[];
};
/** The text with `fixes` applied (see mergeFixes), and how many were applied and left out. */
export declare function applyFixes(text: string, fixes: readonly Fix[]): {
    output: string;
    applied: number;
    skipped: number;
};
/** What `fixText` did: the fixed text, the lint of it, and how many fixes were applied over how many passes. */
export interface FixOutcome {
    output: string;
    result: LintResult;
    applied: number;
    passes: number;
}
/**
 * Lints, applies the fixes of `types`, and lints again, until nothing changes (at most `maxPasses`
 * passes, as ESLint's --fix): a fix left out for overlapping another is applied on the next pass. The
 * returned result is the lint of the returned text. `first`, when given, is the lint of `text` already done.
 */
export declare function fixText(linter: Linter, text: string, options?: LintOptions, types?: readonly FixType[], maxPasses?: number, first?: LintResult): FixOutcome;
/**
 * The `sections` fixes no finding carries: the missing topics of a hollow step (a heading with nothing, or
 * only a TODO line, under it), which is reported once as a step and not once per topic. Each goes under
 * its step, after what is there.
 */
export declare function hollowStepFixes(linter: Linter, text: string, result: LintResult, book: RuleBook): BulkFix[];
/**
 * The `sections` fixes for every required topic the coverage has missing (and asked for) in a step the doc
 * has (present or hollow), whatever the profile reports: what "Insert all missing sections of this step"
 * inserts in the editor, as `--fix-type sections` does on the command line.
 */
export declare function stepTopicFixes(linter: Linter, text: string, result: LintResult, book: RuleBook): BulkFix[];
