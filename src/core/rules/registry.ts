/**
 * The registry: every rule, listed here once, in the order they run and are documented. The README's
 * rule table, docs/rules/, SARIF's `tool.driver.rules` and the tests' lists of rules all derive from it
 * (test/unit/registry.test.ts fails when a docs page or a README row is missing or stale).
 *
 * Adding a rule: one file in this folder exporting `rule = defineRule(meta, check)`, one line below,
 * one page docs/rules/<id>.md, and its cases in test/rules/<id>.ts (see CONTRIBUTING.md).
 */
import type { Lang } from '../types.js';
import { VERSION } from '../version.js';
import type { Rule, RuleMeta } from './context.js';
import { formatText } from './format.js';
import { rule as missingStep } from './missing-step.js';
import { rule as missingTopic } from './missing-topic.js';
import { rule as emptySection } from './empty-section.js';
import { rule as placeholder } from './placeholder.js';
import { rule as headingTypo } from './heading-typo.js';
import { rule as offlineMetricsNamed } from './offline-metrics-named.js';
import { rule as onlineMetricsNamed } from './online-metrics-named.js';
import { rule as metricFitsFraming } from './metric-fits-framing.js';
import { rule as imbalanceTechnique } from './imbalance-technique.js';
import { rule as deployTradeoffBothSides } from './deploy-tradeoff-both-sides.js';
import { rule as compressionTechnique } from './compression-technique.js';
import { rule as onlineTestMethod } from './online-test-method.js';
import { rule as stepOrder } from './step-order.js';
import { rule as duplicateStep } from './duplicate-step.js';
import { rule as unknownDirective } from './unknown-directive.js';
import { rule as unusedDirective } from './unused-directive.js';
import { rule as schemaViolation } from './schema-violation.js';
import { rule as frontMatter } from './front-matter.js';
import { rule as unknownSetting } from './unknown-setting.js';
import { rule as unknownCase } from './unknown-case.js';
import { rule as unknownProfile } from './unknown-profile.js';
import { rule as invalidWaiver } from './invalid-waiver.js';

export const RULES: readonly Rule[] = [
  missingStep,
  missingTopic,
  emptySection,
  placeholder,
  headingTypo,
  offlineMetricsNamed,
  onlineMetricsNamed,
  metricFitsFraming,
  imbalanceTechnique,
  deployTradeoffBothSides,
  compressionTechnique,
  onlineTestMethod,
  stepOrder,
  duplicateStep,
  unknownDirective,
  unusedDirective,
  schemaViolation,
  frontMatter,
  unknownSetting,
  unknownCase,
  unknownProfile,
  invalidWaiver,
];

const byId = new Map(RULES.map((r) => [r.meta.id, r]));
if (byId.size !== RULES.length) throw new Error('registry: a rule id is listed twice');

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

/** Every rule's meta, in registry order. */
export function allRules(): readonly RuleMeta[] {
  return RULES.map((r) => r.meta);
}

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** The rule docs of this release: pages of the tagged version, so a link never shows a later rule's text. */
export const DEFAULT_DOCS_BASE = `https://github.com/mlsd-lint/mlsd-lint/blob/v${VERSION}/docs/rules/`;

export function ruleUrl(id: string, base = DEFAULT_DOCS_BASE): string {
  return `${base}${id}.md`;
}

/** A rule's message `messageId` in `lang`, its placeholders filled from `data`. */
export function formatMessage(meta: RuleMeta, messageId: string, lang: Lang, data?: Record<string, string | number>): string {
  const texts = meta.messages[messageId];
  if (!texts) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  return formatText(texts, lang, data, `${meta.id}/${messageId}`);
}
