/**
 * Lints in a worker thread with a time budget: past it the worker is stopped (the lint cannot be
 * interrupted otherwise) and the doc is reported as too slow; the next lint starts a fresh worker. The
 * server's own thread never runs a lint, so it keeps answering the editor whatever a doc does.
 *
 * The worker is the server's own bundle started again with `workerData.mlsdLintWorker` (./node.ts), so
 * there is no second file to find next to it.
 */
import { Worker } from 'node:worker_threads';
import { BUILTIN_PROFILES, BUILTIN_SCHEMAS, IncrementalLinter, Linter, type JsonSchema, type LintOptions, type LintResult, type Profile } from '../core/index.js';
import type { LintJob, LintOutcome, LintRunner } from './runner.js';

interface WorkerRequest {
  id: number;
  /** Rule sets the worker has not seen yet. */
  sets: Array<{ id: number; schemas: JsonSchema[]; profiles: Profile[] }>;
  set: number;
  key: string;
  text: string;
  options: LintOptions;
}
type WorkerReply = { id: number; result: LintResult } | { id: number; crashed: string } | { ready: true };

export class WorkerRunner implements LintRunner {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private seen = new Set<number>();
  private readonly setIds = new Map<Linter, number>();
  private nextId = 1;
  private readonly waiting = new Map<number, (r: WorkerReply) => void>();
  /** One lint at a time: the budget is the lint's own time, not time spent queued behind another doc. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly script: string) {}

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const w = new Worker(this.script, { workerData: { mlsdLintWorker: true } });
    this.worker = w;
    this.seen = new Set();
    this.ready = new Promise<void>((resolve, reject) => {
      w.on('message', (m: WorkerReply) => {
        if ('ready' in m) return resolve();
        const done = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        done?.(m);
      });
      w.on('error', (e) => {
        reject(e);
        this.failAll(`the lint worker failed: ${e.message}`);
      });
      w.on('exit', () => {
        if (this.worker === w) {
          this.worker = undefined;
          this.ready = undefined;
        }
        this.failAll('the lint worker stopped');
      });
    });
    return this.ready;
  }

  private failAll(why: string): void {
    for (const [id, done] of this.waiting) done({ id, crashed: why });
    this.waiting.clear();
  }

  lint(job: LintJob): Promise<LintOutcome> {
    const next = this.chain.then(() => this.run(job));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async run(job: LintJob): Promise<LintOutcome> {
    try {
      await this.start();
    } catch (e) {
      return { crashed: `the lint worker could not start: ${(e as Error).message}` };
    }
    const w = this.worker!;
    let set = this.setIds.get(job.linter);
    if (set === undefined) this.setIds.set(job.linter, (set = this.setIds.size));
    const sets: WorkerRequest['sets'] = [];
    if (!this.seen.has(set)) {
      this.seen.add(set);
      sets.push({ id: set, schemas: [...job.linter.set.schemas.values()], profiles: [...job.linter.set.profiles.values()] });
    }
    const id = this.nextId++;
    const t0 = performance.now();
    return new Promise<LintOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve({ tooSlow: true, ms: performance.now() - t0 });
        // The only way to stop a running lint; the next job starts a fresh worker.
        this.worker = undefined;
        this.ready = undefined;
        void w.terminate();
      }, job.budgetMs);
      this.waiting.set(id, (m) => {
        clearTimeout(timer);
        const ms = performance.now() - t0;
        resolve('result' in m ? { result: m.result, ms } : { crashed: 'crashed' in m ? m.crashed : 'no answer' });
      });
      w.postMessage({ id, sets, set, key: job.key, text: job.text, options: job.options } satisfies WorkerRequest);
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}

/** The worker's side: one incremental linter per rule set (the built-in one shared), kept for its life. */
export function runLintWorker(port: { on(e: 'message', f: (m: WorkerRequest) => void): void; postMessage(m: WorkerReply): void }): void {
  const linters = new Map<number, IncrementalLinter>();
  const builtin = new IncrementalLinter({ linter: new Linter() });
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  port.on('message', (req) => {
    try {
      for (const s of req.sets) {
        const isBuiltin = s.schemas.length === BUILTIN_SCHEMAS.length && same(s.schemas, BUILTIN_SCHEMAS) && same(s.profiles, BUILTIN_PROFILES);
        linters.set(s.id, isBuiltin ? builtin : new IncrementalLinter({ linter: new Linter(s.schemas, s.profiles) }));
      }
      port.postMessage({ id: req.id, result: linters.get(req.set)!.lint(req.text, req.options) });
    } catch (e) {
      port.postMessage({ id: req.id, crashed: (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300) });
    }
  });
  port.postMessage({ ready: true });
}
