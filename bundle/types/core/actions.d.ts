/**
 * What an editor's light bulb offers for the findings under the cursor: a handful of entries, grouped by
 * finding. Pure (the VS Code adapter turns each entry into a CodeAction); titles come from the rules'
 * meta in the doc's language.
 *
 * For each finding, in order (errors first): its own fix (preferred); "Insert all missing sections of this
 * step" for a missing topic when the step misses more than one, and for any finding in a hollow step
 * (once per step); "Insert all missing steps" for the finding that lists them; for a grouped finding, a
 * fix per topic (or step) it lists, or, when it lists more than MAX_INLINE_TOPICS, one entry that lets the
 * user pick; a waiver when the rule allows one. Last, "disable" once per rule. Past MAX_ENTRIES, every
 * group is a pick and the waivers are one entry that asks which.
 */
import { type BulkFix } from './fix-all.js';
import type { RuleBook } from './rulebook.js';
import type { Coverage, Finding, Fix, Lang } from './types.js';
/** A grouped finding that lists at most this many topics gets a light-bulb entry per topic; more go in a picker. */
export declare const MAX_INLINE_TOPICS = 3;
/** A handful: past this many entries, a grouped finding's topics go in a picker and the waivers in one entry. */
export declare const MAX_ENTRIES = 6;
export interface TopicChoice {
    topic: string;
    title: string;
    edits: Fix[];
}
export type PlannedAction = 
/** Apply `edits` (one undo step): a finding's own fix, a topic's fix, or all missing sections of a step. */
{
    kind: 'edit';
    title: string;
    finding: Finding;
    edits: Fix[];
    preferred: boolean;
}
/** Let the user pick one of `choices` (a grouped finding's topics), then apply its edits. */
 | {
    kind: 'pick';
    title: string;
    finding: Finding;
    group: string;
    choices: TopicChoice[];
}
/** Waive one of `topics` (the findings' steps or topics; the editor asks which, when there are several, and for the reason). */
 | {
    kind: 'waive';
    finding: Finding;
    topics: string[];
}
/** Turn the rule off for this file. */
 | {
    kind: 'disable';
    finding: Finding;
    ruleId: string;
};
/** The title of a fix, from its rule's meta (`fixes`), in `lang`. */
export declare function fixTitle(ruleId: string, fixId: string, lang: Lang, data?: Record<string, string | number>): string;
/**
 * The light-bulb entries for `here` (the findings under the cursor), given every finding of the doc
 * (`all`, for the step-wide insert), its text and rule book.
 */
export declare function quickFixPlan(text: string, here: readonly Finding[], all: readonly Finding[], book: RuleBook, lang: Lang, 
/**
 * The fixes of hollow steps' topics (hollowStepFixes) and the coverage they were found in; `stepFixes`,
 * the fixes of every missing topic of the doc's steps (stepTopicFixes), for "insert all missing sections
 * of this step" whatever the profile reports (without it, the topics the findings name).
 */
hollow?: {
    fixes: readonly BulkFix[];
    coverage: Coverage;
    stepFixes?: readonly BulkFix[];
}): PlannedAction[];
/** The topics a grouped finding lists, each with its fix's title and edit. */
export declare function topicChoices(f: Finding, lang: Lang): TopicChoice[];
/** What names a grouped finding: the step whose topics it lists, else its rule (the missing steps). */
export declare function groupKey(f: Finding): string;
/** The grouped finding named `key` (groupKey), if there is one. */
export declare function groupedFindingOf(findings: readonly Finding[], key: string): Finding | undefined;
