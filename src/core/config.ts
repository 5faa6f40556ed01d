/**
 * How a doc's settings are layered, shared by the CLI, the language server (desktop and web) and the
 * library. Pure: no fs, no editor.
 */
import { severityTable, type LintOptions } from './lint.js';
import type { DocSettings, Severity, SeveritySetting } from './types.js';

/** What a config file (after its overrides) sets for one doc. */
export interface PlanSettings {
  defaults: DocSettings;
  rules: Record<string, Severity>;
}

/**
 * The lint options for one file. Layers, weakest first: `fallback` (the editor's per-user settings: only
 * what the config does not set), the config (`plan`), `defaults` (the CLI's `--case`), then front matter
 * (inside the lint), then `overrides` (the CLI's `--profile`, `--lang`).
 */
export function lintOptionsFor(
  plan: PlanSettings,
  layers: { fallback?: { defaults?: DocSettings; rules?: Record<string, SeveritySetting> }; defaults?: DocSettings; overrides?: DocSettings } = {},
): LintOptions {
  return {
    defaults: { ...layers.fallback?.defaults, ...plan.defaults, ...layers.defaults },
    overrides: layers.overrides,
    rules: { ...severityTable(layers.fallback?.rules ?? {}), ...plan.rules },
  };
}
