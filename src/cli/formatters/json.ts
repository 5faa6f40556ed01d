/** ESLint-compatible JSON, plus case, profile and coverage per file. */
import type { FileResult } from '../result.js';

export default function json(results: readonly FileResult[]): string {
  return JSON.stringify(results, null, 2) + '\n';
}
