/**
 * Self-describing fixtures: a Markdown doc whose front matter says what the linter must find.
 *
 * ---
 * mlsd: { case: generic }          # the doc's own settings, as users write them
 * expect:
 *   coverage: { eval-offline-metrics: missing, s5-evaluation: present, deploy-model-compression: not-asked }
 *   findings: ["L12 missing-topic eval-offline-metrics"]   # each must be reported, alone or listed in a grouped finding (line optional)
 *   absent: ["heading-typo", "missing-step s5-evaluation"] # none of these may be reported (as a finding of its own)
 *   unlisted: ["missing-step s4-model-dev"]                 # ... nor listed in a grouped finding
 *   count: { heading-typo: 1 }                              # exact number of findings of a rule
 *   coverageLine: { s5-evaluation: 8 }                      # where coverage says a step or topic is
 *   errors: 0                                               # exact number of error findings
 *   case: video-recommendation                              # the case the linter settled on
 *   genre: notes                                            # the doc reads as another genre (none: a design doc)
 * fileName: notes/video-search.md                           # optional: the file name it is linted under
 * ---
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Finding, LintResult } from '../../src/core/index.js';

export interface Expectations {
  coverage?: Record<string, string>;
  coverageLine?: Record<string, number>;
  findings?: string[];
  absent?: string[];
  unlisted?: string[];
  count?: Record<string, number>;
  errors?: number;
  warnings?: number;
  case?: string;
  genre?: string;
  lang?: string;
}

export const FIXTURES = join(process.cwd(), 'test', 'fixtures');

export function listFixtures(dir = FIXTURES): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFixtures(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

export function readFixture(path: string): { text: string; expect: Expectations; name: string; fileName?: string } {
  const text = readFileSync(path, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  // A fixture whose own front matter does not parse fails loudly (a silently empty `expect` tests nothing).
  const head = m ? ((parseYaml(m[1]!) as Record<string, unknown> | null) ?? {}) : {};
  const expect = (head.expect as Expectations) ?? {};
  // `fileName`: the name the doc is linted under (what the CLI and the editor pass), when it matters.
  const fileName = typeof head.fileName === 'string' ? head.fileName : undefined;
  return { text, expect, name: relative(FIXTURES, path), ...(fileName ? { fileName } : {}) };
}

function matches(f: Finding, spec: string, listed = false): boolean {
  const parts = spec.trim().split(/\s+/);
  let i = 0;
  if (/^L\d+$/.test(parts[0]!)) {
    if (f.line !== Number(parts[0]!.slice(1))) return false;
    i = 1;
  }
  if (parts[i] !== f.ruleId) return false;
  // A topic matches the finding's own; for `findings`, also one it lists (a grouped finding names several
  // steps or topics). `absent` means no finding of that topic's own.
  const topic = parts[i + 1];
  if (topic && topic !== f.topic && !(listed && (f.related ?? []).some((r) => r.topic === topic))) return false;
  return true;
}

/** Every mismatch between a lint result and a fixture's expectations, as readable lines. */
export function checkExpectations(r: LintResult, e: Expectations): string[] {
  const problems: string[] = [];
  const all = { ...r.coverage.steps, ...r.coverage.topics };
  for (const [id, status] of Object.entries(e.coverage ?? {})) {
    if (!all[id]) problems.push(`coverage has no "${id}"`);
    // `not-asked`: the doc is not asked for it (its case omits it, or it does not apply to what the doc is about).
    else if (status === 'not-asked') {
      if (!all[id]!.notAsked) problems.push(`coverage ${id}: expected not asked, got asked (${all[id]!.status})`);
    } else if (all[id]!.status !== status) problems.push(`coverage ${id}: expected ${status}, got ${all[id]!.status}`);
  }
  for (const [id, line] of Object.entries(e.coverageLine ?? {})) {
    if (all[id]?.line !== line) problems.push(`coverage ${id}: expected line ${line}, got ${all[id]?.line}`);
  }
  const show = (f: Finding) => `L${f.line} ${f.ruleId}${f.topic ? ` ${f.topic}` : ''}`;
  for (const spec of e.findings ?? []) {
    if (!r.findings.some((f) => matches(f, spec, true))) problems.push(`expected finding "${spec}" not reported`);
  }
  for (const spec of e.absent ?? []) {
    const hit = r.findings.find((f) => matches(f, spec));
    if (hit) problems.push(`unexpected finding "${show(hit)}: ${hit.message}"`);
  }
  for (const spec of e.unlisted ?? []) {
    const hit = r.findings.find((f) => matches(f, spec, true));
    if (hit) problems.push(`unexpected finding, or one that lists it, "${show(hit)}: ${hit.message}"`);
  }
  for (const [rule, n] of Object.entries(e.count ?? {})) {
    const got = r.findings.filter((f) => f.ruleId === rule).length;
    if (got !== n) problems.push(`expected ${n} ${rule} finding(s), got ${got}`);
  }
  if (e.errors !== undefined && r.errorCount !== e.errors) problems.push(`expected ${e.errors} errors, got ${r.errorCount}: ${r.findings.filter((f) => f.severity === 'error').map(show).join(', ')}`);
  if (e.warnings !== undefined && r.warningCount !== e.warnings) problems.push(`expected ${e.warnings} warnings, got ${r.warningCount}`);
  if (e.case !== undefined && r.case !== e.case) problems.push(`expected case ${e.case}, got ${r.case}`);
  if (e.genre !== undefined && (r.genre ?? 'none') !== e.genre) problems.push(`expected genre ${e.genre}, got ${r.genre ?? 'none'}`);
  if (e.lang !== undefined && r.lang !== e.lang) problems.push(`expected lang ${e.lang}, got ${r.lang}`);
  return problems;
}
