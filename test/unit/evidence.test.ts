/**
 * How a cue phrase is found in prose: Latin phrases as whole words (a plural allowed, a Korean particle
 * attached allowed, a longer Latin word not), the longest phrase first.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { phrases } from '../../src/core/evidence.js';
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
