/**
 * Issue 17: `isSuppressed` answers from an index built once per directive list (walking every directive
 * for every finding was quadratic: 20k TODO/enable pairs took 28 s). These tests hold it to the
 * straightforward walk it replaced, on random directive lists.
 */
import assert from 'node:assert/strict';
import { isSuppressed, type Directive, type DirectiveKind } from '../../src/core/directives.js';
import { prng } from '../../bench/corpus.js';

/** The walk over every directive, as the engine had it before the index (the reference). */
function walk(f: { ruleId: string; line: number }, ds: readonly Directive[]): boolean {
  const names = (d: Directive) => d.ids.length === 0 || d.ids.includes(f.ruleId);
  let all = false;
  const off = new Set<string>();
  const on = new Set<string>();
  for (const d of ds) {
    if (d.kind === undefined) continue;
    if (d.kind === 'disable-file' && names(d)) return true;
    if (d.kind === 'disable-line' && f.line >= d.line && f.line <= d.endLine && names(d)) return true;
    if (d.kind === 'disable-next-line' && f.line === d.endLine + 1 && names(d)) return true;
    if (d.line > f.line) continue;
    if (d.kind === 'disable') {
      if (d.ids.length === 0) {
        all = true;
        on.clear();
      } else for (const id of d.ids) off.add(id), on.delete(id);
    } else if (d.kind === 'enable') {
      if (d.ids.length === 0) {
        all = false;
        off.clear();
        on.clear();
      } else for (const id of d.ids) off.delete(id), on.add(id);
    }
  }
  return off.has(f.ruleId) || (all && !on.has(f.ruleId));
}

const KINDS: DirectiveKind[] = ['disable', 'enable', 'disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'];
const RULES = ['placeholder', 'empty-section', 'step-order'];

describe('hostile input: directives index', () => {
  it('suppresses exactly what the walk over every directive does, on random directive lists', () => {
    const rnd = prng(1717);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    for (let round = 0; round < 400; round++) {
      const ds: Directive[] = [];
      let line = 1;
      for (let k = Math.floor(rnd() * 12); k > 0; k--) {
        line += Math.floor(rnd() * 3);
        const span = rnd() < 0.2 ? 2 : 0;
        const kind = rnd() < 0.05 ? (pick(KINDS.slice(-1)) as DirectiveKind) : pick(KINDS.slice(0, 6));
        const ids = rnd() < 0.4 ? [] : RULES.filter(() => rnd() < 0.5);
        ds.push({ kind, keyword: kind, ids, start: line * 10, end: line * 10 + 5, line, endLine: line + span });
        line += span;
      }
      for (let l = 1; l <= line + 2; l++) {
        for (const ruleId of RULES) {
          assert.equal(isSuppressed({ ruleId, line: l }, ds), walk({ ruleId, line: l }, ds), `round ${round}, ${ruleId} on line ${l}: ${JSON.stringify(ds)}`);
        }
      }
    }
  });
});
