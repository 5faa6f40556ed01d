/**
 * JUnit XML as CI servers read it (the Ant/Jenkins shape): one <testsuite> for the run and one <testcase>
 * per file. A file with errors has a <failure> listing every finding; a file that could not be read has an
 * <error>; warnings alone do not fail the test case and are listed in its <system-out>.
 */
import type { FileResult, Message } from '../result.js';

/** Escapes text for XML and drops the characters XML 1.0 cannot carry. */
export function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const line = (m: Message) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}`;

export default function junit(results: readonly FileResult[]): string {
  const failures = results.filter((r) => r.fatalErrorCount === 0 && r.errorCount > 0).length;
  const errors = results.filter((r) => r.fatalErrorCount > 0).length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mlsd-lint" tests="${results.length}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="mlsd-lint" tests="${results.length}" failures="${failures}" errors="${errors}" skipped="0">`,
  ];
  for (const r of results) {
    const name = xml(r.filePath);
    out.push(`    <testcase classname="mlsd-lint" name="${name}" file="${name}">`);
    if (r.fatalErrorCount > 0) {
      const m = r.messages.find((x) => x.fatal)!;
      out.push(`      <error message="${xml(m.message)}" type="fatal">${xml(m.message)}</error>`);
    } else if (r.errorCount > 0) {
      const summary = `${r.errorCount} error${r.errorCount === 1 ? '' : 's'}, ${r.warningCount} warning${r.warningCount === 1 ? '' : 's'}`;
      out.push(`      <failure message="${xml(summary)}" type="mlsd-lint">${xml(r.messages.map(line).join('\n'))}</failure>`);
    } else if (r.warningCount > 0) {
      out.push(`      <system-out>${xml(r.messages.map(line).join('\n'))}</system-out>`);
    }
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return out.join('\n') + '\n';
}
