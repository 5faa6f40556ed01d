/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: every rule in `tool.driver.rules` with its help
 * link, one result per finding with its region, and file URIs relative to the repository root through the
 * `%SRCROOT%` base id. Files that could not be read become tool execution notifications.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageVersion } from '../../node/version.js';
import { allRules, DEFAULT_DOCS_BASE, ruleUrl } from '../../core/index.js';
import type { FileResult, Message } from '../result.js';
import type { FormatContext } from './index.js';

const SRCROOT = '%SRCROOT%';

/** A file's location: relative to the repository root when inside it, else an absolute file URI. */
export function artifactLocation(filePath: string, ctx: FormatContext): { uri: string; uriBaseId?: string } {
  const root = ctx.root ?? ctx.cwd;
  const abs = resolve(ctx.cwd, filePath);
  const rel = relative(root, abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}

function region(m: Message) {
  const r: Record<string, number> = { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column) };
  if (m.endLine !== undefined && m.endColumn !== undefined && (m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column))) {
    r.endLine = m.endLine;
    r.endColumn = Math.max(1, m.endColumn);
  }
  return r;
}

export default function sarif(results: readonly FileResult[], ctx: FormatContext): string {
  const rules = allRules();
  const lang = ctx.lang ?? 'en';
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const root = ctx.root ?? ctx.cwd;
  const out: unknown[] = [];
  const notifications: unknown[] = [];
  for (const r of results) {
    const location = { physicalLocation: { artifactLocation: artifactLocation(r.filePath, ctx) } };
    for (const m of r.messages) {
      if (m.fatal || m.ruleId === null) {
        notifications.push({ level: 'error', message: { text: m.message }, locations: [location] });
        continue;
      }
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message },
        locations: [{ physicalLocation: { ...location.physicalLocation, region: region(m) } }],
      };
      const i = index.get(m.ruleId);
      if (i !== undefined) result.ruleIndex = i;
      if (m.topic || m.suggestion) result.properties = { ...(m.topic ? { topic: m.topic } : {}), ...(m.suggestion ? { suggestion: m.suggestion } : {}) };
      out.push(result);
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mlsd-lint',
            version: packageVersion(),
            informationUri: DEFAULT_DOCS_BASE.replace(/\/blob\/.*$/, ''),
            // Rule texts in the run's language: a Korean run gets no English sentence.
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description[lang] },
              fullDescription: { text: lang === 'en' ? `${r.description.en} (${r.description.ko})` : r.description[lang] },
              helpUri: ruleUrl(r.id),
              help: { text: `${r.description[lang]}\n${lang === 'ko' ? `설명: ${ruleUrl(r.id)}` : `See ${ruleUrl(r.id)}`}`, markdown: `${r.description[lang]}\n\n[${r.id}](${ruleUrl(r.id)})` },
              defaultConfiguration: { level: r.severity },
              properties: { kind: r.kind },
            })),
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
