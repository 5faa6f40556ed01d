/** The rules: one contract (context.ts), one explicit registry (registry.ts). */
export { RULES, RULE_IDS, allRules, ruleById, ruleUrl, formatMessage, DEFAULT_DOCS_BASE } from './registry.js';
export { defineRule } from './context.js';
export type { Rule, RuleMeta, RuleKind, RuleContext, Report, ReportFix, Texts, Data } from './context.js';
export { formatText, fillTemplate, messageChecks, MessageError } from './format.js';
