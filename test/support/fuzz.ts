/**
 * npm run fuzz: the robustness properties of the unit suite, long (100k cases by default).
 *   FUZZ_RUNS=<n>   total cases (split: 50% parse equality, 35% lint, 15% incremental edit sequences)
 *   FUZZ_SEED=<n>   replay a run
 *   FUZZ_DOCS=<n>   mutated fixture docs linted under a watchdog (default 100k; ./fuzz-fixtures.ts)
 *   FUZZ_DOC=<i>    replay one of them (with its FUZZ_SEED)
 */
import { performance } from 'node:perf_hooks';
import { Linter } from '../../src/core/index.js';
import { checkIncremental, checkLint, checkParse } from './properties.js';
import { fuzzFixtures } from './fuzz-fixtures.js';

const total = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const linter = new Linter();
const parts: Array<[string, number, (n: number) => void]> = [
  ['chunked parse equals whole parse', Math.round(total * 0.5), (n) => checkParse(n, seed)],
  ['lint: no throw, inside, deterministic, chunked = whole', Math.round(total * 0.35), (n) => checkLint(n, linter, seed)],
  ['incremental lint equals full lint after edits', Math.round(total * 0.15), (n) => checkIncremental(n, linter, seed)],
];
console.log(`fuzz: ${total} cases, seed ${seed} (replay with FUZZ_SEED=${seed})`);
let failed = false;
for (const [name, n, run] of parts) {
  const t = performance.now();
  try {
    run(n);
    console.log(`ok   ${name}: ${n} cases in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  } catch (e) {
    failed = true;
    console.log(`FAIL ${name}:\n${(e as Error).message}`);
  }
}
{
  const docs = process.env.FUZZ_DOC !== undefined ? 1 : Number(process.env.FUZZ_DOCS ?? 100_000);
  const t = performance.now();
  const r = await fuzzFixtures(docs, seed);
  const secs = ((performance.now() - t) / 1000).toFixed(0);
  const slow = `slowest doc ${r.slowest.i}: ${Math.round(r.slowest.ms)} ms, ${r.slowest.bytes} bytes`;
  if (r.failures.length === 0) console.log(`ok   mutated fixtures under a watchdog: ${r.docs} docs in ${secs} s, 0 crashes, 0 hangs, 0 over 2 s under 100 KB (${slow})`);
  else {
    failed = true;
    console.log(`FAIL mutated fixtures under a watchdog: ${r.failures.length} of ${r.docs} docs in ${secs} s (${slow}):\n${r.failures.slice(0, 50).join('\n')}`);
  }
}
process.exitCode = failed ? 1 : 0;
