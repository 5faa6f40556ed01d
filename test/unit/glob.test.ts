/**
 * src/core/glob.ts: a config's `overrides[].files` globs, matched without backtracking. It agrees with
 * picomatch (dot: true), which the config used before, on the globs configs use; a glob with many stars
 * takes time linear in the path (picomatch: 46 s for `*a*a*a*a*z` on a 250-character name).
 */
import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { compileGlob, GlobError } from '../../src/core/glob.js';

const GLOBS = [
  '*.md', '**/*.md', 'docs/**', 'docs/**/*.md', 'docs/*/x.md', '**/drafts/**', '?.md', 'a?c.md', '[ab].md', '[^ab].md', '[a-c]*.md',
  '{a,b}.md', 'docs/{x,y/z}/*.md', '*.{md,markdown}', 'a\\*b.md', '**', '*', '.hidden/*.md', '**/.x/**/*.md', 'x{a,{b,c}}y.md', '{x}.md',
];
const PATHS = [
  'a.md', 'b.md', 'c.md', 'ab.md', 'abc.md', 'docs/a.md', 'docs/x/x.md', 'docs/x/y/x.md', 'docs/y/z/q.md', 'drafts/a.md', 'x/drafts/y/a.md',
  'a.markdown', 'a*b.md', 'axb.md', '.hidden/a.md', 'p/.x/q/r.md', 'xay.md', 'xcy.md', '{x}.md', 'x.md', 'docs', 'notes.txt', 'a/b/c',
];

describe('overrides globs (src/core/glob.ts)', () => {
  it('agree with picomatch (dot: true) on the globs configs use', () => {
    for (const g of GLOBS) {
      const ours = compileGlob(g);
      const theirs = picomatch(g, { dot: true });
      for (const p of PATHS) assert.equal(ours(p), theirs(p), `${g} on ${p}`);
    }
  });

  it('read [!ab] as "not a or b", as git and the shell do (picomatch reads the ! as a character)', () => {
    const m = compileGlob('[!ab].md');
    assert.deepEqual(['a.md', 'b.md', 'c.md', '!.md'].map(m), [false, false, true, true]);
  });

  it('take linear time on many stars: *a*a*…*z against a long name', () => {
    const glob = `*${'a*'.repeat(20)}z`;
    const m = compileGlob(glob);
    const t0 = performance.now();
    assert.equal(m(`${'a'.repeat(250)}.md`), false);
    assert.equal(m(`${'a'.repeat(250)}z`), true);
    assert.ok(performance.now() - t0 < 500, `${performance.now() - t0} ms`);
  });

  it('refuse extglobs and brace bombs with a message saying what to write', () => {
    assert.throws(() => compileGlob('@(a|b).md'), (e: Error) => e instanceof GlobError && /extglob .*write \{a,b\} instead/.test(e.message));
    assert.throws(() => compileGlob('{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}'), (e: Error) => e instanceof GlobError && /more than 256 alternatives/.test(e.message));
  });
});
