/** Loads every rule module so the registry is complete. */
import './structure.js';
import './settings.js';
import './content/index.js';

export { allRules, ruleById, ruleUrl, formatMessage, DEFAULT_DOCS_BASE } from './registry.js';
export type { RuleMeta } from './registry.js';
export type { ContentRule, RuleContext } from './context.js';
