/**
 * GitHub Actions workflow commands, which become annotations on the pull request's diff:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * Escaping as the runner requires: in the message `%`, `\r`, `\n`; in property values also `:` and `,`.
 * Paths are relative to the repository root, as annotations need.
 *
 * GitHub shows only about 10 annotations of each kind per step, so each file gets at most
 * MAX_ANNOTATIONS errors and as many warnings, the most important first (a file that could not be read,
 * then the doc's settings, then missing steps and topics before what a section says: the rules' registry
 * order), then one notice saying how many more there are. The summary table and SARIF keep everything.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { allRules } from '../../core/index.js';
import { say } from '../messages.js';
import type { FileResult, Message } from '../result.js';
import type { FormatContext } from './index.js';

/** Annotations of each kind (error, warning) per file. */
export const MAX_ANNOTATIONS = 10;

const RANK = new Map(allRules().map((r, i) => [r.id, (r.kind === 'settings' ? 0 : 100) + i]));

/** Lower is more important: a fatal message, a settings problem, then the rules in registry order; then by line. */
function rank(m: Message): number {
  return m.fatal || !m.ruleId ? -1 : (RANK.get(m.ruleId) ?? 1000);
}

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotationPath(filePath: string, ctx: FormatContext): string {
  const abs = resolve(ctx.cwd, filePath);
  const rel = relative(ctx.root ?? ctx.cwd, abs);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs).split(sep).join('/');
}

export default function github(results: readonly FileResult[], ctx: FormatContext): string {
  const out: string[] = [];
  for (const r of results) {
    const file = annotationPath(r.filePath, ctx);
    const ordered = [...r.messages].sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
    const shown = { error: 0, warning: 0 };
    const hidden = { error: 0, warning: 0 };
    for (const m of ordered) {
      const cmd = m.severity === 2 ? 'error' : 'warning';
      if (shown[cmd] >= MAX_ANNOTATIONS) {
        hidden[cmd]++;
        continue;
      }
      shown[cmd]++;
      const props: Array<[string, string | number]> = [
        ['file', file],
        ['line', m.line],
        ['col', m.column],
      ];
      if (m.endLine !== undefined) props.push(['endLine', m.endLine]);
      if (m.endColumn !== undefined) props.push(['endColumn', m.endColumn]);
      props.push(['title', m.ruleId ? `mlsd-lint: ${m.ruleId}` : 'mlsd-lint']);
      const text = m.ruleId && m.url ? `${m.message}\n${m.url}` : m.message;
      out.push(`::${cmd} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(text)}`);
    }
    const more = hidden.error + hidden.warning;
    if (more > 0) {
      const text = say('ghMore', r.lang ?? ctx.lang ?? 'en', { more, errors: hidden.error, warnings: hidden.warning, max: MAX_ANNOTATIONS });
      out.push(`::notice file=${escapeProperty(file)},line=1,title=${escapeProperty('mlsd-lint')}::${escapeData(text)}`);
    }
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
