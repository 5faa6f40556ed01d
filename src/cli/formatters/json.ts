/**
 * ESLint-compatible JSON, plus case, profile and coverage per file. Written in pieces, one file's result
 * each: the whole report as one string ended past V8's longest string (25k files: "Invalid string length",
 * and no output). The pieces join to exactly `JSON.stringify(results, null, 2)`.
 */
import type { FileResult } from '../result.js';

export default function* json(results: readonly FileResult[]): Generator<string> {
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  for (const [i, r] of results.entries()) {
    yield `${i === 0 ? '[\n' : ',\n'}  ${JSON.stringify(r, null, 2).replace(/\n/g, '\n  ')}`;
  }
  yield '\n]\n';
}
