/**
 * Each output format against its spec: SARIF 2.1.0 (the official JSON Schema), GitHub workflow commands
 * (the runner's escaping), JUnit XML (well-formed, one test case per file), the Markdown coverage summary,
 * stylish colours, and pairing of --format with --output-file.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv04Import from 'ajv-draft-04';
import addFormatsImport from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { allRules, ruleUrl } from '../../src/core/index.js';
import github from '../../src/cli/formatters/github.js';
import type { FileResult } from '../../src/cli/result.js';
import { runCli } from '../support/run-cli.js';
import { COMPLETE, GAPS, WARN_ONLY, workspace } from '../support/workspace.js';

const require = createRequire(import.meta.url);
const Ajv04 = Ajv04Import.default ?? Ajv04Import;
const addFormats = addFormatsImport.default ?? addFormatsImport;

/** The SARIF 2.1.0 schema as published by the SARIF TC (draft-04), shipped in @microsoft/jest-sarif. */
function sarifValidator() {
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
  // unicodeRegExp: false because the official schema's `language` pattern is not a valid Unicode-mode regex.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Parses one workflow command the way the Actions runner does, undoing its escaping. */
function parseCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  assert.ok(m, `a workflow command: ${line}`);
  const unData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unProp = (s: string) => unData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const props: Record<string, string> = {};
  for (const kv of (m[2] ?? '').split(',')) {
    const i = kv.indexOf('=');
    props[kv.slice(0, i)] = unProp(kv.slice(i + 1));
  }
  return { command: m[1]!, props, message: unData(m[3]!) };
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; column: number; severity: number; message: string }>;
  coverage: { steps: Record<string, { status: string; line?: number }>; topics: Record<string, { status: string; line?: number }> };
}

describe('output formats', function () {
  this.timeout(60_000);
  describe('json', () => {
    it("carries each finding's message id and data, so tools can assert the message without its text", () => {
      const ws = workspace({ 'typo.md': '# Design\n\n## Evalution\n\nSome words here.\n' });
      const r = runCli(['--format', 'json', 'typo.md'], { cwd: ws });
      const m = (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; messageId: string; data: Record<string, string>; message: string }> }>)[0]!.messages.find((x) => x.ruleId === 'heading-typo');
      assert.ok(m, r.stdout);
      assert.equal(m.messageId, 'typo');
      assert.deepEqual(m.data, { heading: 'Evalution', alias: 'Evaluation', id: 's5-evaluation' });
      assert.ok(m.message.includes(`"${m.data.alias}"`), m.message);
    });
  });

  describe('sarif', () => {
    it('is valid SARIF 2.1.0 with every rule and its help link, results with regions, URIs relative to the repository root', () => {
      const ws = workspace({ 'docs/gaps.md': GAPS, 'docs/complete.md': COMPLETE, 'docs/my design.md': WARN_ONLY });
      // Run from a subfolder: URIs must still be relative to the repository root, not to the cwd.
      const r = runCli(['.', '--format', 'sarif', '--output-file', '../out/report.sarif', '--format', 'json'], { cwd: join(ws, 'docs') });
      assert.equal(r.code, 1, r.stderr);
      const log = JSON.parse(readFileSync(join(ws, 'out', 'report.sarif'), 'utf8')) as Record<string, any>;
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));

      const run = log.runs[0];
      assert.equal(run.tool.driver.version, JSON.parse(readFileSync('package.json', 'utf8')).version);
      const rules = run.tool.driver.rules as Array<{ id: string; helpUri: string; shortDescription: { text: string } }>;
      assert.deepEqual(rules.map((x) => x.id).sort(), allRules().map((x) => x.id).sort());
      for (const rule of rules) {
        assert.equal(rule.helpUri, ruleUrl(rule.id));
        assert.ok(rule.shortDescription.text.length > 0);
      }

      // The same findings as the JSON report (written to stdout in the same run), at the same places.
      const json = JSON.parse(r.stdout) as JsonResult[];
      const expected = json.flatMap((f) => f.messages.map((m) => `${f.filePath}|${m.ruleId}|${m.line}:${m.column}|${m.severity === 2 ? 'error' : 'warning'}`));
      const got = (run.results as Array<Record<string, any>>).map((x) => {
        const loc = x.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.equal(rules[x.ruleIndex]!.id, x.ruleId, 'ruleIndex points at the rule');
        assert.ok(loc.region.endLine >= loc.region.startLine);
        return `${decodeURIComponent(loc.artifactLocation.uri).replace(/^docs\//, '')}|${x.ruleId}|${loc.region.startLine}:${loc.region.startColumn}|${x.level}`;
      });
      assert.deepEqual(got.sort(), expected.sort());
      const uris = new Set((run.results as Array<Record<string, any>>).map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
      assert.deepEqual([...uris].sort(), ['docs/gaps.md', 'docs/my%20design.md']);
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${ws}/`);
    });

    it('an unreadable file becomes a tool notification and the log stays valid; the validator does reject a broken log', () => {
      const ws = workspace({ 'bin.md': Buffer.from([0x89, 0x00, 0x01]), 'gaps.md': GAPS });
      const r = runCli(['.', '--format', 'sarif'], { cwd: ws });
      assert.equal(r.code, 2);
      const log = JSON.parse(r.stdout) as Record<string, any>;
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
      const inv = log.runs[0].invocations[0];
      assert.equal(inv.executionSuccessful, false);
      assert.match(inv.toolExecutionNotifications[0].message.text, /looks binary/);
      assert.equal(inv.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'bin.md');
      log.runs[0].results[0].level = 'fatal';
      assert.equal(validate(log), false, 'the schema check is not vacuous');
    });
  });

  describe('github', () => {
    it('prints one ::error/::warning command per finding, with paths relative to the repository root', () => {
      const ws = workspace({ 'docs/gaps.md': GAPS, 'docs/warn.md': WARN_ONLY, 'docs/complete.md': COMPLETE });
      const r = runCli(['.', '--format', 'github'], { cwd: join(ws, 'docs') });
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      const json = JSON.parse(runCli(['.', '--format', 'json'], { cwd: join(ws, 'docs') }).stdout) as JsonResult[];
      assert.equal(lines.length, json.reduce((n, f) => n + f.messages.length, 0));
      for (const line of lines) assert.match(line, /^::(error|warning) file=docs\/(gaps|warn)\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::.+$/);
      const warn = lines.map(parseCommand).filter((c) => c.props.file === 'docs/warn.md');
      assert.equal(warn.length, 1);
      assert.equal(warn[0]!.command, 'warning');
      assert.equal(warn[0]!.props.title, 'mlsd-lint: placeholder');
      assert.equal(warn[0]!.props.line, String(json.find((f) => f.filePath === 'warn.md')!.messages[0]!.line));
      assert.match(warn[0]!.message, /^Placeholder left in the text: "TBD: the rollout plan, 100% of traffic"\.\nhttps:\/\/.*placeholder\.md$/);
    });

    it('escapes %, CR and LF in messages and also , and : in properties, so the runner reads them back unchanged', () => {
      const ws = workspace({ 'a,b:c.md': GAPS });
      const r = runCli(['.', '--format', 'github'], { cwd: ws });
      const lines = r.stdout.trimEnd().split('\n');
      for (const line of lines) {
        assert.ok(line.startsWith('::error file=a%2Cb%3Ac.md,') || line.startsWith('::warning file=a%2Cb%3Ac.md,'), line);
        assert.ok(!/[\r]/.test(line));
      }
      const placeholder = lines.find((l) => l.includes('placeholder'))!;
      assert.match(placeholder, /conversion by 50%25/);
      assert.match(placeholder, /title=mlsd-lint%3A placeholder::/);
      const cmd = parseCommand(placeholder);
      assert.equal(cmd.props.file, 'a,b:c.md');
      assert.match(cmd.message, /"TODO: raise conversion by 50%"/);

      // CR, LF and text that already looks escaped, through the formatter directly.
      const result: FileResult = {
        filePath: 'x.md',
        messages: [{ ruleId: 'schema-violation', severity: 2, message: 'one\r\ntwo %0A 100%', line: 3, column: 2, endLine: 3, endColumn: 9 }],
        errorCount: 1,
        warningCount: 0,
        fatalErrorCount: 0,
      };
      const out = github([result], { color: false, cwd: ws, root: ws }).trimEnd();
      assert.equal(out, '::error file=x.md,line=3,col=2,endLine=3,endColumn=9,title=mlsd-lint%3A schema-violation::one%0D%0Atwo %250A 100%25');
      assert.equal(parseCommand(out).message, 'one\r\ntwo %0A 100%');
    });
  });

  describe('github: annotations that fit GitHub\'s limits', () => {
    const ann = (out: string) => out.trimEnd().split('\n').map(parseCommand);

    it('shows the most important findings first, at most 10 errors and 10 warnings per file, then says how many more', () => {
      const msg = (ruleId: string, severity: 1 | 2, line: number) => ({ ruleId, severity, message: `${ruleId} at ${line}`, line, column: 1 });
      const messages = [
        ...Array.from({ length: 12 }, (_, i) => msg('offline-metrics-named', 2, i + 1)),
        ...Array.from({ length: 3 }, () => msg('missing-step', 2, 20)),
        ...Array.from({ length: 12 }, (_, i) => msg('placeholder', 1, 30 + i)),
      ] as FileResult['messages'];
      const result: FileResult = { filePath: 'x.md', messages, errorCount: 15, warningCount: 12, fatalErrorCount: 0, lang: 'en' };
      const cmds = ann(github([result], { color: false, cwd: '/r', root: '/r' }));
      const errors = cmds.filter((c) => c.command === 'error');
      const warnings = cmds.filter((c) => c.command === 'warning');
      assert.equal(errors.length, 10);
      assert.equal(warnings.length, 10);
      assert.deepEqual(errors.slice(0, 3).map((c) => c.props.title), Array(3).fill('mlsd-lint: missing-step'), 'a missing step before a content finding higher up');
      const notice = cmds.filter((c) => c.command === 'notice');
      assert.equal(notice.length, 1);
      assert.equal(notice[0]!.props.file, 'x.md');
      assert.match(notice[0]!.message, /^7 more findings in this file \(5 errors, 2 warnings\) are not annotated/);
      assert.match(notice[0]!.message, /--format summary.*SARIF/);
    });

    it('on a real doc: the notice counts what the JSON report has beyond the annotations; a Korean doc gets it in Korean', () => {
      const doc = ['---', 'mlsd:', '  profile: checklist', '  rules: { placeholder: warning }', '---', '', '# Fraud screening', '', '## Evaluation', '', '### Offline metrics', '', 'We will measure quality.', '', '## Open questions', ''];
      for (let i = 1; i <= 12; i++) doc.push(`TODO: question ${i} about the rollout.`, '');
      const ko = doc.join('\n').replace('# Fraud screening', '# 부정 거래 탐지').replace('## Evaluation', '## 평가').replace('### Offline metrics', '### 오프라인 지표');
      const ws = workspace({ 'many.md': doc.join('\n'), 'ko.md': ko });
      const r = runCli(['many.md', 'ko.md', '--format', 'github'], { cwd: ws });
      const json = JSON.parse(runCli(['many.md', 'ko.md', '--format', 'json'], { cwd: ws }).stdout) as JsonResult[];
      const cmds = ann(r.stdout);
      for (const f of json) {
        const mine = cmds.filter((c) => c.props.file === f.filePath.split('/').pop());
        const e = f.messages.filter((m) => m.severity === 2).length;
        const w = f.messages.length - e;
        assert.ok(e > 10 && w > 10, `the doc has more than 10 of each (${e}, ${w})`);
        assert.equal(mine.filter((c) => c.command === 'error').length, 10);
        assert.equal(mine.filter((c) => c.command === 'warning').length, 10);
        const notice = mine.find((c) => c.command === 'notice')!;
        assert.ok(notice, 'a notice');
        if (f.filePath.endsWith('ko.md')) assert.match(notice.message, new RegExp(`^이 파일의 나머지 발견 사항 ${e + w - 20}개\\(오류 ${e - 10}개, 경고 ${w - 10}개\\)`));
        else assert.match(notice.message, new RegExp(`^${e + w - 20} more findings in this file \\(${e - 10} errors, ${w - 10} warnings\\)`));
      }
    });
  });

  describe('junit', () => {
    it('is well-formed XML with one test case per file: failures for errors, an error for an unreadable file, warnings pass', () => {
      const ws = workspace({ 'gaps.md': GAPS, 'warn.md': WARN_ONLY, 'ok.md': COMPLETE, 'a&b<c>.md': GAPS, 'bad.md': Buffer.from([0x00, 0x01]) });
      const r = runCli(['.', '--format', 'junit'], { cwd: ws });
      assert.equal(r.code, 2);
      assert.equal(XMLValidator.validate(r.stdout), true);
      const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(r.stdout);
      const suite = doc.testsuites.testsuite;
      const cases = suite.testcase as Array<Record<string, any>>;
      assert.deepEqual(cases.map((c) => c.name).sort(), ['a&b<c>.md', 'bad.md', 'gaps.md', 'ok.md', 'warn.md']);
      assert.equal(suite.tests, '5');
      assert.equal(suite.failures, '2');
      assert.equal(suite.errors, '1');
      const byName = Object.fromEntries(cases.map((c) => [c.name, c]));
      assert.ok(byName['gaps.md'].failure, 'a file with errors fails');
      assert.match(byName['gaps.md'].failure['#text'], /^6:1 error The doc does not mention 6 of its 7 steps: .*\(missing-step\)$/m);
      assert.match(byName['gaps.md'].failure.message, /^\d+ errors?, \d+ warnings?$/);
      assert.ok(byName['bad.md'].error, 'an unreadable file is an error');
      assert.equal(byName['ok.md'].failure, undefined);
      assert.equal(byName['warn.md'].failure, undefined, 'warnings alone do not fail');
      assert.match(byName['warn.md']['system-out'], /warning Placeholder/);
    });
  });

  describe('summary', () => {
    it('is a Markdown table per file with every step and required topic and its status and line', () => {
      const ws = workspace({ 'gaps.md': GAPS, 'complete.md': COMPLETE });
      const r = runCli(['.', '--format', 'summary'], { cwd: ws });
      assert.equal(r.code, 1);
      const json = JSON.parse(runCli(['.', '--format', 'json'], { cwd: ws }).stdout) as JsonResult[];
      const md = r.stdout;
      assert.match(md, /^\| File \| Case \| Steps \| Required topics \| Errors \| Warnings \|$/m);
      const gapsJson = json.find((f) => f.filePath === 'gaps.md')!;
      const errors = gapsJson.messages.filter((m) => m.severity === 2).length;
      const warnings = gapsJson.messages.filter((m) => m.severity === 1).length;
      assert.ok(errors > 0 && warnings > 0);
      assert.match(md, new RegExp(`^\\| \`gaps\\.md\` \\| generic \\| ❌ 0/7 \\| ❌ 0/\\d+ \\| ${errors} \\| ${warnings} \\|$`, 'm'));
      assert.match(md, /^\| `complete\.md` \| visual-search \| ✅ 6\/6 \| ✅ (\d+)\/\1 \| 0 \| 0 \|$/m);
      // Per-file tables: one row per step, and topics with their status.
      const sections = md.split('<details>').slice(1);
      assert.equal(sections.length, 2);
      const complete = sections.find((s) => s.includes('<code>complete.md</code>'))!;
      assert.equal((complete.match(/^\| \*\*\d\. /gm) ?? []).length, 7, 'seven step rows');
      const offline = json.find((f) => f.filePath === 'complete.md')!.coverage.topics['eval-offline-metrics']!;
      assert.match(complete, new RegExp(`^\\| ↳ Offline metrics \\| ✅ present \\| ${offline.line} \\|$`, 'm'));
      const gaps = sections.find((s) => s.includes('<code>gaps.md</code>'))!;
      // An empty section is not coverage: 0 of 7 steps above, and flagged here.
      assert.match(gaps, /^\| \*\*1\. Clarifying Requirements\*\* \| ⚠️ empty \| 8 \|$/m);
      assert.match(gaps, /^\| \*\*5\. Evaluation\*\* \| ❌ missing \| {2}\|$/m);
      assert.match(gaps, /^\| ↳ Offline metrics \| ❌ missing \| {2}\|$/m);
    });

    it('uses Korean titles for a Korean doc', () => {
      const ws = workspace({ 'ko.md': '# 설계\n\n## 요구사항 명확화\n\n비즈니스 목표는 클릭률 향상입니다.\n' });
      const r = runCli(['ko.md', '--format', 'summary'], { cwd: ws });
      assert.match(r.stdout, /^\| \*\*1\. 요구사항 명확화\*\* \| /m);
    });
  });

  describe('stylish colour and several outputs', () => {
    it('has no colour when piped, and colour with --color', () => {
      const ws = workspace({ 'gaps.md': GAPS });
      assert.doesNotMatch(runCli(['gaps.md'], { cwd: ws }).stdout, /\x1b\[/);
      assert.match(runCli(['gaps.md', '--color'], { cwd: ws }).stdout, /\x1b\[31merror\x1b\[39m/);
    });

    it('pairs each --output-file with the --format before it; the rest go to stdout', () => {
      const ws = workspace({ 'gaps.md': GAPS });
      const r = runCli(['gaps.md', '-f', 'json', '-o', 'r/a.json', '--format', 'junit', '--format', 'sarif', '--output-file', 'r/b.sarif'], { cwd: ws });
      assert.equal(r.code, 1);
      assert.equal(JSON.parse(readFileSync(join(ws, 'r', 'a.json'), 'utf8'))[0].filePath, 'gaps.md');
      assert.equal(JSON.parse(readFileSync(join(ws, 'r', 'b.sarif'), 'utf8')).version, '2.1.0');
      assert.ok(r.stdout.startsWith('<?xml'), 'junit, which has no file, on stdout');
      assert.doesNotMatch(r.stdout, /"version": "2\.1\.0"/);
    });

    it('keeps the single-format behaviour: -o before or after one --format, or alone for stylish', () => {
      const ws = workspace({ 'gaps.md': GAPS });
      assert.equal(runCli(['gaps.md', '-o', 'x.json', '-f', 'json'], { cwd: ws }).stdout, '');
      assert.equal(JSON.parse(readFileSync(join(ws, 'x.json'), 'utf8')).length, 1);
      const alone = runCli(['gaps.md', '-o', 'report.txt'], { cwd: ws });
      assert.equal(alone.stdout, '');
      assert.match(readFileSync(join(ws, 'report.txt'), 'utf8'), /✖ \d+ problems/);
    });

    it('refuses ambiguous or clashing output files with exit 2', () => {
      const ws = workspace({ 'gaps.md': GAPS });
      const two = runCli(['gaps.md', '-f', 'json', '-o', 'a.json', '-o', 'b.json'], { cwd: ws });
      assert.equal(two.code, 2);
      assert.match(two.stderr, /--output-file "b\.json" has no --format after it/);
      const same = runCli(['gaps.md', '-f', 'json', '-o', 'a.out', '-f', 'sarif', '-o', 'a.out'], { cwd: ws });
      assert.equal(same.code, 2);
      assert.match(same.stderr, /two formats write to the same file/);
      assert.equal(existsSync(join(ws, 'a.out')), false);
    });

    it('--quiet drops warnings from every format; --max-warnings fails a run with more warnings', () => {
      const ws = workspace({ 'warn.md': WARN_ONLY });
      const quiet = runCli(['warn.md', '--quiet', '-f', 'github'], { cwd: ws });
      assert.equal(quiet.code, 0);
      assert.equal(quiet.stdout, '');
      assert.equal(runCli(['warn.md', '--max-warnings', '1'], { cwd: ws }).code, 0);
      const over = runCli(['warn.md', '--max-warnings', '0'], { cwd: ws });
      assert.equal(over.code, 1);
      assert.match(over.stderr, /1 warning, more than --max-warnings 0/);
    });
  });
});
