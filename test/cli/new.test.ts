import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, renderTemplate } from '../../src/core/index.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/tmp.js';

const linter = new Linter();
const tmp = () => tempDir('mlsd-new-');

describe('mlsd-lint cases', () => {
  it('lists every case with its English and Korean title', () => {
    const r = runCli(['cases']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, linter.cases().length);
    for (const id of linter.cases()) {
      const { en, ko } = linter.set.cases.get(id)!.title;
      const line = lines.find((l) => l.startsWith(`${id} `));
      assert.ok(line, `no line for ${id}`);
      assert.ok(line.includes(en) && line.includes(ko), line);
    }
  });

  it('--format json gives ids and titles', () => {
    const r = runCli(['cases', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const list = JSON.parse(r.stdout) as Array<{ id: string; title: { en: string; ko: string } }>;
    assert.deepEqual(list.map((c) => c.id), linter.cases());
    assert.ok(list.every((c) => c.title.en && c.title.ko));
  });
});

describe('mlsd-lint new', () => {
  it('writes the Korean template of a case into a folder it creates, and the doc lints as that case', () => {
    const dir = tmp();
    const r = runCli(['new', '--case', 'video-recommendation', '--lang', 'ko', 'docs/video-rec.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const file = join(dir, 'docs', 'video-rec.md');
    const text = readFileSync(file, 'utf8');
    assert.equal(text, renderTemplate(linter.ruleBook('video-recommendation')!, 'ko'));
    assert.match(r.stdout, /docs\/video-rec\.md/);

    const lint = runCli([file, '--format', 'json'], { cwd: dir });
    const [res] = JSON.parse(lint.stdout) as Array<{ case: string; messages: Array<{ ruleId: string; message: string; related?: unknown[] }> }>;
    assert.equal(res!.case, 'video-recommendation');
    // Nothing is missing; the fresh doc is one finding that lists its blank sections (in Korean).
    assert.deepEqual(res!.messages.map((m) => m.ruleId), ['empty-section']);
    assert.match(res!.messages[0]!.message, /^섹션 \d+개 중 \d+개가 아직 비어 있거나/);
    assert.ok((res!.messages[0]!.related ?? []).length > 10);
  });

  it('fills the title from --title', () => {
    const dir = tmp();
    const r = runCli(['new', '--case', 'news-feed', '--title', 'Home feed ranking', 'feed.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(join(dir, 'feed.md'), 'utf8'), /^# Home feed ranking$/m);
  });

  it('defaults to the generic case in English', () => {
    const dir = tmp();
    assert.equal(runCli(['new', 'design.md'], { cwd: dir }).code, 0);
    assert.equal(readFileSync(join(dir, 'design.md'), 'utf8'), renderTemplate(linter.ruleBook('generic')!, 'en'));
  });

  it('never overwrites an existing file: exit 2, a message naming it and --force, the file unchanged', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'mine.md'), 'my own notes\n');
    const r = runCli(['new', '--case', 'visual-search', 'mine.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /mine\.md already exists.*--force/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    assert.equal(readFileSync(join(dir, 'mine.md'), 'utf8'), 'my own notes\n');
  });

  it('--force replaces an existing file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'mine.md'), 'my own notes\n');
    const r = runCli(['new', '--case', 'visual-search', '--force', 'mine.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'mine.md'), 'utf8'), renderTemplate(linter.ruleBook('visual-search')!, 'en'));
  });

  it('an unknown case exits 2 with a did-you-mean, and writes nothing', () => {
    const dir = tmp();
    const r = runCli(['new', '--case', 'video-recomendation', 'x.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown case "video-recomendation" \(did you mean "video-recommendation"\?\)/);
    assert.ok(!existsSync(join(dir, 'x.md')));
  });

  it('a bad --lang, a missing path, a folder path and an unwritable path each exit 2 with one clear line', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'plain'), 'x');
    const cases: Array<[string[], RegExp]> = [
      [['new', '--lang', 'fr', 'x.md'], /--lang takes "en" or "ko", not "fr"/],
      [['new', '--case', 'news-feed'], /give the path of the doc to write/],
      [['new', 'docs'], /docs is a folder; give the path of a file/],
      [['new', 'plain/sub/x.md'], /cannot create the folder plain\/sub for plain\/sub\/x\.md: a part of the path is a file/],
      // Issue 17: the parent is a file (this said "already exists"), and a path ending in a slash (this wrote a file named newdir).
      [['new', 'plain/doc.md'], /cannot create the folder plain for plain\/doc\.md: a part of the path is a file, not a folder; choose another path/],
      [['new', 'newdir/'], /newdir\/ is a folder path; give the path of a file, e.g\. newdir\/design\.md/],
      [['new', '--nope', 'x.md'], /Unknown option '--nope'/],
    ];
    for (const [args, re] of cases) {
      const r = runCli(args, { cwd: dir });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, re);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      assert.doesNotMatch(r.stderr, /already exists/, args.join(' '));
    }
    assert.ok(!existsSync(join(dir, 'x.md')));
    assert.ok(!existsSync(join(dir, 'newdir')), 'no file named after the folder');
    assert.equal(readFileSync(join(dir, 'plain'), 'utf8'), 'x');
  });

  it('--help documents the command, and the main help lists cases and new', () => {
    const r = runCli(['new', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /--force/);
    const main = runCli(['--help']);
    assert.match(main.stdout, /mlsd-lint cases/);
    assert.match(main.stdout, /mlsd-lint new/);
  });
});

describe('profiles from the command line', () => {
  // Its front matter says `profile: interview`.
  const doc = 'test/fixtures/profiles/interview-serving-only.md';
  type Msg = { ruleId: string; severity: number; topic?: string };
  const run = (args: string[]) => JSON.parse(runCli([doc, '--format', 'json', ...args]).stdout)[0] as { profile: string; messages: Msg[] };
  const sev = (r: ReturnType<typeof run>, topic: string) => r.messages.find((m) => m.topic === topic)?.severity;

  it('the front matter profile applies, and --profile wins over it', () => {
    const book = run([]);
    assert.equal(book.profile, 'interview');
    assert.equal(sev(book, 's7-monitoring-infra'), 1);
    // A missing step is one finding: its topics are not reported one by one (the checklist profile does).
    assert.equal(sev(book, 'mon-failure-causes'), undefined);
    assert.equal(sev(book, 'serve-prediction-pipeline'), 2);
    const strict = run(['--profile', 'recommended']);
    assert.equal(strict.profile, 'recommended');
    assert.equal(sev(strict, 's7-monitoring-infra'), 2);
    assert.equal(sev(strict, 'mon-failure-causes'), undefined);
    // Not a key topic: in the coverage, not a finding, under the default profile.
    assert.equal(sev(strict, 'serve-prediction-pipeline'), undefined);
    assert.equal(sev(strict, 's6-deploy-serve'), undefined);
    const checklist = run(['--profile', 'checklist']);
    assert.equal(sev(checklist, 'mon-failure-causes'), 2);
    assert.equal(sev(checklist, 'serve-prediction-pipeline'), 2);
  });

  it('an unknown --profile is a usage error', () => {
    const r = runCli([doc, '--profile', 'intervew']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown profile "intervew"/);
  });
});
