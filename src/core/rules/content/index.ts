/**
 * Content rules: what a schema cannot say well (hollow sections, metrics that name no metric, ...).
 * One rule a file; each exports a `ContentRule` and is listed here.
 */
import type { ContentRule } from '../context.js';
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

export const CONTENT_RULES: ContentRule[] = [
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
];
