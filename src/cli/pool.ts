/**
 * Linting many files on every core: this thread and worker threads (one fewer than the cores), each with
 * its own Linter (schemas compiled once per thread), fed batches of documents. Few files are linted in
 * this thread alone: starting a worker costs about as much as linting a dozen docs.
 *
 * Interface: a source of documents (text + options + the Linter that would lint them here), read as the
 * threads need them; each LintResult is handed back with its document's place as it arrives. Set
 * MLSD_THREADS=1 to lint in this thread only.
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

/** A document's result, or why it could not be linted (a throw while linting it: only that file fails). */
export type Outcome = LintResult | { crashed: string };

export type WorkerReply = { batch: number; results: Outcome[] } | { batch: number; error: string };

/** Lints one document; a throw becomes that document's outcome instead of ending the run. */
export function lintOne(linter: Linter, text: string, options: LintOptions): Outcome {
  try {
    return linter.lint(text, options);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { crashed: message.split('\n')[0]!.slice(0, 300) };
  }
}

export function threadCount(jobs: number): number {
  const env = Number(process.env.MLSD_THREADS);
  const cores = Number.isInteger(env) && env > 0 ? env : availableParallelism();
  if (cores <= 1 || jobs < MIN_JOBS_FOR_WORKERS) return 1;
  return Math.min(cores, Math.ceil(jobs / MIN_JOBS_FOR_WORKERS));
}

/** Jobs read ahead of the linting threads: enough to keep every thread busy while the next files are read. */
const AHEAD = 96;

interface Batch {
  /** The jobs' places in the source, in order. */
  at: number[];
  jobs: LintJob[];
}

/**
 * Lints every job the source yields, handing each result to `onResult` (with the job's place in the
 * source) as soon as it is there. The source is read as the threads need it, a few batches ahead, and
 * a job's text is let go once it is linted or sent: a run over thousands of docs holds the docs in
 * flight, not all of them. `expected` (at least the number of jobs) sets how many threads may be used;
 * the workers start only once there are enough jobs to repay starting them.
 */
export async function lintAll(
  source: AsyncIterable<LintJob> | Iterable<LintJob>,
  expected: number,
  onResult: (index: number, result: Outcome) => void,
): Promise<void> {
  const threads = threadCount(expected);
  const lintHere = (b: Batch) => b.jobs.forEach((j, k) => onResult(b.at[k]!, lintOne(j.linter, j.text, j.options)));
  if (threads <= 1) {
    let i = 0;
    for await (const job of source) lintHere({ at: [i++], jobs: [job] });
    return;
  }

  const it = (async function* () {
    yield* source;
  })();
  const setIds = new Map<Linter, number>();
  const workers: Array<{ worker: Worker; seen: Set<number>; inFlight: number }> = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const queue: Batch[] = [];
      let filling: Batch = { at: [], jobs: [] };
      let queued = 0;
      let pulled = 0;
      let exhausted = false;
      let pumping = false;
      let outstanding = 0;
      let failed = false;
      let stepping = false;

      const fail = (e: Error): void => {
        if (failed) return;
        failed = true;
        reject(e);
      };
      const cut = (): void => {
        if (filling.jobs.length === 0) return;
        queue.push(filling);
        filling = { at: [], jobs: [] };
      };
      // A thread with nothing to do takes the batch being filled rather than wait for the reading.
      const take = (idle: boolean): Batch | undefined => {
        if (queue.length === 0 && idle) cut();
        const b = queue.shift();
        if (b) {
          queued -= b.jobs.length;
          outstanding++;
        }
        return b;
      };
      const finish = (): void => {
        outstanding--;
        dispatch();
      };

      // Batches sent to a worker, by their first job's place (the batch's id in messages).
      const sent = new Map<number, Batch>();
      const send = (w: (typeof workers)[number], b: Batch): void => {
        const sets: WorkerRequest['sets'] = [];
        const docs = b.jobs.map((j) => {
          let set = setIds.get(j.linter);
          if (set === undefined) setIds.set(j.linter, (set = setIds.size));
          if (!w.seen.has(set)) {
            w.seen.add(set);
            sets.push({ id: set, schemas: [...j.linter.set.schemas.values()], profiles: [...j.linter.set.profiles.values()] });
          }
          return { set, text: j.text, options: j.options };
        });
        w.inFlight++;
        sent.set(b.at[0]!, b);
        w.worker.postMessage({ batch: b.at[0]!, sets, docs } satisfies WorkerRequest);
        // The worker has its own copy of the texts now.
        b.jobs = [];
      };

      const startWorkers = (): void => {
        for (let t = 1; t < threads; t++) {
          const w = { worker: new Worker(new URL('./pool-worker.js', import.meta.url)), seen: new Set<number>(), inFlight: 0 };
          workers.push(w);
          w.worker.on('message', (m: WorkerReply) => {
            if ('error' in m) return fail(new Error(m.error));
            const b = sent.get(m.batch)!;
            sent.delete(m.batch);
            w.inFlight--;
            b.at.forEach((i, k) => onResult(i, m.results[k]!));
            finish();
          });
          w.worker.on('error', fail);
          w.worker.on('exit', (code) => {
            if (w.inFlight > 0) fail(new Error(`a lint worker stopped (exit code ${code})`));
          });
        }
      };

      // This thread is one of the linting threads: it lints a batch between two turns of the event loop,
      // in which the workers' replies and the reading of the next files come in. (Its heap grows as a
      // worker's would.)
      const step = (): void => {
        stepping = false;
        if (failed) return;
        const b = take(true);
        if (!b) return;
        try {
          lintHere(b);
        } catch (e) {
          return fail(e as Error);
        }
        finish();
      };

      const dispatch = (): void => {
        if (failed) return;
        // Two batches per worker, so it never waits for the next one.
        for (const w of workers) {
          while (w.inFlight < 2) {
            const b = take(w.inFlight === 0);
            if (!b) break;
            send(w, b);
          }
        }
        if (!stepping && (queue.length > 0 || filling.jobs.length > 0)) {
          stepping = true;
          setImmediate(step);
        }
        if (exhausted && queued === 0 && outstanding === 0) resolve();
        else if (!exhausted && queued < AHEAD) void pump();
      };

      const pump = async (): Promise<void> => {
        if (pumping) return;
        pumping = true;
        try {
          while (!failed && !exhausted && queued < AHEAD) {
            const r = await it.next();
            if (r.done) {
              exhausted = true;
              cut();
              break;
            }
            filling.at.push(pulled++);
            filling.jobs.push(r.value);
            queued++;
            if (filling.jobs.length === BATCH) cut();
            if (pulled === MIN_JOBS_FOR_WORKERS) startWorkers();
            dispatch();
          }
        } catch (e) {
          return fail(e as Error);
        } finally {
          pumping = false;
        }
        dispatch();
      };
      void pump();
    });
  } finally {
    await it.return?.(undefined);
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}
