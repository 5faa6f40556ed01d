/**
 * Every rule: its id, default severity, one-line description and message in English and Korean.
 * Each rule has a docs page at docs/rules/<id>.md that diagnostics link to.
 */
import type { Lang } from '../types.js';

export interface RuleMeta {
  id: string;
  severity: 'error' | 'warning';
  description: Record<Lang, string>;
  /** Message templates; `{name}` is replaced by the finding's parameter of that name. */
  message: Record<Lang, string>;
}

const rules: RuleMeta[] = [];

export function defineRule(meta: RuleMeta): RuleMeta {
  if (rules.some((r) => r.id === meta.id)) throw new Error(`rule ${meta.id} defined twice`);
  rules.push(meta);
  return meta;
}

export function allRules(): readonly RuleMeta[] {
  return rules;
}

export function ruleById(id: string): RuleMeta | undefined {
  return rules.find((r) => r.id === id);
}

export const DEFAULT_DOCS_BASE = 'https://github.com/mlsd-lint/mlsd-lint/blob/main/docs/rules/';

export function ruleUrl(id: string, base = DEFAULT_DOCS_BASE): string {
  return `${base}${id}.md`;
}

export function formatMessage(meta: RuleMeta, lang: Lang, params: Record<string, string | number | undefined>): string {
  return meta.message[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
