/**
 * A Korean doc, or `--lang ko`, gets no English sentence anywhere: not in a message's details or hints,
 * not in a "did you mean", not in the stylish summary line, not in SARIF's rule texts, not in `new`'s
 * report. The scan skips what is quoted (the user's own text, ids, values) and id-like tokens.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/tmp.js';

/** Runs of two or more Latin words with no Hangul, outside quotes and ids: English sentences (or their pieces). */
export function englishSentences(text: string): string[] {
  const out: string[] = [];
  const unquoted = text
    .replace(/<\/?[a-z]+[^>]*>/g, ' ') // markup (the summary's <details>) is no sentence
    .replace(/"[^"\n]*"|“[^”\n]*”|`[^`\n]*`|'[^'\n]*'/g, ' ')
    // ids, paths, URLs, metric names: anything with a hyphen, slash, dot, @ or digit inside
    .replace(/\w*[A-Za-z]\w*(?:[-/.@:]\w+)+/g, ' ');
  for (const piece of unquoted.split(/[.,;:!?()[\]\n✖✔]+/)) {
    if (/[\uac00-\ud7a3]/.test(piece)) continue;
    const words = piece.match(/[A-Za-z]{2,}/g) ?? [];
    if (words.length >= 2) out.push(piece.trim());
  }
  return out;
}

// Every kind of settings problem, a misspelt heading, placeholders, and an unknown inline directive.
const KOREAN_DOC = `---
mlsd:
  case: video-recomendation
  profile: intervew
  lang: 3
  colour: red
  waive:
    no-such-topic: "해당 없음"
    s7-monitoring-infra: ""
  rules:
    placeholder: loud
---
# 동영상 추천 설계

<!-- mlsd-lint-disable placeholdr -->

## 1. 요구사항 명확화

TODO: 요구사항

## 5. 평가

오프라인 지표는 nDCG@10, 온라인 지표는 사용자당 시청 시간이다.

## 배포 및 서비스 재공

모델은 순위 서비스 뒤에서 동작하고 결과를 캐시한다.
`;

const BROKEN_YAML = `---
mlsd: [case: generic
---
# 설계

## 1. 요구사항 명확화

하루 천만 명의 사용자에게 200ms 안에 추천한다.
`;

describe('Korean output has no English sentence', () => {
  it('the scan finds English sentences and lets Korean ones, quotes and ids through', () => {
    assert.deepEqual(englishSentences('Unknown case "x" (did you mean "y"?).'), ['Unknown case', 'did you mean']);
    assert.deepEqual(englishSentences('알 수 없는 사례 "video-recomendation"("video-recommendation"을(를) 의도했나요?).'), []);
    assert.deepEqual(englishSentences('✖ 3 problems (2 errors, 1 warning) in 1 file'), ['in 1 file']);
    assert.deepEqual(englishSentences('사용 가능: generic, visual-search, news-feed.'), []);
  });

  for (const [name, doc, args] of [
    ['a Korean doc', KOREAN_DOC, []],
    ['a Korean doc whose front matter does not parse', BROKEN_YAML, []],
    ['an English doc linted with --lang ko', KOREAN_DOC.replace('# 동영상 추천 설계', '# Video recommendation').replace('## 1. 요구사항 명확화', '## 1. Clarifying requirements').replace('## 5. 평가', '## 5. Evalution').replace('## 배포 및 서비스 재공', '## Deployment and servng'), ['--lang', 'ko']],
  ] as const) {
    it(`${name}: stylish, json, sarif and summary`, () => {
      const dir = tempDir('mlsd-ko-');
      const file = join(dir, 'design.md');
      writeFileSync(file, doc);
      const stylish = runCli([...args, file], { cwd: dir });
      assert.equal(stylish.code, 1, stylish.stderr);
      // The stylish report, without the file name line (the user's own text).
      const report = stylish.stdout.split('\n').filter((l) => !l.includes(file)).join('\n');
      assert.deepEqual(englishSentences(report), [], report);

      const json = runCli([...args, '--format', 'json', file], { cwd: dir });
      const messages = (JSON.parse(json.stdout) as Array<{ messages: Array<{ message: string; ruleId: string }> }>)[0]!.messages;
      assert.ok(messages.length >= 2, `${messages.length} findings`);
      for (const m of messages) assert.deepEqual(englishSentences(m.message), [], `${m.ruleId}: ${m.message}`);

      const sarif = runCli([...args, '--format', 'sarif', file], { cwd: dir });
      const run = (JSON.parse(sarif.stdout) as { runs: Array<{ tool: { driver: { rules: Array<Record<string, { text: string }>> } }; results: Array<{ message: { text: string } }> }> }).runs[0]!;
      for (const r of run.results) assert.deepEqual(englishSentences(r.message.text), [], r.message.text);
      const summary = runCli([...args, '--format', 'summary', file], { cwd: dir });
      const table = summary.stdout.replaceAll(file, ' ');
      assert.deepEqual(englishSentences(table), [], table);

      for (const rule of run.tool.driver.rules) {
        for (const key of ['shortDescription', 'fullDescription', 'help']) assert.deepEqual(englishSentences(rule[key]!.text), [], `${key}: ${rule[key]!.text}`);
      }
    });
  }

  it('the Korean doc gets every kind of settings finding, the typo and the placeholder', () => {
    const dir = tempDir('mlsd-ko-');
    const file = join(dir, 'design.md');
    writeFileSync(file, KOREAN_DOC);
    const ids = new Set((JSON.parse(runCli(['--format', 'json', file], { cwd: dir }).stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId));
    for (const id of ['unknown-case', 'unknown-profile', 'front-matter', 'unknown-setting', 'invalid-waiver', 'heading-typo', 'placeholder', 'unknown-directive']) {
      assert.ok(ids.has(id), `no ${id} finding`);
    }
  });

  it("`new --lang ko` reports in Korean", () => {
    const dir = tempDir('mlsd-ko-');
    const r = runCli(['new', '--lang', 'ko', join(dir, 'design.md')], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(englishSentences(r.stdout.replaceAll(join(dir, 'design.md'), ' ')), [], r.stdout);
  });
});
