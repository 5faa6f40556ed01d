/** Every rule's tester cases, by rule id (test/unit/rule-tester.test.ts runs them and checks every registered rule has some). */
import type { RuleCases } from '../support/rule-tester.js';
import compressionTechnique from './compression-technique.js';
import deployTradeoffBothSides from './deploy-tradeoff-both-sides.js';
import duplicateStep from './duplicate-step.js';
import emptySection from './empty-section.js';
import frontMatter from './front-matter.js';
import headingTypo from './heading-typo.js';
import imbalanceTechnique from './imbalance-technique.js';
import invalidWaiver from './invalid-waiver.js';
import metricFitsFraming from './metric-fits-framing.js';
import missingStep from './missing-step.js';
import missingTopic from './missing-topic.js';
import offlineMetricsNamed from './offline-metrics-named.js';
import onlineMetricsNamed from './online-metrics-named.js';
import onlineTestMethod from './online-test-method.js';
import placeholder from './placeholder.js';
import schemaViolation from './schema-violation.js';
import stepOrder from './step-order.js';
import unknownCase from './unknown-case.js';
import unknownDirective from './unknown-directive.js';
import unknownProfile from './unknown-profile.js';
import unknownSetting from './unknown-setting.js';
import unusedDirective from './unused-directive.js';

export const RULE_CASES: Record<string, RuleCases> = {
  'compression-technique': compressionTechnique,
  'deploy-tradeoff-both-sides': deployTradeoffBothSides,
  'duplicate-step': duplicateStep,
  'empty-section': emptySection,
  'front-matter': frontMatter,
  'heading-typo': headingTypo,
  'imbalance-technique': imbalanceTechnique,
  'invalid-waiver': invalidWaiver,
  'metric-fits-framing': metricFitsFraming,
  'missing-step': missingStep,
  'missing-topic': missingTopic,
  'offline-metrics-named': offlineMetricsNamed,
  'online-metrics-named': onlineMetricsNamed,
  'online-test-method': onlineTestMethod,
  'placeholder': placeholder,
  'schema-violation': schemaViolation,
  'step-order': stepOrder,
  'unknown-case': unknownCase,
  'unknown-directive': unknownDirective,
  'unknown-profile': unknownProfile,
  'unknown-setting': unknownSetting,
  'unused-directive': unusedDirective,
};
