/** execAll: the matches String.prototype.matchAll gives, found without copying the regex. */
import assert from 'node:assert/strict';
import { execAll } from '../../src/core/search.js';

const spans = (ms: readonly RegExpMatchArray[]) => ms.map((m) => [m.index, m[0]]);

describe('execAll', () => {
  it('finds what matchAll finds, groups included', () => {
    const cases: Array<[RegExp, string]> = [
      [/(?<![\p{L}\p{N}])click[\s\-]*through(?:e?s)?(?![\p{L}\p{N}])/giu, 'Click-through, clickthroughs; aclick-through. CLICK THROUGH'],
      [/[.!?。！？](?=\s|$)/gu, '첫 문장입니다. Second one! Third? 끝。'],
      [/(a)(b)?/g, 'ab a xab'],
    ];
    for (const [re, text] of cases) {
      const got = execAll(re, text);
      assert.deepEqual(spans(got), spans([...text.matchAll(re)]), String(re));
      assert.deepEqual(got.map((m) => [...m]), [...text.matchAll(re)].map((m) => [...m]));
    }
  });

  it('steps past empty matches, a whole astral character at a time with /u', () => {
    assert.deepEqual(spans(execAll(/x*/gu, 'a😀x')), spans([...'a😀x'.matchAll(/x*/gu)]));
    assert.deepEqual(spans(execAll(/x*/g, 'a😀x')), spans([...'a😀x'.matchAll(/x*/g)]));
  });

  it('leaves the regex ready for the next caller, even one that stopped midway', () => {
    const re = /o/g;
    re.exec('foo');
    assert.equal(execAll(re, 'foo').length, 2);
    assert.equal(re.lastIndex, 0);
    assert.equal(execAll(re, 'foo').length, 2);
  });

  it('an accept check that turns a match down finds what the same check as a lookbehind finds', () => {
    const text = 'xa-a-a a-a';
    const notAfterX = (m: RegExpExecArray) => text[m.index - 1] !== 'x';
    assert.deepEqual(spans(execAll(/a-a/g, text, notAfterX)), spans([...text.matchAll(/(?<!x)a-a/g)]));
    assert.deepEqual(spans(execAll(/a-a/g, text, notAfterX)), [[3, 'a-a'], [7, 'a-a']]);
  });

  it('refuses a regex without the g flag (it would never end)', () => {
    assert.throws(() => execAll(/o/, 'foo'), /global/);
  });
});
