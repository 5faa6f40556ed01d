/**
 * A Markdown coverage report for a pull request's job summary: an overview table (one row per file),
 * then per file a table of every step and its topics with their status and line. Required topics are
 * always listed; optional ones only when the doc covers or waives them.
 */
import { coverageTally, isCovered, type CoverageEntry, type RuleBook, type SectionDef, type Tally } from '../../core/index.js';
import type { FileResult } from '../result.js';
import type { FormatContext } from './index.js';
import { say } from '../messages.js';
import type { Lang } from '../../core/index.js';
import { markdownText } from '../text.js';

const cell = (s: string) => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;


function status(e: CoverageEntry | undefined, required: boolean, lang: Lang): string {
  switch (e?.status) {
    case 'present':
      return say('present', lang);
    case 'empty':
      return say('empty', lang);
    case 'waived':
      return `${say('waived', lang)}${e.reason ? `: ${markdownText(e.reason)}` : ''}`;
    default:
      return say(required ? 'missing' : 'optional', lang);
  }
}

function fileTable(r: FileResult, book: RuleBook | undefined): string[] {
  const cov = r.coverage!;
  const lang = r.lang ?? 'en';
  const title = (d: SectionDef) => markdownText(d.title[lang] ?? d.title.en);
  const rows: string[] = [say('sumTable', lang), '| --- | --- | --- |'];
  const row = (label: string, e: CoverageEntry | undefined, required: boolean) => rows.push(`| ${cell(label)} | ${cell(status(e, required, lang))} | ${e?.line ?? ''} |`);
  if (!book) {
    for (const [id, e] of Object.entries(cov.steps)) row(`**${markdownText(id)}**`, e, true);
    for (const [id, e] of Object.entries(cov.topics)) row(`↳ ${markdownText(id)}`, e, true);
    return rows;
  }
  const listed = new Set<string>();
  for (const step of book.steps) {
    row(`**${step.order}. ${title(step)}**`, cov.steps[step.id], step.required);
    for (const t of book.topics) {
      if (t.step !== step.id) continue;
      listed.add(t.id);
      const e = cov.topics[t.id];
      if (t.required || isCovered(e) || e?.status === 'empty') row(`↳ ${title(t)}`, e, t.required);
    }
  }
  for (const t of book.topics) {
    const e = cov.topics[t.id];
    if (!listed.has(t.id) && (t.required || isCovered(e))) row(`↳ ${title(t)}`, e, t.required);
  }
  return rows;
}

export default function summary(results: readonly FileResult[], ctx: FormatContext): string {
  // The run's language for the report around the tables; each file's table follows its doc.
  const lang = ctx.lang ?? 'en';
  const out: string[] = [say('sumTitle', lang), ''];
  if (results.length === 0) return out.concat(say('sumNone', lang), '').join('\n');
  const books = results.map((r) => (r.coverage ? ctx.ruleBook?.(r) : undefined));
  out.push(say('sumOverview', lang), '| --- | --- | --- | --- | ---: | ---: |');
  for (const [i, r] of results.entries()) {
    if (!r.coverage) {
      out.push(`| ${cell(code(r.filePath))} | | | | ${r.errorCount} | ${r.warningCount} |`);
      continue;
    }
    const c = coverageTally(r.coverage, books[i]);
    const mark = (n: Tally) => `${n.covered === n.total ? '✅' : '❌'} ${n.covered}/${n.total}`;
    out.push(`| ${cell(code(r.filePath))} | ${markdownText(r.case ?? '')} | ${mark(c.steps)} | ${mark(c.topics)} | ${r.errorCount} | ${r.warningCount} |`);
  }
  out.push('');
  for (const [i, r] of results.entries()) {
    if (!r.coverage) {
      const why = r.messages.find((m) => m.fatal)?.message ?? say('sumNotLinted', lang);
      out.push(`**${markdownText(r.filePath)}**: ${markdownText(why)}`, '');
      continue;
    }
    const c = coverageTally(r.coverage, books[i]);
    out.push(
      `<details${results.length === 1 ? ' open' : ''}><summary><code>${html(r.filePath)}</code>: ${say('sumFile', lang, { steps: c.steps.covered, stepTotal: c.steps.total, topics: c.topics.covered, topicTotal: c.topics.total, case: html(r.case ?? ''), profile: html(r.profile ?? '') })}</summary>`,
      '',
      ...fileTable(r, books[i]),
      '',
      '</details>',
      '',
    );
  }
  return out.join('\n');
}
