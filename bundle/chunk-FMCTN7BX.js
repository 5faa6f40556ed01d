import { createRequire as __mlsdRequire } from 'node:module';
const require = __mlsdRequire(import.meta.url);

// out/src/cli/pool.js
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var MIN_JOBS_FOR_WORKERS = 24;
var BATCH = 8;
function lintOne(linter, text, options) {
  try {
    return linter.lint(text, options);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { crashed: message.split("\n")[0].slice(0, 300) };
  }
}
function threadCount(jobs) {
  const env = Number(process.env.MLSD_THREADS);
  const cores = Number.isInteger(env) && env > 0 ? env : availableParallelism();
  if (cores <= 1 || jobs < MIN_JOBS_FOR_WORKERS)
    return 1;
  return Math.min(cores, Math.ceil(jobs / MIN_JOBS_FOR_WORKERS));
}
var AHEAD = 96;
async function lintAll(source, expected, onResult) {
  const threads = threadCount(expected);
  const lintHere = (b) => b.jobs.forEach((j, k) => onResult(b.at[k], lintOne(j.linter, j.text, j.options)));
  if (threads <= 1) {
    let i = 0;
    for await (const job of source)
      lintHere({ at: [i++], jobs: [job] });
    return;
  }
  const it = (async function* () {
    yield* source;
  })();
  const setIds = /* @__PURE__ */ new Map();
  const workers = [];
  try {
    await new Promise((resolve, reject) => {
      const queue = [];
      let filling = { at: [], jobs: [] };
      let queued = 0;
      let pulled = 0;
      let exhausted = false;
      let pumping = false;
      let outstanding = 0;
      let failed = false;
      let stepping = false;
      const fail = (e) => {
        if (failed)
          return;
        failed = true;
        reject(e);
      };
      const cut = () => {
        if (filling.jobs.length === 0)
          return;
        queue.push(filling);
        filling = { at: [], jobs: [] };
      };
      const take = (idle) => {
        if (queue.length === 0 && idle)
          cut();
        const b = queue.shift();
        if (b) {
          queued -= b.jobs.length;
          outstanding++;
        }
        return b;
      };
      const finish = () => {
        outstanding--;
        dispatch();
      };
      const sent = /* @__PURE__ */ new Map();
      const send = (w, b) => {
        const sets = [];
        const docs = b.jobs.map((j) => {
          let set = setIds.get(j.linter);
          if (set === void 0)
            setIds.set(j.linter, set = setIds.size);
          if (!w.seen.has(set)) {
            w.seen.add(set);
            sets.push({ id: set, schemas: [...j.linter.set.schemas.values()], profiles: [...j.linter.set.profiles.values()] });
          }
          return { set, text: j.text, options: j.options };
        });
        w.inFlight++;
        sent.set(b.at[0], b);
        w.worker.postMessage({ batch: b.at[0], sets, docs });
        b.jobs = [];
      };
      const startWorkers = () => {
        for (let t = 1; t < threads; t++) {
          const w = { worker: new Worker(new URL("./pool-worker.js", import.meta.url)), seen: /* @__PURE__ */ new Set(), inFlight: 0 };
          workers.push(w);
          w.worker.on("message", (m) => {
            if ("error" in m)
              return fail(new Error(m.error));
            const b = sent.get(m.batch);
            sent.delete(m.batch);
            w.inFlight--;
            b.at.forEach((i, k) => onResult(i, m.results[k]));
            finish();
          });
          w.worker.on("error", fail);
          w.worker.on("exit", (code) => {
            if (w.inFlight > 0)
              fail(new Error(`a lint worker stopped (exit code ${code})`));
          });
        }
      };
      const step = () => {
        stepping = false;
        if (failed)
          return;
        const b = take(true);
        if (!b)
          return;
        try {
          lintHere(b);
        } catch (e) {
          return fail(e);
        }
        finish();
      };
      const dispatch = () => {
        if (failed)
          return;
        for (const w of workers) {
          while (w.inFlight < 2) {
            const b = take(w.inFlight === 0);
            if (!b)
              break;
            send(w, b);
          }
        }
        if (!stepping && (queue.length > 0 || filling.jobs.length > 0)) {
          stepping = true;
          setImmediate(step);
        }
        if (exhausted && queued === 0 && outstanding === 0)
          resolve();
        else if (!exhausted && queued < AHEAD)
          void pump();
      };
      const pump = async () => {
        if (pumping)
          return;
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
            if (filling.jobs.length === BATCH)
              cut();
            if (pulled === MIN_JOBS_FOR_WORKERS)
              startWorkers();
            dispatch();
          }
        } catch (e) {
          return fail(e);
        } finally {
          pumping = false;
        }
        dispatch();
      };
      void pump();
    });
  } finally {
    await it.return?.(void 0);
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}

export {
  lintOne,
  lintAll
};
