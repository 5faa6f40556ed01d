/**
 * Issue 17, container-heavy docs: micromark spends 50-150 µs on every list item, block quote, item
 * paragraph and paragraph (a tokenizer each, kept with its events until the tree is built), so 1 MB of
 * `- - x` lines took 28 s and 3 GB. Past MAX_RUN_BLOCKS blocks between two headings (no real design doc
 * comes near it), the rest up to the next heading is read as plain text: paragraphs of the same text,
 * at the same offsets and lines.
 *
 * Not timed bars: a 1 MB doc of each shape is held to the cost per byte of an ordinary design doc of the
 * same size (within 4x, measured in the same process), which is what linear time means in practice here;
 * what each takes is a benchmark row (`npm run bench:linearity`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Root } from 'mdast';
import { Linter } from '../../src/core/index.js';
import { ChunkCache, MAX_HTML_LINES, MAX_RUN_BLOCKS, MAX_RUN_LINES, parseChunked, parseWhole, plainRanges } from '../../src/core/chunks.js';
import { HOSTILE_SHAPES } from '../../bench/hostile.js';
import { bigDoc } from '../../bench/corpus.js';
import { assertInside } from '../support/properties.js';

const linter = new Linter();
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
const MB = 1024 * 1024;

function cpuMs(run: () => unknown): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

describe('hostile input: container-heavy docs', function () {
  this.timeout(300_000);
  before(() => linter.lint('# Design\n\n## Evaluation\n\nTODO\n')); // compile the schemas first

  describe('a 1 MB doc of each shape lints in linear time, at the cost per byte of an ordinary design doc', () => {
    let ordinary = 0;
    before(() => {
      const doc = bigDoc(MB, 17);
      linter.lint(doc);
      ordinary = Math.min(cpuMs(() => linter.lint(doc)), cpuMs(() => linter.lint(doc)));
    });
    for (const name of ['nested-list-dash', 'nested-list-items', 'ordered-99-deep', 'quote-paragraphs', 'item-paragraphs', 'short-paragraphs', 'blank-lines', 'paragraph-lines', 'blank-lines-in-html']) {
      const shape = HOSTILE_SHAPES.find((s) => s.name === name)!;
      it(`${name}: ${shape.what}`, () => {
        const text = shape.make(MB);
        let r: ReturnType<Linter['lint']> | undefined;
        let t = cpuMs(() => (r = linter.lint(text)));
        assertInside(text, r!);
        if (t > 4 * ordinary + 500) t = Math.min(t, cpuMs(() => linter.lint(text))); // a second look before judging
        assert.ok(t <= 4 * ordinary + 500, `${shape.what}: 1 MB took ${t.toFixed(0)} ms of CPU, ${(t / ordinary).toFixed(1)}x an ordinary 1 MB design doc (${ordinary.toFixed(0)} ms)`);
      });
    }
  });

  it('a real-sized doc with long lists gets the same findings and coverage, byte for byte, as without the cap', () => {
    const text = readFileSync('test/fixtures/real-world/long-lists.md', 'utf8');
    const capped = JSON.stringify(linter.lint(text));
    const uncapped = JSON.stringify(linter.lint(text, {}, parseWhole(text, { maxBlocks: Infinity })));
    assert.equal(capped, uncapped);
    // and its tree is the same: the cap is nowhere near
    assert.deepEqual(plain(parseChunked(text)), plain(parseWhole(text, { maxBlocks: Infinity })));
  });

  it('the generated 5 MB design doc is nowhere near the cap, and a 300 KB one parses the same with it as without it', () => {
    assert.deepEqual(plainRanges(bigDoc(5 * MB, 5)), []);
    const text = bigDoc(300 * 1024, 3);
    assert.deepEqual(plain(parseChunked(text)), plain(parseWhole(text, { maxBlocks: Infinity })));
  });

  describe('past the cap', () => {
    const cap = 10;
    const list = (n: number, prefix = 'item') => Array.from({ length: n }, (_, i) => `- ${prefix} ${i}\n`).join('');

    it('the rest of the run is plain-text paragraphs at the same offsets and lines, up to the next heading', () => {
      const text = `# Design\n\n${list(12)}\nafter *the* list\n  indented - x\n\n> quote\n## Next\n\n${list(3, 'b')}`;
      const root = parseWhole(text, { maxBlocks: cap });
      const [h1, listNode, p1, p2, h2, list2] = root.children;
      assert.equal(h1!.type, 'heading');
      assert.equal(listNode!.type, 'list');
      assert.equal((listNode as { children: unknown[] }).children.length, cap, 'the first ten items are a list');
      // The 11th item on: one paragraph of the lines as written (no inline markup read), then the next.
      assert.equal(p1!.type, 'paragraph');
      const item10 = text.indexOf('- item 10');
      assert.equal(p1!.position!.start.offset, item10);
      assert.equal(p1!.position!.start.line, 13);
      assert.equal(p1!.position!.start.column, 1);
      const t1 = (p1 as { children: Array<{ type: string; value: string; position?: unknown }> }).children;
      assert.deepEqual(t1.map((c) => c.type), ['text']);
      assert.equal(t1[0]!.value, '- item 10\n- item 11');
      assert.equal(text.slice(p1!.position!.start.offset, p1!.position!.end.offset), '- item 10\n- item 11');
      assert.equal(p2!.type, 'paragraph');
      assert.equal((p2 as { children: Array<{ value: string }> }).children[0]!.value, 'after *the* list\nindented - x');
      assert.equal(p2!.position!.end.offset, text.indexOf('\n\n> quote'));
      const p3 = root.children[4]!;
      assert.equal(p3.type, 'paragraph', 'the quote is text too');
      assert.equal(root.children[5]!.type, 'heading', 'the next heading starts a new run');
      assert.equal(root.children[6]!.type, 'list');
      assert.ok(h2 && list2);
      assert.deepEqual(plain(root.position), plain(parseWhole(text, { maxBlocks: Infinity }).position));
    });

    it('counts quote lines and the paragraphs of list items, and leaves code alone', () => {
      const quotes = `# D\n\n${'> a\n\nb\n'.repeat(12)}`;
      assert.ok(parseWhole(quotes, { maxBlocks: cap }).children.filter((c) => c.type === 'blockquote').length <= cap);
      const items = `# D\n\n- a\n\n${'  b\n\n'.repeat(20)}`;
      const r = parseWhole(items, { maxBlocks: cap });
      assert.equal(r.children[1]!.type, 'list');
      assert.ok(r.children.length > 3, 'the later paragraphs of the item are top-level text');
      const fenced = `# D\n\n\`\`\`yaml\n${'- a: 1\n'.repeat(50)}\`\`\`\n\n${list(3)}`;
      assert.deepEqual(plain(parseWhole(fenced, { maxBlocks: cap })), plain(parseWhole(fenced, { maxBlocks: Infinity })), 'list lines in a fence are code, not containers');
    });

    it('the chunked parse equals the whole parse on capped docs, and lints with positions inside the doc', () => {
      const caps = { maxBlocks: 50 };
      for (const shape of HOSTILE_SHAPES.filter((s) => ['nested-list-dash', 'nested-list-items', 'ordered-99-deep', 'quote-paragraphs', 'item-paragraphs', 'short-paragraphs'].includes(s.name))) {
        const text = `# Design\n\n${shape.make(1_500)}\n## Evaluation\n\n${shape.make(1_500)}\n\n[x]: https://example.com\n`;
        const whole = parseWhole(text, caps);
        assert.deepEqual(plain(parseChunked(text, caps)), plain(whole), shape.name);
        assert.deepEqual(plain(parseChunked(text, { ...caps, minPiece: 0 })), plain(whole), shape.name);
        assert.deepEqual(plain(parseChunked(text, { ...caps, cache: new ChunkCache() })), plain(whole), shape.name);
        assert.ok(whole.children.some((c) => c.type === 'paragraph' && c.position!.start.offset! > 0), `${shape.name}: capped`);
        assertInside(text, linter.lint(text, {}, whole as Root));
      }
      for (const shape of HOSTILE_SHAPES.filter((s) => s.name === 'nested-list-dash')) {
        const text = `# Design\n\n${shape.make(30_000)}`;
        const r = linter.lint(text);
        assertInside(text, r);
        assert.deepEqual(r, linter.lint(text, {}, parseWhole(text)));
      }
    });

    it('an HTML block of more than MAX_HTML_LINES lines is the html node micromark makes, closed or not', () => {
      for (const text of [
        `# D\n\n<pre>[\n${'\n'.repeat(MAX_HTML_LINES + 5)}</pre> tail\r\nafter\n\n- a\n`,
        `para\n<!-- draft\n${'- x\n'.repeat(MAX_HTML_LINES)}-->\n`,
        `# D\n\n<pre>[\n${'\n'.repeat(MAX_HTML_LINES + 5)}`,
        `# D\n\n<pre>[\n${'\n'.repeat(MAX_HTML_LINES + 5)}x`,
      ]) {
        assert.ok(plainRanges(text).length > 0);
        const whole = parseWhole(text);
        assert.deepEqual(plain(whole), plain(parseWhole(text, { maxBlocks: Infinity })));
        assert.deepEqual(plain(parseChunked(text)), plain(whole));
      }
    });

    it(`past MAX_RUN_LINES lines in a run, the rest of the run is plain text, from the first line after a code block`, () => {
      const text = `# D\n\n\`\`\`\n${'x\n'.repeat(MAX_RUN_LINES)}\`\`\`\n- a *b*\n\n## E\n\n- c\n`;
      const [, code, rest, , list] = parseWhole(text).children;
      assert.equal(code!.type, 'code');
      assert.equal(rest!.type, 'paragraph');
      assert.equal((rest as { children: Array<{ value: string }> }).children[0]!.value, '- a *b*');
      assert.equal(list!.type, 'list');
      assert.deepEqual(plain(parseChunked(text)), plain(parseWhole(text)));
    });

    it('markers read as text do not count for the doc: the design after a capped 1 MB list is parsed as usual', () => {
      const text = `# Pasted\n\n${'- - x\n'.repeat(100_000)}\n# Design\n\n- a\n- b\n\n> q\n`;
      const root = parseWhole(text);
      const tail = root.children.slice(-3).map((c) => c.type);
      assert.deepEqual(tail, ['heading', 'list', 'blockquote']);
      assert.deepEqual(plain(parseChunked(text)), plain(root));
    });

    it('MAX_RUN_BLOCKS is far above what a real doc has in one run', () => {
      assert.ok(MAX_RUN_BLOCKS >= 1000);
      // long-lists.md has 160 blocks in its longest run: capped at 159, not at 160.
      const text = readFileSync('test/fixtures/real-world/long-lists.md', 'utf8');
      assert.notDeepEqual(plainRanges(text, undefined, 159), []);
      assert.deepEqual(plainRanges(text, undefined, 160), []);
    });
  });
});
