/**
 * Chunked parsing must give exactly the tree a whole-document parse gives: same nodes, same positions.
 * Property tests over hostile generated docs, plus the cases that taught the splitter where not to cut.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ChunkCache, cutCandidates, parseChunked, parseWhole, plainPiece } from '../../src/core/chunks.js';
import { markdownDoc, mutated } from '../support/markdown-arb.js';
import { SEED } from '../support/properties.js';
import { realisticDoc } from '../../bench/corpus.js';

const RUNS = Number(process.env.MLSD_PROPERTY_RUNS ?? 300);

function same(text: string, opts: Parameters<typeof parseChunked>[1] = {}): void {
  const whole = JSON.parse(JSON.stringify(parseWhole(text)));
  const chunked = JSON.parse(JSON.stringify(parseChunked(text, opts)));
  assert.deepEqual(chunked, whole, `chunked parse differs for ${JSON.stringify(text)}`);
}

describe('chunked parse', () => {
  it('cuts before top-level headings and blocks after a blank line, never inside front matter, fences or HTML blocks', () => {
    const text = [
      '---', '# a YAML comment', 'title: x', '---', '# Title', '', '```', '# not a heading', '```', '## Real', '',
      '<div>', '# inside html', '</div>', '', 'Setext', '======', '  # indented heading', '<!-- c -->', '# After comment', '',
    ].join('\n');
    const cuts = cutCandidates(text).map((o) => text.slice(o, text.indexOf('\n', o)));
    for (const inside of ['# a YAML comment', 'title: x', '# not a heading', '# inside html', '</div>', '  # indented heading']) {
      assert.ok(!cuts.includes(inside), `no cut before "${inside}"`);
    }
    for (const heading of ['# Title', '## Real', 'Setext', '# After comment']) assert.ok(cuts.includes(heading), `a cut before "${heading}"`);
    same(text, { minPiece: 0 });
  });

  it('never cuts where the next line could carry on what came before', () => {
    // A list item after a blank line continues a loose list; `---` could open front matter in a piece;
    // an indented line continues a list item; `> -` after indented code parses differently in micromark.
    // Cutting before any of them gives a different tree (seen for `-`, digits and `>`).
    same('- a\n\n- b\n\n1. c\n\n2. d\n\n---\n\n  more\n\n    code\n\n> -\n\nPara\n\n| t |\n| - |\n', { minPiece: 0 });
  });

  it('joins a piece that ends inside a fence the scanner misread (a fence in a list, then a top-level one)', () => {
    same('# A\n- a\n  ```\n```\n# h\n```\n# B\ntext\n', { minPiece: 0 });
    same('# A\n```\n    ```\n# h\n```\n# B\n', { minPiece: 0 });
    same('# A\n<div>\n# h\n\n# B\n', { minPiece: 0 });
    // A fence left open inside a block quote runs on past the heading's cut.
    same('> - ```\n> ```\n> \n# data', { minPiece: 0 });
  });

  it('resolves references to definitions in other sections', () => {
    same('# A\nSee [a] and [^1].\n\n# B\n[a]: http://x.io\n\n[^1]: A note.\n', { minPiece: 0 });
    same('# A\n[a]: /u\n\n# B\n> [b]: /v\n\n# C\n[a] [b] [c]\n', { minPiece: 0 });
  });

  it('resolves a reference in the last piece of a doc without a final newline as the whole parse does (issue 17)', () => {
    // The stand-in definitions after `<b>` made it a lazy line of the quote; at the end of the doc it is not.
    same('[a]: http://x.io "Title"\n\n\ndata\n> data\ndata\n[A] data\n<b>', { minPiece: 0 });
  });

  it('treats \\r\\r\\n as two line endings, as the whole parse does, with or without cuts (issue 17)', () => {
    same('# A\r\r\n- x\r\r\n  ```\r\r\n  y\r\r\n  ```\r\r\n\r\r\n# B\r\r\n[a]\r\r\n', { minPiece: 0 });
  });

  it('equals the whole-document parse on generated hostile docs (every cut, and joined pieces)', () => {
    fc.assert(
      fc.property(markdownDoc, (text) => {
        same(text, { minPiece: 0 });
        same(text, { minPiece: 64 });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('equals the whole-document parse on mutated realistic docs', () => {
    fc.assert(
      fc.property(mutated(fc.integer({ min: 0, max: 10_000 }).map((seed) => realisticDoc(seed))), (text) => same(text, { minPiece: 0 })),
      { numRuns: Math.ceil(RUNS / 12), seed: SEED },
    );
  });

  it('builds a plain heading, paragraph, table or fenced code block without micromark, exactly as micromark builds it, and leaves every other shape to micromark', () => {
    const plain = [
      '## Step 1: Clarifying requirements\n',
      '# A',
      '###### Six. (p99 > nothing) ok: 10 ms, C# and F#.',
      'The hourly user history.\nThe fresh calibration serves.\n\n',
      'One line, no end',
      'Para one. > x -> y 2. z! (a) {b} "c" \'d\' @e www.f.io http://g.io $h 50% ^i\nline two # not a heading\n   \n',
      '요구 사항을 정리한다.\n오프라인 지표는 정밀도다. 😀 é\u00a0x\n',
      '| Metric | Target | Notes |\n| --- | ---: | --- |\n| log loss | 91.1 | online knowledge distillation |\n| mAP | 48.9 | stale user history |\n\n',
      '|a|b|\n|:-|:-:|\n|c  d|e|',
      '| 지표 |\n| - |\n| 정밀도 |\n',
      '```sql\nSELECT user_id FROM t WHERE a < 3 | b * c\n\n\tindented `x` ~~y~~ [z]\n```\n\n',
      '~~~\n```\n~~\n~~~',
      '````\n````',
      '```c++\n  ``\n```',
    ];
    for (const text of plain) {
      const built = plainPiece(text);
      assert.ok(built, `built without micromark: ${JSON.stringify(text)}`);
      assert.deepEqual(JSON.parse(JSON.stringify(built.children)), JSON.parse(JSON.stringify(parseWhole(text).children)), JSON.stringify(text));
    }
    const notPlain = [
      '## Closed ##', '##  Two spaces', '#No space', '####### Seven', '## Trailing space ', '  indented', 'a\n  b', 'a \nb', 'a\n===', 'a\n---',
      'a\n- b', 'a\n+ b', 'a\n> b', 'a\n1. b', 'a\n2) b', 'a\n# b', 'a\n\nb', '*em*', 'a_b', '`c`', '[l]', 'a]', '<b>', '&amp;', 'a\\', '~~s~~',
      '| t |', '| a | b |\n| - |', '| a |\n| - |\n| b | c |', '| a |\n| - |\n|  |', '| a |\n| - |\n| b', ' | a |\n| - |', '| a | \n| - |',
      '| a |\n| - |\n| `b` |', '```\ncode', '```\ncode\n````', '```js title\nx\n```', '``` js\nx\n```', '```\n   ```x\n```', '```\nx\n```\ntext', ' ```\nx\n```',
      '```\nx\u0000\n```', '~~~\n  ~~~ \n~~~', '``\nx\n``', '```\nx\n``` ', '| a |\n| - |\n| b \\| c |', '| a |\n| x |', '| a |\n| - |\ntext', 'a\tb', 'a\r\nb', 'a\u0000b', '\ufeffa', '', '\n\n', '---\ntitle: x\n---',
    ];
    for (const text of notPlain) assert.equal(plainPiece(text), undefined, `left to micromark: ${JSON.stringify(text)}`);
  });

  it('builds the plain blocks a piece starts with and parses only the rest (a list after a heading and a paragraph)', () => {
    for (const text of [
      '### Feature engineering\n\n- **crosses**: item x user\n- b\n',
      '# A\nThe lead.\n\n1. one\n2. two\n',
      'Intro line.\nMore.\n\n> quoted\n\nAfter.\n',
      '| a |\n| - |\n| b |\n\n- x\n',
      '```\ncode\n```\n\n    indented\n',
      '2023 was the year.\n\n2024 too.\n\n- item\n',
      '# H\n---\ntitle: x\n---\n',
      '# H\n\ufeff- x\n',
      'a\n\n[x]: /u\n\n[x]\n',
    ]) {
      same(text);
      same(text, { minPiece: 0 });
      same(text, { cache: new ChunkCache() });
    }
  });

  it('equals the whole-document parse on docs of plain prose pieces between other blocks', () => {
    const plainWord = fc.constantFrom('data', 'model', 'Evaluation', 'p99', '2.', '3)', '#', '##', 'C#', '-', '+', '=', '>', ':', '!', '(x)', '50%', '요구', '😀', '\u00a0', 'é', 'x.');
    const line = fc.tuple(fc.constantFrom('', '', '', ' ', '  ', '    '), fc.array(plainWord, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '', '', ' ', '  '))
      .map(([a, ws, z]) => a + ws.join(' ') + z);
    const cell = fc.tuple(fc.constantFrom('', ' ', '  '), fc.array(plainWord, { maxLength: 3 }), fc.constantFrom('', ' ', '  ', ' \\|', ' `|`'))
      .map(([a, ws, z]) => a + ws.join(' ') + z);
    const delimiterCell = fc.constantFrom(' --- ', '---', ':-', '-:', ' :-: ', ' - ', '', ' x ', '--');
    const row = (cells: fc.Arbitrary<string>) => fc.tuple(fc.constantFrom('', '', '', ' '), fc.array(cells, { minLength: 1, maxLength: 4 }), fc.constantFrom('|', '|', '|', '| ', ''))
      .map(([a, cs, z]) => a + '|' + cs.join('|') + z);
    const table = fc.tuple(row(cell), row(delimiterCell), fc.array(fc.oneof(row(cell), fc.constantFrom('text', '')), { maxLength: 4 }))
      .map(([h, d, body]) => [h, d, ...body].join('\n'));
    const fenceLine = fc.constantFrom('```', '~~~', '````', '``', '~~~~', '```js', '```c++', '~~~ x', '```js title', ' ```', '   ~~~', '```` ');
    const codeLine = fc.oneof(fenceLine, line, fc.constantFrom('', '\tx = 1', '  *a* | b <c> &amp; \\', '#', '- x', '> q', 'x\u0000'));
    const code = fc.tuple(fenceLine, fc.array(codeLine, { maxLength: 4 }), fc.oneof(fenceLine, fc.constant('')))
      .map(([open, body, close]) => [open, ...body, ...(close ? [close] : [])].join('\n'));
    const piece = fc.oneof(
      fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n')),
      fc.tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom(' ', '  ', ''), fc.array(plainWord, { minLength: 1, maxLength: 4 }), fc.constantFrom('', ' ', ' #', '#')).map(([n, sp, ws, z]) => '#'.repeat(n) + sp + ws.join(' ') + z),
      fc.constantFrom('- item\n- item', '> quote', 'a *b* c', '---', '==='),
      table,
      code,
    );
    const doc = fc.tuple(fc.array(fc.tuple(piece, fc.constantFrom('\n', '\n\n', '\n\n\n', '\n  \n')), { minLength: 1, maxLength: 12 }), fc.boolean())
      .map(([ps, end]) => ps.map(([p, sep]) => p + sep).join('').replace(/\n+$/, end ? '\n' : ''));
    fc.assert(
      fc.property(doc, (text) => {
        same(text);
        same(text, { minPiece: 0 });
        same(text, { cache: new ChunkCache() });
      }),
      { numRuns: RUNS * 3, seed: SEED },
    );
  });

  it('with a cache, re-parses only the pieces whose text changed, and still equals the whole parse', () => {
    const cache = new ChunkCache();
    const doc = realisticDoc(7);
    parseChunked(doc, { cache });
    const first = cache.parsed;
    assert.ok(first > 10, `a realistic doc has many pieces (${first})`);
    const at = doc.indexOf('\n', doc.length >> 1);
    const edited = doc.slice(0, at) + 'x' + doc.slice(at);
    const tree = parseChunked(edited, { cache });
    assert.equal(cache.parsed, 1, 'one piece re-parsed after a one-character edit');
    assert.deepEqual(JSON.parse(JSON.stringify(tree)), JSON.parse(JSON.stringify(parseWhole(edited))));
    // A doc whose sections repeat word for word: the shared tree is copied, not placed twice.
    const twice = '# A\n\ntext\n\n# A\n\ntext\n';
    assert.deepEqual(JSON.parse(JSON.stringify(parseChunked(twice, { cache }))), JSON.parse(JSON.stringify(parseWhole(twice))));
  });
});
