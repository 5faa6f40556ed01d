/**
 * Who runs a lint for the language server, and how long it may take. The server itself is host-neutral:
 * on Node it gets `WorkerRunner` (./node-runner.ts: a worker thread, stopped when a lint runs over the
 * budget); in a browser worker `InlineRunner` (the lint runs in the server's own worker, which already
 * keeps it off the editor's thread; a doc that was over the budget is then linted on save only).
 */
import { IncrementalLinter, type Linter, type LintOptions, type LintResult } from '../core/index.js';

export interface LintJob {
  /** The doc (its URI): one incremental cache serves its successive versions. */
  key: string;
  text: string;
  options: LintOptions;
  linter: Linter;
  /** Milliseconds the lint may take. */
  budgetMs: number;
}

export type LintOutcome =
  | { result: LintResult; ms: number }
  /** Stopped (or, where it cannot be stopped, finished) after the budget. */
  | { tooSlow: true; ms: number; result?: LintResult }
  | { crashed: string };

export interface LintRunner {
  lint(job: LintJob): Promise<LintOutcome>;
  dispose(): void;
}

/** Lints in this thread, one incremental linter per rule set; a lint over the budget is reported as too slow. */
export class InlineRunner implements LintRunner {
  private readonly linters = new WeakMap<Linter, IncrementalLinter>();

  async lint(job: LintJob): Promise<LintOutcome> {
    let inc = this.linters.get(job.linter);
    if (!inc) this.linters.set(job.linter, (inc = new IncrementalLinter({ linter: job.linter })));
    const t0 = performance.now();
    try {
      const result = inc.lint(job.text, job.options);
      const ms = performance.now() - t0;
      return ms > job.budgetMs ? { tooSlow: true, ms, result } : { result, ms };
    } catch (e) {
      return { crashed: (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300) };
    }
  }

  dispose(): void {}
}
