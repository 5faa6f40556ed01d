/**
 * How a cue phrase is found in prose: Latin phrases as whole words (a plural allowed, a Korean particle
 * attached allowed, a longer Latin word not), the longest phrase first.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextWords, phrases, textWords } from '../../src/core/evidence.js';
import { LATIN_WORD_GOES_ON } from '../../src/core/normalize.js';
import { SEED } from '../support/properties.js';

const found = (list: string[], text: string) => phrases(list).find(text).map((h) => text.slice(h.start, h.end));

describe('phrase matching', () => {
  it('finds a Latin phrase as a whole word, with a plural or a Korean particle, not inside a longer word', () => {
    assert.deepEqual(found(['metric'], 'The metrics matter; a metric too.'), ['metrics', 'metric']);
    assert.deepEqual(found(['metric'], 'metricx xmetric émetric 𝐀metric metric1'), []);
    assert.deepEqual(found(['canary', 'A/B testing'], 'canary로 시작하고 A/B testing을 거친다'), ['canary', 'A/B testing']);
    assert.deepEqual(found(['class'], 'classes and subclasses'), ['classes']);
    assert.deepEqual(found(['precision@k'], 'precision@10 and precision@k, not precision@kx'), ['precision@10', 'precision@k']);
    assert.deepEqual(found(['aa'], 'aaa aa'), ['aa']);
  });

  it('the longest phrase wins an overlap; case matters only for mixed-case phrases', () => {
    assert.deepEqual(found(['quantization', 'product quantization'], 'product quantization and quantization'), ['product quantization', 'quantization']);
    assert.deepEqual(found(['mAP'], 'mAP, not map or MAP'), ['mAP']);
  });

  it('finds what a pattern with whole-word lookarounds would find, on generated text', () => {
    // Phrases of one to three letters, with a hyphen or a space between two of them now and then.
    const letter = fc.constantFrom('a', 'e', 's', 'm');
    const phrase = fc.tuple(letter, fc.array(fc.tuple(fc.constantFrom('', '', '-', ' '), letter), { maxLength: 2 })).map(([first, rest]) => first + rest.map(([sep, l]) => sep + l).join(''));
    // Text made of the phrase, pieces of it, Latin letters, digits, spaces, Hangul, Han, an accented and an
    // astral letter: near misses and overlaps are common.
    const case_ = phrase.chain((p) =>
      fc.tuple(fc.constant(p), fc.array(fc.constantFrom(p, p.slice(1), p.slice(0, -1), 'x', '1', ' ', '-', 's', 'es', '가', '漢', 'é', '𝐀', '.'), { maxLength: 16 }).map((cs) => cs.join(''))),
    );
    fc.assert(
      fc.property(case_, ([p, t]) => {
        const body = p.replace(/[ -]/g, '[\\s\\-‐–]*');
        const oracle = new RegExp(`(?<!${LATIN_WORD_GOES_ON})${body}(?:e?s)?(?!${LATIN_WORD_GOES_ON})`, 'giu');
        const want = [...t.matchAll(oracle)].map((m) => [m.index, m.index! + m[0].length]);
        assert.deepEqual(
          phrases([p]).find(t).map((h) => [h.start, h.end]),
          want,
        );
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('the word index of the doc being edited', () => {
  it('mended after edits at several places answers as one read afresh', () => {
    // Texts of a few letters, so edits split, join and repeat words; each version is a base text with one
    // to six edits (as the editor's re-lints after keystrokes here and there). Asked: every word of the
    // base and of the version, each with a letter more and less, and a few others.
    const piece = fc.stringMatching(/^[ab c.Zé1-]{0,3}$/);
    const editArb = fc.record({ at: fc.nat(), cut: fc.nat({ max: 3 }), put: piece });
    const words = (t: string) => t.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    fc.assert(
      fc.property(fc.stringMatching(/^[ab c.Zé1-]{200,400}$/), fc.array(fc.array(editArb, { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 8 }), (base, versions) => {
        for (const edits of versions) {
          let text = base;
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.put + text.slice(at + e.cut);
          }
          const mended = textWords(text);
          const fresh = new TextWords(text);
          const needles = new Set(['a', 'b', 'z', '1', 'ab', 'ba', 'zz']);
          for (const w of [...words(base), ...words(text)]) needles.add(w).add(w + 'a').add(w.slice(0, -1) || w);
          for (const n of needles) assert.equal(mended.may(n), fresh.may(n), `${JSON.stringify(n)} in ${JSON.stringify(text)}`);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
