/**
 * GitHub Actions workflow commands, which become annotations on the pull request's diff:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * Escaping as the runner requires: in the message `%`, `\r`, `\n`; in property values also `:` and `,`.
 * Paths are relative to the repository root, as annotations need.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileResult } from '../result.js';
import type { FormatContext } from './index.js';

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
    for (const m of r.messages) {
      const props: Array<[string, string | number]> = [
        ['file', file],
        ['line', m.line],
        ['col', m.column],
      ];
      if (m.endLine !== undefined) props.push(['endLine', m.endLine]);
      if (m.endColumn !== undefined) props.push(['endColumn', m.endColumn]);
      props.push(['title', m.ruleId ? `mlsd-lint: ${m.ruleId}` : 'mlsd-lint']);
      const text = m.ruleId && m.url ? `${m.message}\n${m.url}` : m.message;
      const cmd = m.severity === 2 ? 'error' : 'warning';
      out.push(`::${cmd} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(text)}`);
    }
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
