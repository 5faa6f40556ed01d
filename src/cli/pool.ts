/**
 * Linting many files on every core: this thread and worker threads (one fewer than the cores), each with
 * its own Linter (schemas compiled once per thread), fed batches of documents. Few files are linted in
 * this thread alone: starting a worker costs about as much as linting a dozen docs.
 *
 * Interface: documents (text + options + the Linter that would lint them here) in; each LintResult is
 * handed back with its document's index as it arrives. Set MLSD_THREADS=1 to lint in this thread only.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { JsonSchema, LintOptions, LintResult, Linter, Profile } from '../core/index.js';

export interface LintJob {
  text: string;
  options: LintOptions;
  /** The linter this document's config resolves to (its schemas and profiles go to the workers). */
  linter: Linter;
}

/** Fewer jobs than this are linted in this thread. */
export const MIN_JOBS_FOR_WORKERS = 24;
const BATCH = 8;

export interface WorkerRequest {
  batch: number;
  /** Schema sets the worker has not seen yet, by id. */
  sets: Array<{ id: number; schemas: JsonSchema[]; profiles: Profile[] }>;
  docs: Array<{ set: number; text: string; options: LintOptions }>;
}

export type WorkerReply = { batch: number; results: LintResult[] } | { batch: number; error: string };

export function threadCount(jobs: number): number {
  const env = Number(process.env.MLSD_THREADS);
  const cores = Number.isInteger(env) && env > 0 ? env : availableParallelism();
  if (cores <= 1 || jobs < MIN_JOBS_FOR_WORKERS) return 1;
  return Math.min(cores, Math.ceil(jobs / MIN_JOBS_FOR_WORKERS));
}

/**
 * Lints every job, handing each result to `onResult` (with its job's index) as soon as it is there, so the
 * caller can keep what it needs and let the rest go: a run over thousands of docs holds no more than
 * that.
 */
export async function lintAll(jobs: readonly LintJob[], onResult: (index: number, result: LintResult) => void): Promise<void> {
  const threads = threadCount(jobs.length);
  const lintHere = (b: readonly number[]) => b.forEach((i) => onResult(i, jobs[i]!.linter.lint(jobs[i]!.text, jobs[i]!.options)));
  if (threads <= 1) {
    lintHere(jobs.map((_, i) => i));
    return;
  }

  const setIds = new Map<Linter, number>();
  for (const j of jobs) if (!setIds.has(j.linter)) setIds.set(j.linter, setIds.size);
  const batches: number[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(Array.from({ length: Math.min(BATCH, jobs.length - i) }, (_, k) => i + k));

  // This thread is one of the linting threads: it lints a batch between two looks at the workers'
  // replies. It had nothing else to do (reading, config and output come before and after), and there
  // is one worker fewer to start. (Its heap then grows as a worker's would: peak memory is the same.)
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let failed = false;
      const finish = (): void => {
        done++;
        if (done === batches.length) resolve();
      };
      const fail = (e: Error): void => {
        failed = true;
        reject(e);
      };
      const send = (w: Worker, seen: Set<number>): void => {
        if (next >= batches.length) return;
        const b = next++;
        const docs = batches[b]!.map((i) => ({ set: setIds.get(jobs[i]!.linter)!, text: jobs[i]!.text, options: jobs[i]!.options }));
        const sets: WorkerRequest['sets'] = [];
        for (const d of docs) {
          if (seen.has(d.set)) continue;
          seen.add(d.set);
          const linter = [...setIds].find(([, id]) => id === d.set)![0];
          sets.push({ id: d.set, schemas: [...linter.set.schemas.values()], profiles: [...linter.set.profiles.values()] });
        }
        w.postMessage({ batch: b, sets, docs } satisfies WorkerRequest);
      };
      for (let t = 1; t < threads; t++) {
        const w = new Worker(new URL('./pool-worker.js', import.meta.url));
        workers.push(w);
        const seen = new Set<number>();
        w.on('message', (m: WorkerReply) => {
          if ('error' in m) return fail(new Error(m.error));
          batches[m.batch]!.forEach((i, k) => onResult(i, m.results[k]!));
          send(w, seen);
          finish();
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          if (done < batches.length) fail(new Error(`a lint worker stopped (exit code ${code})`));
        });
        // Two batches in flight per worker, so it never waits for the next one.
        send(w, seen);
        send(w, seen);
      }
      // This thread's share: one batch at a time, then a turn of the event loop for the replies.
      const step = (): void => {
        if (failed || next >= batches.length) return;
        try {
          lintHere(batches[next++]!);
        } catch (e) {
          return fail(e as Error);
        }
        finish();
        setImmediate(step);
      };
      setImmediate(step);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
