import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/tmp.js';

const COMPLETE = 'examples/visual-search.md';
const NO_OFFLINE = 'test/fixtures/core/missing-offline-metrics.md';

describe('mlsd-lint CLI', () => {
  it('exits 0 on a doc that covers every step and topic', () => {
    const r = runCli([COMPLETE]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /no problems/);
  });

  it('reports a missing offline-metrics section on the Evaluation heading and exits 1', () => {
    const r = runCli([NO_OFFLINE, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const [file] = JSON.parse(r.stdout);
    const m = file.messages.find((x: { topic?: string }) => x.topic === 'eval-offline-metrics');
    assert.ok(m, 'a message about eval-offline-metrics');
    assert.equal(m.ruleId, 'missing-topic');
    assert.equal(m.severity, 2);
    assert.equal(m.line, file.coverage.steps['s5-evaluation'].line, 'placed on the Evaluation heading');
    assert.equal(file.coverage.topics['eval-offline-metrics'].status, 'missing');
    assert.equal(file.coverage.steps['s5-evaluation'].status, 'present');
  });

  it('prints grouped human output with line:col, severity, message and rule id, and a summary', () => {
    const r = runCli([NO_OFFLINE]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, new RegExp(`^${NO_OFFLINE}$`, 'm'));
    assert.match(r.stdout, /^\s+\d+:\d+\s+error\s+Missing topic "Offline metrics" \(eval-offline-metrics\).*missing-topic$/m);
    assert.match(r.stdout, /✖ \d+ problems? \(\d+ errors?, \d+ warnings?\) in 1 file/);
  });

  it('json output says which case the title named, what the case does not ask for, and what a grouped finding lists', () => {
    const dir = tempDir('case-from-title');
    const doc = join(dir, 'notes.md');
    writeFileSync(doc, '# Harmful content detection\n\n## Evaluation\n\nOffline we use PR-AUC; online we watch prevalence.\n');
    const r = runCli([doc, '--format', 'json', '--no-ignore']);
    const [file] = JSON.parse(r.stdout);
    assert.equal(file.case, 'harmful-content');
    assert.deepEqual(file.caseInferred, { title: '# Harmful content detection', phrase: 'harmful content' });
    assert.equal(file.coverage.steps['s7-monitoring-infra'].notAsked, true);
    const group = file.messages.find((m: { ruleId: string; related?: unknown[] }) => m.ruleId === 'missing-step' && m.related);
    assert.ok(group, 'one missing-step finding lists the missing steps');
    assert.deepEqual(
      group.related.map((x: { topic: string }) => x.topic),
      ['s1-requirements', 's2-framing', 's3-data-prep', 's4-model-dev', 's6-deploy-serve'],
      'monitoring is not listed: the case chapter does not call for it',
    );
  });

  it('lints a doc whose title names no case as the case its file name names, and says so in json', () => {
    const dir = tempDir('case-from-file-name');
    const doc = join(dir, 'youtube-video-search.md');
    writeFileSync(doc, '# My notes\n\n## Evaluation\n\nOffline, recall@10 on held-out queries; online, click-through rate of the result page.\n');
    const [file] = JSON.parse(runCli([doc, '--format', 'json', '--no-ignore']).stdout);
    assert.equal(file.case, 'video-search');
    assert.deepEqual(file.caseInferred, { title: doc, phrase: 'video search', fromFileName: true });
    assert.equal(file.coverage.steps['s7-monitoring-infra'].notAsked, true);
  });

  it('says a model card named on the command line is not a design doc, and reports nothing of the procedure', () => {
    const dir = tempDir('genre');
    const doc = join(dir, 'churn.md');
    writeFileSync(doc, '# Model card: churn classifier\n\n## Intended use\n\nRanks accounts by churn risk for outreach.\n\n## Metrics\n\nPR-AUC 0.41 on April.\n');
    const r = runCli([doc, '--no-ignore']);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /reads as a model card, not a design doc: not checked against the procedure \(give it an "mlsd:" key/);
    const [file] = JSON.parse(runCli([doc, '--format', 'json', '--no-ignore']).stdout);
    assert.equal(file.genre, 'model-card');
    assert.deepEqual(file.messages, []);
    // With an mlsd: key it is a design doc, checked as one.
    writeFileSync(doc, '---\nmlsd:\n  case: generic\n---\n# Model card: churn classifier\n\n## Metrics\n\nPR-AUC 0.41 on April.\n');
    const [checked] = JSON.parse(runCli([doc, '--format', 'json', '--no-ignore']).stdout);
    assert.equal(checked.genre, undefined);
    assert.ok(checked.messages.some((m: { ruleId: string }) => m.ruleId === 'missing-step'));
  });

  it('says a page none of whose sections is a step reads as notes, in the doc\'s language, and reports nothing of the procedure', () => {
    const dir = tempDir('notes');
    const doc = join(dir, 'lookup.md');
    writeFileSync(doc, '# 조회 API\n\n## 요청 형식\n\n사용자 ID와 개수를 받습니다.\n\n## 조회 흐름\n\n임베딩으로 후보 300개를 찾아 재정렬합니다.\n');
    const r = runCli([doc, '--no-ignore']);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /절차의 어느 단계에도 해당하는 절이 없는 노트 문서로 보여 설계 절차로는 검사하지 않았습니다/);
    const [file] = JSON.parse(runCli([doc, '--format', 'json', '--no-ignore']).stdout);
    assert.equal(file.genre, 'notes');
    assert.deepEqual(file.messages, []);
    // One section named after a step makes it a design in progress, checked as one.
    writeFileSync(doc, '# 조회 API\n\n## 요청 형식\n\n사용자 ID와 개수를 받습니다.\n\n## 평가\n\n아직 없음\n');
    const [checked] = JSON.parse(runCli([doc, '--format', 'json', '--no-ignore']).stdout);
    assert.equal(checked.genre, undefined);
    assert.ok(checked.messages.some((m: { ruleId: string }) => m.ruleId === 'missing-step'));
  });

  it('json output is ESLint-shaped and lists every step and topic in coverage', () => {
    const r = runCli([COMPLETE, '--format', 'json']);
    const [file] = JSON.parse(r.stdout);
    for (const k of ['filePath', 'messages', 'errorCount', 'warningCount', 'case', 'profile', 'coverage']) assert.ok(k in file, k);
    assert.equal(Object.keys(file.coverage.steps).length, 7);
    assert.ok(Object.keys(file.coverage.topics).length >= 50);
    for (const e of Object.values(file.coverage.topics) as Array<{ status: string }>) assert.ok(['present', 'empty', 'missing', 'waived'].includes(e.status));
  });

  it('bad input gets a one-line message naming the file, the other files are still linted, and exit is 2', () => {
    // In a design/ folder: design docs by the default "include".
    const dir = join(tempDir('mlsd-cli-'), 'design');
    mkdirSync(dir);
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x23, 0x20, 0xe9, 0xe8, 0x0a]));
    writeFileSync(join(dir, 'ok.md'), '# Notes\n\n## Evaluation\n\nNothing here.\n');
    const r = runCli([dir, '--format', 'json']);
    assert.equal(r.code, 2);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.match(r.stderr, /binary\.md looks binary/);
    assert.match(r.stderr, /latin1\.md is not valid UTF-8/);
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    assert.equal(results.length, 3);
    assert.ok(results.find((x) => x.filePath.endsWith('ok.md'))!.messages.length > 0, 'ok.md was linted');
  });

  it('many files are linted on every core with the same results, in file order, as on one thread', function () {
    this.timeout(120_000);
    // 40 docs (more than the 24 that start the workers), each different: a complete doc, a doc without
    // offline metrics, and a stub, with a numbered title so every file's findings are its own.
    const dir = join(tempDir('mlsd-many-'), 'designs');
    mkdirSync(dir);
    const docs = [readFileSync(COMPLETE, 'utf8'), readFileSync(NO_OFFLINE, 'utf8'), '# Stub\n\n## Requirements\n\nTBD\n'];
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `doc-${String(i).padStart(2, '0')}.md`), docs[i % 3]!.replace(/^# .*/m, `# Design ${i}`));
    const pooled = runCli([dir, '--format', 'json'], { env: { MLSD_THREADS: '2' } });
    const alone = runCli([dir, '--format', 'json'], { env: { MLSD_THREADS: '1' } });
    assert.equal(pooled.code, 1);
    assert.equal(pooled.stderr, '');
    const results = JSON.parse(pooled.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    assert.deepEqual(results.map((r) => r.filePath.replace(/.*[\\/]/, '')), [...Array(40).keys()].map((i) => `doc-${String(i).padStart(2, '0')}.md`));
    assert.ok(results[2]!.messages.length > results[0]!.messages.length, 'the stub has more findings than the complete doc');
    assert.deepEqual(results, JSON.parse(alone.stdout));
  });

  it('broken front matter and an unknown case are findings on the doc, with a suggestion', () => {
    const dir = tempDir('mlsd-cli-');
    writeFileSync(join(dir, 'broken.md'), '---\nmlsd:\n  case: [visual-search\n---\n# Design\n');
    writeFileSync(join(dir, 'case.md'), '---\nmlsd:\n  case: visual-serch\n---\n# Design\n');
    const r = runCli([dir, '--format', 'json']);
    assert.equal(r.code, 1);
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string; line: number }> }>;
    const broken = results.find((x) => x.filePath.endsWith('broken.md'))!;
    const fm = broken.messages.find((m) => m.ruleId === 'front-matter');
    assert.ok(fm && fm.line >= 2 && fm.line <= 4, 'front-matter finding inside the YAML');
    const unknown = results.find((x) => x.filePath.endsWith('case.md'))!.messages.find((m) => m.ruleId === 'unknown-case');
    assert.ok(unknown);
    assert.equal(unknown.line, 3);
  });

  it('usage errors exit 2 with one line', () => {
    const r = runCli(['--format', 'nope', COMPLETE]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown format "nope"/);
    const none = runCli(['does-not-match-*.md']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no Markdown files match/);
  });

  it('a file over the size limit is refused with the fix, quickly', () => {
    const dir = tempDir('mlsd-cli-');
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd', 'huge.md'), '# Big\n\n' + 'word '.repeat(2_200_000));
    const t0 = Date.now();
    const r = runCli([join(dir, 'd', 'huge.md')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /huge\.md is 10\.\d MB, over the 8\.0 MB limit; split the doc, or raise the limit with --max-file-size/);
    assert.ok(Date.now() - t0 < 20_000);
  });
});
