/**
 * The registry: every rule, listed here once, in the order they run and are documented. The README's
 * rule table, docs/rules/, SARIF's `tool.driver.rules` and the tests' lists of rules all derive from it
 * (test/unit/registry.test.ts fails when a docs page or a README row is missing or stale).
 *
 * Adding a rule: one file in this folder exporting `rule = defineRule(meta, check)`, one line below,
 * one page docs/rules/<id>.md, and its cases in test/rules/<id>.ts (see CONTRIBUTING.md).
 */
import type { Lang } from '../types.js';
import type { Rule, RuleMeta } from './context.js';
export declare const RULES: readonly Rule[];
export declare const RULE_IDS: readonly string[];
/** Every rule's meta, in registry order. */
export declare function allRules(): readonly RuleMeta[];
export declare function ruleById(id: string): Rule | undefined;
/** The rule docs of this release: pages of the tagged version, so a link never shows a later rule's text. */
export declare const DEFAULT_DOCS_BASE = "https://github.com/mlsd-lint/mlsd-lint/blob/v0.1.0/docs/rules/";
export declare function ruleUrl(id: string, base?: string): string;
/** A rule's message `messageId` in `lang`, its placeholders filled from `data`. */
export declare function formatMessage(meta: RuleMeta, messageId: string, lang: Lang, data?: Record<string, string | number>): string;
