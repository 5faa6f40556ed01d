/** Human-readable output grouped by file, in the style of ESLint's stylish formatter. */
import { styleText } from 'node:util';
import type { FileResult } from '../result.js';
import type { FormatContext } from './index.js';

export default function stylish(results: readonly FileResult[], ctx: FormatContext): string {
  const paint = (style: Parameters<typeof styleText>[0], s: string) => (ctx.color ? styleText(style, s, { validateStream: false }) : s);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    if (r.messages.length === 0) continue;
    out.push(paint('underline', r.filePath));
    const rows = r.messages.map((m) => [
      `  ${m.line}:${m.column}`,
      m.severity === 2 ? paint('red', 'error') : paint('yellow', 'warning'),
      m.message,
      paint('dim', m.ruleId ?? ''),
    ]);
    const w0 = Math.max(...rows.map((x) => x[0]!.length));
    const w1 = Math.max(...r.messages.map((m) => (m.severity === 2 ? 5 : 7)));
    for (const [i, row] of rows.entries()) {
      const sevLen = r.messages[i]!.severity === 2 ? 5 : 7;
      out.push(`${row[0]!.padEnd(w0)}  ${row[1]}${' '.repeat(w1 - sevLen)}  ${row[2]}  ${row[3]}`);
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total > 0) {
    const line = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${results.length} file${results.length === 1 ? '' : 's'}`;
    out.push(paint(errors > 0 ? 'red' : 'yellow', line));
  } else {
    out.push(`✔ ${results.length} file${results.length === 1 ? '' : 's'} checked, no problems`);
  }
  return out.join('\n') + '\n';
}
