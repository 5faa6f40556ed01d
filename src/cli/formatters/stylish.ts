/** Human-readable output grouped by file, in the style of ESLint's stylish formatter. */
import { styleText } from 'node:util';
import type { FileResult } from '../result.js';
import type { FormatContext } from './index.js';
import { plural, say } from '../messages.js';
import { visible } from '../text.js';
import { genreName } from '../../core/genre.js';

export default function stylish(results: readonly FileResult[], ctx: FormatContext): string {
  const lang = ctx.lang ?? 'en';
  const label = { error: say('error', lang), warning: say('warning', lang) };
  const paint = (style: Parameters<typeof styleText>[0], s: string) => (ctx.color ? styleText(style, s, { validateStream: false }) : s);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    // A doc of another genre (a model card, a pattern page) is named, with why it was not checked.
    if (r.genre && r.messages.length === 0) {
      out.push(paint('underline', visible(r.filePath)), paint('dim', say('genre', r.lang ?? lang, { genre: genreName(r.genre, r.lang ?? lang) })), '');
      continue;
    }
    if (r.messages.length === 0) continue;
    out.push(paint('underline', visible(r.filePath)));
    const rows = r.messages.map((m) => [
      `  ${m.line}:${m.column}`,
      m.severity === 2 ? paint('red', label.error) : paint('yellow', label.warning),
      visible(m.message),
      paint('dim', visible(m.ruleId ?? '')),
    ]);
    const w0 = Math.max(...rows.map((x) => x[0]!.length));
    const w1 = Math.max(...r.messages.map((m) => (m.severity === 2 ? label.error : label.warning).length));
    for (const [i, row] of rows.entries()) {
      const sevLen = (r.messages[i]!.severity === 2 ? label.error : label.warning).length;
      out.push(`${row[0]!.padEnd(w0)}  ${row[1]}${' '.repeat(w1 - sevLen)}  ${row[2]}  ${row[3]}`);
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total > 0) {
    const line = say('problems', lang, {
      total,
      problems: plural(total, 'problem'),
      errors,
      errorWord: plural(errors, 'error'),
      warnings,
      warningWord: plural(warnings, 'warning'),
      files: results.length,
      fileWord: plural(results.length, 'file'),
    });
    out.push(paint(errors > 0 ? 'red' : 'yellow', line));
  } else {
    out.push(say('clean', lang, { files: results.length, fileWord: plural(results.length, 'file') }));
  }
  return out.join('\n') + '\n';
}
