/** A lint worker thread (see pool.ts): one Linter per schema set, kept for the thread's life. */
import { parentPort } from 'node:worker_threads';
import { Linter, BUILTIN_PROFILES, BUILTIN_SCHEMAS, messageChecks } from '../core/index.js';
import { lintOne, type WorkerReply, type WorkerRequest } from './pool.js';

// The test suites' check that every message placeholder has a value (test/support/run-cli.ts sets it).
messageChecks.strict = process.env.MLSD_STRICT_MESSAGES === '1';

const linters = new Map<number, Linter>();
let builtin: Linter | undefined;

function isBuiltin(schemas: unknown[], profiles: unknown[]): boolean {
  return (
    schemas.length === BUILTIN_SCHEMAS.length &&
    profiles.length === BUILTIN_PROFILES.length &&
    JSON.stringify(schemas) === JSON.stringify(BUILTIN_SCHEMAS) &&
    JSON.stringify(profiles) === JSON.stringify(BUILTIN_PROFILES)
  );
}

parentPort!.on('message', (req: WorkerRequest) => {
  try {
    for (const s of req.sets) {
      linters.set(s.id, isBuiltin(s.schemas, s.profiles) ? (builtin ??= new Linter()) : new Linter(s.schemas, s.profiles));
    }
    const results = req.docs.map((d) => lintOne(linters.get(d.set)!, d.text, d.options));
    parentPort!.postMessage({ batch: req.batch, results } satisfies WorkerReply);
  } catch (e) {
    parentPort!.postMessage({ batch: req.batch, error: (e as Error).message } satisfies WorkerReply);
  }
});
