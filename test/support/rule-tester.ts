/**
 * A rule tester in the style of ESLint's RuleTester: per rule, `valid` Markdown docs (the rule reports
 * nothing) and `invalid` ones (the rule reports exactly the listed findings: message id and position,
 * and where given the topic, data and suggestion). The whole doc is linted, so a case also says which
 * front matter or case it needs; other rules' findings are ignored.
 */
import assert from 'node:assert/strict';
import { BUILTIN_SCHEMAS, Linter, type Finding, type JsonSchema, type LintOptions, type LintResult } from '../../src/core/index.js';

export interface ValidCase {
  /** What the case shows (the test's name). */
  name: string;
  code: string;
  options?: LintOptions;
  /** Coverage statuses that must hold, so "no finding" means the rule looked at the section. */
  coverage?: Record<string, string>;
}

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  topic?: string;
  data?: Record<string, string | number>;
  suggestion?: string;
  severity?: 'error' | 'warning';
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleCases {
  /** Team schemas the cases are linted with, besides the bundled ones. */
  schemas?: JsonSchema[];
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function checkCoverage(r: LintResult, coverage: Record<string, string> | undefined): void {
  const all = { ...r.coverage.steps, ...r.coverage.topics };
  for (const [id, status] of Object.entries(coverage ?? {})) assert.equal(all[id]?.status, status, `coverage of ${id}`);
}

function pick(f: Finding, e: ExpectedFinding): ExpectedFinding {
  const got: ExpectedFinding = { messageId: f.messageId, line: f.line, column: f.column };
  if (e.endLine !== undefined) got.endLine = f.endLine;
  if (e.endColumn !== undefined) got.endColumn = f.endColumn;
  if (e.topic !== undefined) got.topic = f.topic;
  if (e.data !== undefined) got.data = f.data;
  if (e.suggestion !== undefined) got.suggestion = f.suggestion;
  if (e.severity !== undefined) got.severity = f.severity;
  return got;
}

export class RuleTester {
  private readonly linter = new Linter();
  private readonly teams = new Map<readonly JsonSchema[], Linter>();

  private linterFor(schemas: readonly JsonSchema[] | undefined): Linter {
    if (!schemas?.length) return this.linter;
    let l = this.teams.get(schemas);
    if (!l) this.teams.set(schemas, (l = new Linter([...BUILTIN_SCHEMAS, ...schemas])));
    return l;
  }

  /** The findings of `ruleId` for one case. */
  findings(ruleId: string, c: ValidCase, schemas?: readonly JsonSchema[]): { result: LintResult; findings: Finding[] } {
    const result = this.linterFor(schemas).lint(c.code, c.options);
    return { result, findings: result.findings.filter((f) => f.ruleId === ruleId) };
  }

  /** Registers the cases as mocha tests. */
  run(ruleId: string, cases: RuleCases): void {
    describe(ruleId, () => {
      for (const c of cases.valid) {
        it(`valid: ${c.name}`, () => {
          const { result, findings } = this.findings(ruleId, c, cases.schemas);
          assert.deepEqual(findings.map((f) => `L${f.line}:${f.column} ${f.messageId}: ${f.message}`), []);
          checkCoverage(result, c.coverage);
        });
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, () => {
          assert.ok(c.errors.length > 0, 'an invalid case lists its findings');
          const { result, findings } = this.findings(ruleId, c, cases.schemas);
          assert.deepEqual(
            findings.map((f, i) => pick(f, c.errors[i] ?? c.errors[0]!)),
            c.errors,
            findings.map((f) => `L${f.line}:${f.column} ${f.messageId}: ${f.message}`).join('\n'),
          );
          checkCoverage(result, c.coverage);
        });
      }
    });
  }
}
