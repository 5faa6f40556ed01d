/**
 * "One sentence anywhere names the topic": the search of all topics with each sentence read once
 * (SentenceEvidence, what the model uses) must answer exactly as the plain search of one topic at a time
 * (sentenceEvidenceOf), on the project's own Markdown files and on generated docs made of the schemas'
 * own cue words.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Linter } from '../../src/core/index.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { analyse, type Analysis } from '../../src/core/model.js';
import { SentenceEvidence, isDiscussion, sentenceEvidenceOf, wordList } from '../../src/core/evidence.js';
import type { RuleBook } from '../../src/core/rulebook.js';
import { SEED } from '../support/properties.js';

const linter = new Linter();

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...markdownFiles(p));
    else if (f.endsWith('.md')) out.push(p);
  }
  return out;
}

type Ranges = Array<readonly [number, number]>;

/** What the model leaves out (other topics' sections, and the requirements for the other steps' topics), and a few other sets. */
function leftOuts(a: Analysis, book: RuleBook, text: string): Ranges[] {
  const topics: Ranges = [];
  for (const s of a.sections) {
    const ids = a.ids.get(s.index);
    if (ids && ids.every((id) => book.byId.get(id)?.kind === 'topic')) topics.push([s.bodyStart, s.sectionEnd]);
  }
  const requirements: Ranges = a.extents.filter((e) => e.step === book.steps[0]?.id).map((e) => [e.section.start, e.end] as const);
  const third = Math.floor(text.length / 3);
  return [[], topics, [...topics, ...requirements], [[third, 2 * third]], [[0, third], [third + 1, third + 2], [2 * third, text.length]]];
}

/** How many answers of the one-topic search were a sentence (so that no test compares only empty answers). */
let answered = 0;

/** Every topic, with every set of ranges left out: the two searches' answers, where they differ. */
function differences(text: string, book: RuleBook, extra: Ranges[] = []): string[] {
  const a = analyse(parseMarkdown(text), text, book, linter.recogniser(book.caseInfo.id));
  const all = new SentenceEvidence(a, book.topics);
  const out: string[] = [];
  for (const outside of [...leftOuts(a, book, text), ...extra]) {
    for (const def of book.topics) {
      const want = sentenceEvidenceOf(a, def, outside);
      if (want !== undefined) answered++;
      const got = all.of(def, outside);
      if (got !== want) out.push(`${def.id} leaving out ${JSON.stringify(outside)}: one pass ${got}, one topic ${want}`);
    }
  }
  return out;
}

describe('one sentence anywhere: all topics in one pass', () => {
  it('answers as the one-topic search on every Markdown file of the project, for every case', () => {
    const files = ['test/fixtures', 'examples', 'templates'].flatMap(markdownFiles);
    assert.ok(files.length > 50, `found ${files.length} files`);
    const books = linter.cases().map((c) => linter.ruleBook(c)!);
    answered = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      // Every case's topics on the doc written for it; the generic ones on every doc.
      const own = /^\s*case:\s*([\w-]+)/m.exec(text)?.[1];
      for (const book of books.filter((b, i) => i === 0 || b.caseInfo.id === own)) {
        assert.deepEqual(differences(text, book), [], f);
      }
    }
    // The files do name topics in single sentences: the comparison is not of two empty answers.
    assert.ok(answered > 300, `${answered} answers were a sentence`);
  });

  it('answers as the one-topic search on generated docs made of cue words, senses and look-alikes', () => {
    const book = linter.ruleBook(linter.cases()[0]!)!;
    const cues = book.topics.flatMap((d) => wordList(d.cues));
    const senseWords = book.topics.flatMap((d) => (d.senses ?? []).flatMap((s) => [...wordList(s.words), ...wordList(s.with), ...wordList(s.unless)]));
    const titles = book.topics.flatMap((d) => [d.title.en, d.title.ko]);
    const steps = book.steps.flatMap((d) => [d.title.en, d.title.ko]);
    const word = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...cues) },
      { weight: 2, arbitrary: fc.constantFrom(...senseWords) },
      // Word forms and near misses: a cue with an ending, a cue glued to another word, in brackets, in capitals.
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...cues), fc.constantFrom('s', 'ed', 'ing', 'ation', '-based', 'x', '을', '는')).map(([c, e]) => c + e) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('bio', 'pre', 'un', 'x'), fc.constantFrom(...cues)).map(([p, c]) => p + c) },
      { weight: 1, arbitrary: fc.constantFrom(...cues).map((c) => `(${c.toUpperCase()})`) },
      { weight: 6, arbitrary: fc.constantFrom('the', 'we', 'use', 'a', 'and', 'of', 'for', 'with', 'model', 'data', 'users', '우리는', '사용한다', '그리고', '데이터를', '模型', 'é', '1,', '2', ',', ';') },
    );
    const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '!', '?', '。', '', ',')).map(([ws, end]) => ws.join(' ') + end);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
    const block = fc.oneof(
      { weight: 6, arbitrary: paragraph },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('#', '##', '###'), fc.constantFrom(...titles, 'Notes', 'References')).map(([h, t]) => `${h} ${t}`) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('#', '##'), fc.constantFrom(...steps)).map(([h, t]) => `${h} ${t}`) },
      { weight: 1, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ps) => ps.map((p) => `- ${p}`).join('\n')) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...titles), paragraph).map(([t, p]) => `**${t}**: ${p}`) },
      // A step's lead-in: its section starts after the label, inside the label's sentence.
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...cues), fc.constantFrom(...steps), paragraph).map(([c, t, p]) => `**${t}**: ${c} ${p}\n\n${c}, ${t}: ${p}`) },
      { weight: 1, arbitrary: paragraph.map((p) => `> ${p}`) },
      { weight: 1, arbitrary: paragraph.map((p) => '```\n' + p + '\n```') },
      { weight: 1, arbitrary: fc.tuple(paragraph, paragraph).map(([x, y]) => `| a | b |\n| --- | --- |\n| ${x.replace(/\|/g, '')} | ${y.replace(/\|/g, '')} |`) },
    );
    const doc = fc.array(block, { minLength: 1, maxLength: 12 }).map((bs) => bs.join('\n\n') + '\n');
    const ranges = fc.array(fc.tuple(fc.nat(3000), fc.nat(400)).map(([s, n]) => [s, s + n] as const), { maxLength: 4 });
    answered = 0;
    fc.assert(
      fc.property(doc, ranges, (text, extra) => {
        assert.deepEqual(differences(text, book, [extra]), []);
      }),
      { seed: SEED, numRuns: 150 },
    );
    assert.ok(answered > 300, `${answered} answers were a sentence`);
  });
});

describe('a sentence that discusses its terms', () => {
  it('counts words and commas in an ASCII sentence as the patterns do in any script', () => {
    const oracle = (s: string): boolean =>
      s.split(/[\s/]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 5 && (s.match(/[,，、]/gu) ?? []).length <= 6;
    assert.equal(isDiscussion('We impute missing ages with the median.'), true);
    assert.equal(isDiscussion('Shadow or canary tests'), false);
    assert.equal(isDiscussion('a, b, c, d, e, f, g, h'), false);
    assert.equal(isDiscussion('우리는 결측값을 중앙값으로 채우고 모델을 학습한다'), true);
    const ascii = ['a', 'Z', '9', ' ', '  ', '\t', '\n', '\v', '/', ',', '.', '-', '_', '*', '(', ')'];
    const other = ['é', '가', '，', '、', '\u00a0', '\u3000'];
    // Mostly ASCII sentences (read by the loop), some with other characters (read by the patterns).
    const sentence = fc.oneof(fc.array(fc.constantFrom(...ascii), { minLength: 4, maxLength: 30, size: 'max' }), fc.array(fc.constantFrom(...ascii, ...other), { minLength: 4, maxLength: 30, size: 'max' }));
    fc.assert(
      fc.property(sentence, (ps) => {
        const s = ps.join('');
        assert.equal(isDiscussion(s), oracle(s), JSON.stringify(s));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
