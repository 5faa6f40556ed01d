/**
 * The GitHub Action (action.yml) run locally: each step's shell script runs as the runner runs a composite
 * step (`bash --noprofile --norc -eo pipefail`), with its expressions filled in, in a temporary workspace,
 * with temporary GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files. Also the pre-commit hook's entry.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COMPLETE, GAPS, WARN_ONLY, workspace } from '../support/workspace.js';
import { tempDir } from '../support/tmp.js';
import { cleanCopy } from '../support/clean-copy.js';

const ROOT = process.cwd();

interface Step {
  name?: string;
  id?: string;
  shell?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface ActionYml {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { value: string; description: string }>;
  runs: { using: string; steps: Step[] };
}

const action = () => parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

/** Fills in the `${{ ... }}` expressions the action uses; any other expression fails the test. */
function evaluate(text: string, ctx: { inputs: Record<string, string>; steps: Record<string, Record<string, string>>; actionPath?: string }): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expr: string) => {
    let m = /^inputs\.([\w-]+)$/.exec(expr);
    if (m) {
      assert.ok(m[1]! in ctx.inputs, `input "${m[1]}" is declared`);
      return ctx.inputs[m[1]!]!;
    }
    if (expr === 'github.action_path') return ctx.actionPath ?? ROOT;
    m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (m) return ctx.steps[m[1]!]?.[m[2]!] ?? '';
    throw new Error(`expression not supported by this local runner: ${expr}`);
  });
}

interface ActionRun {
  steps: Array<{ name: string; code: number; stdout: string; stderr: string }>;
  outputs: Record<string, string>;
  summary: string;
  failed: boolean;
}

/** Runs the composite action's steps in order, stopping at the first that fails (as the runner does). */
function runAction(ws: string, given: Record<string, string>, summaryBefore = '', actionPath = ROOT): ActionRun {
  const spec = parseYaml(readFileSync(join(actionPath, 'action.yml'), 'utf8')) as ActionYml;
  assert.equal(spec.runs.using, 'composite');
  const inputs = Object.fromEntries(Object.entries(spec.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? '']));
  const tmp = tempDir('mlsd-action-');
  const summaryPath = join(tmp, 'step-summary.md');
  writeFileSync(summaryPath, summaryBefore);
  const steps: ActionRun['steps'] = [];
  const stepOutputs: Record<string, Record<string, string>> = {};
  let failed = false;
  for (const [i, step] of spec.runs.steps.entries()) {
    assert.ok(step.run && !step.uses, 'every step runs a script of this repository (no other actions are downloaded)');
    assert.equal(step.if, undefined, 'no conditions this local runner would have to evaluate');
    assert.equal(step.shell, 'bash', 'composite run steps must name their shell');
    const ctx = { inputs, steps: stepOutputs, actionPath };
    const script = join(tmp, `step-${i}.sh`);
    writeFileSync(script, evaluate(step.run, ctx));
    const outputFile = join(tmp, `output-${i}`);
    writeFileSync(outputFile, '');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NO_COLOR: '1',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ws,
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputFile,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v), ctx)])),
    };
    const cwd = resolve(ws, evaluate(step['working-directory'] ?? '.', ctx));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8', timeout: 120_000 });
    steps.push({ name: step.name ?? `step ${i}`, code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
    if (step.id) {
      stepOutputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
    }
    if (r.status !== 0) {
      failed = true;
      break;
    }
  }
  const outputs = Object.fromEntries(Object.entries(spec.outputs).map(([k, v]) => [k, evaluate(v.value, { inputs, steps: stepOutputs })]));
  return { steps, outputs, summary: readFileSync(summaryPath, 'utf8'), failed };
}

describe('GitHub Action (action.yml), run locally', function () {
  this.timeout(180_000);

  it('annotates findings, appends the coverage table to the job summary, writes SARIF, and fails on errors', () => {
    const ws = workspace({ 'docs/gaps.md': GAPS, 'docs/complete.md': COMPLETE, 'docs/warn.md': WARN_ONLY, 'README.md': '# Not a design doc\n' });
    const run = runAction(ws, { targets: 'docs', 'sarif-file': 'reports/mlsd.sarif' }, '## Earlier step\n\n');
    assert.equal(run.failed, true, 'errors fail the job');
    const lint = run.steps.find((s) => s.name === 'Lint design docs')!;
    assert.equal(lint.code, 1, lint.stderr);
    assert.equal(run.outputs['exit-code'], '1');

    const annotations = lint.stdout.split('\n').filter((l) => l.startsWith('::'));
    assert.ok(annotations.some((l) => /^::error file=docs\/gaps\.md,line=6,col=1,endLine=\d+,endColumn=\d+,title=mlsd-lint%3A missing-step::The doc does not mention 6 of its 7 steps: /.test(l)));
    assert.ok(annotations.some((l) => /^::warning file=docs\/warn\.md,line=\d+,.*title=mlsd-lint%3A placeholder::Placeholder left in the text: "TBD: the rollout plan, 100%25 of traffic"/.test(l)));
    assert.ok(!annotations.some((l) => l.includes('README.md')), 'only the targets are linted');
    assert.ok(!annotations.some((l) => l.includes('complete.md')));

    assert.ok(run.summary.startsWith('## Earlier step\n\n'), 'the job summary is appended to, not overwritten');
    assert.match(run.summary, /^\| `docs\/gaps\.md` \| generic \| ❌ 0\/7 \|/m);
    assert.match(run.summary, /^\| `docs\/complete\.md` \| visual-search \| ✅ 6\/6 \| ✅ (\d+)\/\1 \| 0 \| 0 \|$/m);
    assert.match(run.summary, /^\| ↳ Offline metrics \| ❌ missing \| {2}\|$/m);

    assert.equal(run.outputs['sarif-file'], 'reports/mlsd.sarif');
    const sarif = JSON.parse(readFileSync(join(ws, 'reports', 'mlsd.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const uris = new Set(sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].sort(), ['docs/gaps.md', 'docs/warn.md']);
  });

  it('passes on clean docs, honours args and working-directory, and can leave the summary alone', () => {
    const ws = workspace({ 'site/docs/warn.md': WARN_ONLY, 'site/docs/complete.md': COMPLETE });
    const run = runAction(ws, { 'working-directory': 'site', targets: 'docs/*.md', args: '--quiet', summary: 'false' });
    assert.equal(run.failed, false, run.steps.map((s) => s.stderr).join('\n'));
    assert.equal(run.outputs['exit-code'], '0');
    assert.equal(run.outputs['sarif-file'], '');
    const lint = run.steps.find((s) => s.name === 'Lint design docs')!;
    assert.equal(lint.stdout, '', '--quiet: the warning is not annotated');
    assert.equal(run.summary, '');
    const strict = runAction(ws, { 'working-directory': 'site', targets: 'docs/*.md', args: '--max-warnings 0' });
    assert.equal(strict.outputs['exit-code'], '1');
    assert.match(strict.summary, /^\| `docs\/warn\.md` \| visual-search \| ✅ 6\/6 \| ✅ (\d+)\/\1 \| 0 \| 1 \|$/m);
  });

  it('targets and args written as a block are one per line, so a path may hold spaces', () => {
    const ws = workspace({ 'My designs/warn.md': WARN_ONLY, 'notes/complete.md': COMPLETE, 'other/gaps.md': GAPS });
    const run = runAction(ws, { targets: 'My designs\n  notes/complete.md\n\n', args: '--max-warnings\n0\n', summary: 'false' });
    const lint = run.steps.find((s) => s.name === 'Lint design docs')!;
    assert.equal(lint.stderr, 'mlsd-lint: 1 warning, more than --max-warnings 0\n', 'the two lines of args are one option and its value');
    assert.equal(run.outputs['exit-code'], '1');
    assert.match(lint.stdout, /^::warning file=My designs\/warn\.md,/m);
    assert.doesNotMatch(lint.stdout, /gaps\.md/, 'only the targets given are linted');
    // On one line, as before: words.
    const words = runAction(ws, { targets: 'notes other', summary: 'false' });
    assert.match(words.steps.find((s) => s.name === 'Lint design docs')!.stdout, /other\/gaps\.md/);
  });

  it('runs from a clean clone in seconds: no dependency install and no build (the committed bundle)', () => {
    const { dir } = cleanCopy();
    assert.equal(existsSync(join(dir, 'node_modules')), false);
    for (const step of action().runs.steps) assert.doesNotMatch(step.run ?? '', /\bnpm\b|\bnpx\b|\byarn\b/, `${step.name}: no package manager at run time`);
    const ws = workspace({ 'README.md': '# Not a design doc\n\nTODO: everything\n', 'docs/design/gaps.md': GAPS.replace(/^---\n[\s\S]*?\n---\n/, ''), 'notes/complete.md': COMPLETE });
    const t0 = Date.now();
    const run = runAction(ws, {}, '', dir);
    const ms = Date.now() - t0;
    const lint = run.steps.find((s) => s.name === 'Lint design docs')!;
    assert.equal(lint.code, 1, lint.stderr);
    assert.ok(ms < 15_000, `took ${ms} ms`);
    assert.equal(existsSync(join(dir, 'node_modules')), false, 'nothing was installed');
    assert.equal(existsSync(join(dir, 'out')), false, 'nothing was built');
    // The default target is the whole workspace, and only its design docs are linted.
    assert.match(lint.stdout, /^::error file=docs\/design\/gaps\.md,/m);
    assert.doesNotMatch(lint.stdout, /README\.md/);
    assert.match(run.summary, /^\| `notes\/complete\.md` \| visual-search \| ✅ 6\/6 \|/m);
  });

  it('a broken config fails with exit 2 and says so in the job summary', () => {
    const ws = workspace({ '.mlsdrc.json': '{"rules": {"placeholdr": "off"}}', 'docs/a.md': COMPLETE });
    const run = runAction(ws, { targets: 'docs', 'sarif-file': 'x.sarif' });
    assert.equal(run.outputs['exit-code'], '2');
    const lint = run.steps.find((s) => s.name === 'Lint design docs')!;
    assert.match(lint.stderr, /\.mlsdrc\.json: rules\.placeholdr: unknown rule id "placeholdr"; did you mean "placeholder"\?/);
    assert.match(run.summary, /mlsd-lint could not run \(exit code 2\); see the step log\./);
    assert.equal(run.outputs['sarif-file'], '');
    assert.equal(existsSync(join(ws, 'x.sarif')), false);
  });
});

describe('pre-commit hook (.pre-commit-hooks.yaml)', function () {
  this.timeout(60_000);

  it('names the package\'s own command, for Markdown files, and its entry lints the files pre-commit passes', () => {
    const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, any>>;
    const hook = hooks.find((h) => h.id === 'mlsd-lint')!;
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.types, ['markdown']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const [command, ...args] = String(hook.entry).split(/\s+/);
    assert.ok(pkg.bin[command!], `the entry "${command}" is a bin of the package`);
    const ws = workspace({ 'docs/gaps.md': GAPS, 'docs/complete.md': COMPLETE });
    const lint = (files: string[]) => spawnSync(process.execPath, [join(ROOT, pkg.bin[command!]!), ...args, ...(hook.args ?? []), ...files], { cwd: ws, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(lint(['docs/complete.md']).status, 0);
    const bad = lint(['docs/complete.md', 'docs/gaps.md']);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /^docs\/gaps\.md$/m);
  });
});
