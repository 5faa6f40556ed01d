/**
 * The rule tables derived from the registry: the README's and the rule docs index (docs/rules/README.md).
 * `npm run docs:rules` writes them; test/unit/registry.test.ts fails when either, or a rule's page, is
 * missing or stale.
 */
import type { RuleMeta } from '../core/index.js';

export const README_START = '<!-- rules:start (generated from src/core/rules/registry.ts by npm run docs:rules) -->';
export const README_END = '<!-- rules:end -->';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');

/** The README's table: one row per rule, in registry order. */
export function readmeTable(rules: readonly RuleMeta[]): string {
  const rows = rules.map((r) => `| [${r.id}](docs/rules/${r.id}.md) | ${r.severity} | ${lower(r.description.en)} |`);
  return ['| rule | default | what it reports |', '| --- | --- | --- |', ...rows].join('\n');
}

/** docs/rules/README.md: every rule with its kind, default severity, message ids and both descriptions. */
export function docsIndex(rules: readonly RuleMeta[]): string {
  const kinds = { structure: 'Structure', content: 'Content', settings: 'Settings' } as const;
  const out = [
    '# Rules',
    '',
    '<!-- generated from src/core/rules/registry.ts by npm run docs:rules; do not edit -->',
    '',
    'Every rule of mlsd-lint, in the order of the registry. Set a rule\'s severity (`error`, `warning` or `off`)',
    'in the config\'s `rules`, in a doc\'s front matter (`mlsd.rules`), or turn it off inline with',
    '`<!-- mlsd-lint-disable <id> -->`; the three give the same findings.',
  ];
  for (const kind of ['structure', 'content', 'settings'] as const) {
    out.push('', `## ${kinds[kind]}`, '', '| rule | default | messages | what it reports | 설명 |', '| --- | --- | --- | --- | --- |');
    for (const r of rules.filter((x) => x.kind === kind)) {
      const extras = [r.waivable ? 'waivable' : '', r.fixes ? 'quick fix' : ''].filter(Boolean).join(', ');
      out.push(`| [${r.id}](${r.id}.md) | ${r.severity}${extras ? ` (${extras})` : ''} | ${Object.keys(r.messages).map((m) => `\`${m}\``).join(', ')} | ${r.description.en} | ${r.description.ko} |`);
    }
  }
  return out.join('\n') + '\n';
}

/** `text` with the part between the README markers replaced by `table`; undefined when a marker is missing. */
export function withReadmeTable(text: string, table: string): string | undefined {
  const a = text.indexOf(README_START);
  const b = text.indexOf(README_END);
  if (a < 0 || b < a) return undefined;
  return `${text.slice(0, a + README_START.length)}\n${table}\n${text.slice(b)}`;
}
