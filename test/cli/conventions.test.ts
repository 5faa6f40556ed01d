/**
 * The command-line conventions users of ESLint and markdownlint-cli2 rely on (issue 16): stdin, --print-config,
 * --init, negated globs, `warn`, comments in .mlsdrc.json, a reason after `--` in inline directives and the
 * report of unused ones, and a closed pipe. Each runs the real command in a temporary workspace.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { BIN, runCli } from '../support/run-cli.js';
import { COMPLETE, DRAFTING, workspace } from '../support/workspace.js';

/** The complete doc with one placeholder (an error by default). */
const ONE_PLACEHOLDER = `${COMPLETE}\nTBD: the rollout plan\n`;
const jsonOf = (stdout: string) => JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number; line: number; message: string }> }>;

describe('CLI conventions (ESLint, markdownlint-cli2)', function () {
  this.timeout(60_000);

  it('"warn" is a severity, as in ESLint, in a config and in front matter', () => {
    const ws = workspace({ '.mlsdrc.json': '{"rules": {"placeholder": "warn"}}', 'a.design.md': ONE_PLACEHOLDER, 'b.design.md': `---\nmlsd:\n  rules:\n    placeholder: warn\n---\n${ONE_PLACEHOLDER}` });
    const r = runCli(['-f', 'json', 'a.design.md'], { cwd: ws });
    assert.equal(r.code, 0, r.stderr);
    const [a] = jsonOf(r.stdout);
    assert.deepEqual(a!.messages.map((m) => [m.ruleId, m.severity]), [['placeholder', 1]]);
    writeFileSync(join(ws, '.mlsdrc.json'), '{}');
    const fm = runCli(['-f', 'json', 'b.design.md'], { cwd: ws });
    assert.equal(fm.code, 0, fm.stdout);
    assert.deepEqual(jsonOf(fm.stdout)[0]!.messages.map((m) => [m.ruleId, m.severity]), [['placeholder', 1]]);
  });

  it('.mlsdrc.json may hold comments (// and /* */) and trailing commas; a real syntax error still names the file and line', () => {
    const ws = workspace({
      '.mlsdrc.json': '{\n  // drafts: placeholders are fine for now\n  "rules": { /* see docs/rules */ "placeholder": "off", },\n  "url": "http://example.com/a//b",\n}\n',
      'a.design.md': ONE_PLACEHOLDER,
    });
    const r = runCli(['a.design.md'], { cwd: ws });
    assert.equal(r.code, 2, 'the config was read: its unknown key "url" is reported');
    assert.match(r.stderr, /^mlsd-lint: \.mlsdrc\.json: url: unknown key/m);
    writeFileSync(join(ws, '.mlsdrc.json'), '{\n  // drafts\n  "rules": { "placeholder": "off" },\n}\n');
    const ok = runCli(['a.design.md'], { cwd: ws });
    assert.equal(ok.code, 0, ok.stderr + ok.stdout);
    writeFileSync(join(ws, '.mlsdrc.json'), '{\n  // drafts\n  "rules": { "placeholder" "off" }\n}\n');
    const bad = runCli(['a.design.md'], { cwd: ws });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^mlsd-lint: \.mlsdrc\.json: is not valid JSON \(.*line 3.*\); fix the syntax or delete the file\.$/m);
  });

  it('a reason after "--" in an inline directive is not read as rule ids', () => {
    const doc = `${COMPLETE}\n<!-- mlsd-lint-disable-next-line placeholder -- filled after the offline eval -->\nTBD: the rollout plan\n`;
    const ws = workspace({ 'a.design.md': doc });
    const r = runCli(['-f', 'json', 'a.design.md'], { cwd: ws });
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(jsonOf(r.stdout)[0]!.messages, [], 'no unknown rule ids, and the placeholder is hidden');
  });

  it('an inline directive that hides nothing is reported (unused-directive), naming the rule id', () => {
    const doc = `${COMPLETE}\n<!-- mlsd-lint-disable-next-line placeholder heading-typo -->\nTBD: the rollout plan\n\n<!-- mlsd-lint-disable-line step-order -->\n`;
    const ws = workspace({ 'a.design.md': doc });
    const r = runCli(['-f', 'json', 'a.design.md'], { cwd: ws });
    const messages = jsonOf(r.stdout)[0]!.messages;
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.severity, m.message]),
      [
        ['unused-directive', 1, 'Unused mlsd-lint-disable-next-line directive: no heading-typo problem to hide here.'],
        ['unused-directive', 1, 'Unused mlsd-lint-disable-line directive: no step-order problem to hide here.'],
      ],
    );
    assert.equal(r.code, 0, 'a warning');
    // Turned off like any rule.
    writeFileSync(join(ws, '.mlsdrc.json'), '{"rules": {"unused-directive": "off"}}');
    assert.deepEqual(jsonOf(runCli(['-f', 'json', 'a.design.md'], { cwd: ws }).stdout)[0]!.messages, []);
  });

  it('a negated glob ("!docs/drafts/**") leaves files out, as in markdownlint-cli2', () => {
    const ws = workspace({ 'docs/a.design.md': COMPLETE, 'docs/drafts/wip.md': `${DRAFTING}# WIP\n`, 'docs/drafts/more/x.design.md': '# X\n' });
    const r = runCli(['-f', 'json', 'docs/**/*.md', '!docs/drafts/**'], { cwd: ws });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(jsonOf(r.stdout).map((f) => f.filePath), ['docs/a.design.md']);
    const only = runCli(['!docs/**'], { cwd: ws });
    assert.equal(only.code, 2);
    assert.match(only.stderr, /^mlsd-lint: every target is a negated glob \("!docs\/\*\*"\); give the files, folders or globs to lint before it/m);
  });

  it('reads a doc from stdin with "-", named by --stdin-filename (config, overrides and reports use that name)', () => {
    const ws = workspace({ 'docs/.mlsdrc.json': '{"overrides": [{"files": "*.design.md", "rules": {"placeholder": "warning"}}]}' });
    const r = runCli(['-', '--stdin-filename', 'docs/feed.design.md'], { cwd: ws, input: ONE_PLACEHOLDER });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^docs\/feed\.design\.md$/m);
    assert.match(r.stdout, /warning\s+Placeholder left in the text/);
    assert.equal(existsSync(join(ws, 'docs/feed.design.md')), false, 'nothing is written');
    const plain = runCli(['-f', 'json', '-'], { cwd: ws, input: ONE_PLACEHOLDER });
    assert.equal(plain.code, 1);
    assert.equal(jsonOf(plain.stdout)[0]!.filePath, '<stdin>');
    const both = runCli(['-', 'docs'], { cwd: ws, input: '' });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /"-" \(stdin\) cannot be combined with other targets/);
    const fix = runCli(['--fix', '-', '--stdin-filename', 'docs/feed.design.md'], { cwd: ws, input: ONE_PLACEHOLDER });
    assert.equal(fix.code, 2);
    assert.match(fix.stderr, /--fix writes the fixed doc back to its file; it cannot fix stdin/);
    const orphan = runCli(['--stdin-filename', 'x.md', 'docs'], { cwd: ws });
    assert.equal(orphan.code, 2);
    assert.match(orphan.stderr, /--stdin-filename names the doc read from stdin; add "-" as the target/);
  });

  it('--print-config <file> prints what applies to that doc: config file, settings, rules, whether it is a design doc', () => {
    const ws = workspace({
      '.mlsdrc.yaml': 'profile: interview\nrules:\n  placeholder: warn\noverrides:\n  - files: "drafts/**"\n    rules: { empty-section: "off" }\n',
      'drafts/x.md': '# x\n',
    });
    const r = runCli(['--print-config', 'drafts/x.md'], { cwd: ws });
    assert.equal(r.code, 0, r.stderr);
    const printed = JSON.parse(r.stdout);
    assert.equal(printed.configFile, '.mlsdrc.yaml');
    assert.equal(printed.profile, 'interview');
    assert.deepEqual(printed.rules, { placeholder: 'warning', 'empty-section': 'off' });
    assert.deepEqual(printed.include, ['**/*.design.md', '**/design/**/*.md', '**/designs/**/*.md']);
    assert.equal(printed.designDoc, false);
    assert.equal(printed.ignored, undefined);
    const none = runCli(['--print-config'], { cwd: ws });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--print-config takes the path of a doc/);
  });

  it('--init writes a commented .mlsdrc.yaml that loads, and never replaces an existing config', () => {
    const ws = workspace({});
    const r = runCli(['--init'], { cwd: ws });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Wrote \.mlsdrc\.yaml/m);
    const text = readFileSync(join(ws, '.mlsdrc.yaml'), 'utf8');
    assert.ok(text.split('\n').filter((l) => /^\s*#/.test(l)).length >= 5, 'explained by comments');
    const rc = parseYaml(text) as Record<string, unknown>;
    assert.deepEqual(rc.include, ['**/*.design.md', '**/design/**/*.md', '**/designs/**/*.md']);
    writeFileSync(join(ws, 'a.design.md'), ONE_PLACEHOLDER);
    assert.equal(runCli(['a.design.md'], { cwd: ws }).code, 1, 'the written config loads');
    writeFileSync(join(ws, '.mlsdrc.yaml'), '# mine\nprofile: interview\n');
    const again = runCli(['--init'], { cwd: ws });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /^mlsd-lint: \.mlsdrc\.yaml already exists; it was left unchanged/m);
    assert.equal(readFileSync(join(ws, '.mlsdrc.yaml'), 'utf8'), '# mine\nprofile: interview\n');
    const other = workspace({ '.mlsdrc.json': '{}' });
    const json = runCli(['--init'], { cwd: other });
    assert.equal(json.code, 2);
    assert.match(json.stderr, /\.mlsdrc\.json already configures this folder/);
    assert.equal(existsSync(join(other, '.mlsdrc.yaml')), false);
    // Korean, with --lang ko.
    const ko = workspace({});
    assert.equal(runCli(['--init', '--lang', 'ko'], { cwd: ko }).code, 0);
    assert.match(readFileSync(join(ko, '.mlsdrc.yaml'), 'utf8'), /# 설계 문서/);
  });

  it('a closed pipe (mlsd-lint cases | true) ends quietly, without an EPIPE stack trace', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" cases | true; "${process.execPath}" "${BIN}" --help | head -c 1 >/dev/null`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.stderr, '');
  });
});

describe('one definition of a design doc: the config\'s "include", or mlsd: front matter', function () {
  this.timeout(60_000);
  const files = (stdout: string) => jsonOf(stdout).map((f) => f.filePath).sort();
  const PLAIN = '# Notes\n\nNot a design doc.\n';

  it('with no target, a folder or a glob, only design docs are linted; a file named explicitly always is', () => {
    const ws = workspace({
      'README.md': PLAIN,
      'docs/guide.md': PLAIN,
      'docs/design/feed.md': COMPLETE.replace(/^---\n[\s\S]*?\n---\n/, ''),
      'notes/ranking.md': COMPLETE,
      'ads.design.md': ONE_PLACEHOLDER.replace(/^---\n[\s\S]*?\n---\n/, ''),
    });
    const all = runCli(['-f', 'json'], { cwd: ws });
    assert.deepEqual(files(all.stdout), ['ads.design.md', 'docs/design/feed.md', 'notes/ranking.md']);
    assert.deepEqual(files(runCli(['-f', 'json', 'docs'], { cwd: ws }).stdout), ['docs/design/feed.md']);
    assert.deepEqual(files(runCli(['-f', 'json', '**/*.md'], { cwd: ws }).stdout), ['ads.design.md', 'docs/design/feed.md', 'notes/ranking.md']);
    const named = runCli(['-f', 'json', 'README.md', 'docs'], { cwd: ws });
    assert.deepEqual(files(named.stdout), ['README.md', 'docs/design/feed.md'], 'a named file is linted even though it is no design doc');
    // pre-commit passes every staged Markdown file: --only-design-docs skips the others, quietly.
    const hook = runCli(['--only-design-docs', 'README.md', 'docs/guide.md'], { cwd: ws });
    assert.equal(hook.code, 0, hook.stdout + hook.stderr);
    assert.equal(hook.stderr, '');
    const hook2 = runCli(['-f', 'json', '--only-design-docs', 'README.md', 'ads.design.md'], { cwd: ws });
    assert.deepEqual(files(hook2.stdout), ['ads.design.md']);
    assert.equal(hook2.code, 1);
  });

  it('the config\'s include replaces the default globs, relative to the config\'s folder', () => {
    const ws = workspace({
      '.mlsdrc.yaml': 'include: ["specs/**/*.md"]\n',
      'specs/a.md': PLAIN,
      'docs/design/feed.md': PLAIN,
      'notes/ranking.md': COMPLETE,
    });
    assert.deepEqual(files(runCli(['-f', 'json'], { cwd: ws }).stdout), ['notes/ranking.md', 'specs/a.md']);
  });

  it('a folder with Markdown but no design doc is a usage error that says what a design doc is', () => {
    const ws = workspace({ 'README.md': PLAIN, 'docs/guide.md': PLAIN });
    const r = runCli([], { cwd: ws });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^mlsd-lint: none of the 2 Markdown files in \. is a design doc\. A design doc matches the config's "include" globs \(default: \*\*\/\*\.design\.md, \*\*\/design\/\*\*\/\*\.md, \*\*\/designs\/\*\*\/\*\.md\) or has an "mlsd:" key in its front matter; name a file to lint it anyway\.$/m);
    const ko = runCli(['--lang', 'ko'], { cwd: ws });
    assert.match(ko.stderr, /설계 문서가 없습니다/);
  });

  it('in this project\'s root, mlsd-lint lints the design docs and leaves README, CONTRIBUTING and docs/ alone', () => {
    const r = runCli(['-f', 'json']);
    const linted = files(r.stdout);
    assert.ok(linted.length > 10, linted.join(', '));
    for (const f of ['README.md', 'CONTRIBUTING.md', 'docs/schema-format.md', 'docs/rules/placeholder.md']) assert.ok(!linted.includes(f), `${f} is not linted`);
    for (const f of linted) {
      const text = readFileSync(f, 'utf8');
      // By its front matter or the default globs; else a config's include says so (--print-config).
      const byDefault = /^---\n[\s\S]*?^mlsd\s*:/m.test(text) || /(^|\/)designs?\/|\.design\.md$/.test(f);
      assert.ok(byDefault || JSON.parse(runCli(['--print-config', f]).stdout).designDoc === true, `${f} is a design doc`);
    }
  });

  it('the editor\'s default mlsd.include is the config\'s default include', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const rc = JSON.parse(readFileSync('schemas/mlsdrc.schema.json', 'utf8'));
    assert.deepEqual(pkg.contributes.configuration.properties['mlsd.include'].default, rc.properties.include.default);
  });
});
