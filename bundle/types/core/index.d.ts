/** The pure core: text in, findings and coverage out. No fs, no editor, no process. */
export { lint, Linter, sectionSnippet, severityTable, toSeverity, type LintOptions, type LintResult } from './lint.js';
export { lintOptionsFor, type PlanSettings } from './config.js';
export { ConfigResolver, ConfigError, CONFIG_NAMES, defaultPlan, posixPath, type ConfigFs, type PathOps, type FilePlan, type ResolverOptions } from './config-resolver.js';
export { OptionsError } from './options.js';
export { IncrementalLinter, type IncrementalOptions, type IncrementalStats } from './incremental.js';
export { SchemaSet, type RuleBook, type SectionDef, type CaseInfo, type Profile, type JsonSchema } from './rulebook.js';
export { Recogniser } from './recognise.js';
export { coverageTally, isCovered, type Tally } from './model.js';
export { normalizeHeading, compactKey } from './normalize.js';
export { RULES, RULE_IDS, allRules, ruleById, ruleUrl, formatMessage, formatText, DEFAULT_DOCS_BASE, messageChecks, type Rule, type RuleMeta, type RuleKind } from './rules/index.js';
export { SchemaError, checkSchema, readTeamSchema } from './validate.js';
export { BUILTIN_SCHEMAS, BUILTIN_PROFILES, DEFAULT_CASE, DEFAULT_PROFILE } from './builtin.js';
export { renderTemplate, templateSections, placeholderLine, titleConflict, type TemplateOptions } from './template.js';
export { FIX_TYPES, DEFAULT_FIX_TYPES, bulkFixes, stepSectionFixes, mergeFixes, applyFixes, fixTypeOf, fixText, hollowStepFixes, type BulkFix, type FixOutcome } from './fix-all.js';
export { quickFixPlan, fixTitle, topicChoices, groupedFindingOf, MAX_INLINE_TOPICS, MAX_ENTRIES, type PlannedAction, type TopicChoice } from './actions.js';
export { stepProgress, stepsDone, type StepProgress, type StepState } from './progress.js';
export type * from './types.js';
export { DEFAULT_INCLUDE, declaresMlsd } from './design-doc.js';
