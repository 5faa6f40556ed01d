import { createRequire as __mlsdRequire } from 'node:module';
const require = __mlsdRequire(import.meta.url);
import {
  lintOne
} from "./chunk-FMCTN7BX.js";
import {
  BUILTIN_PROFILES,
  BUILTIN_SCHEMAS,
  Linter,
  messageChecks
} from "./chunk-NRFGXEMK.js";

// out/src/cli/pool-worker.js
import { parentPort } from "node:worker_threads";
messageChecks.strict = process.env.MLSD_STRICT_MESSAGES === "1";
var linters = /* @__PURE__ */ new Map();
var builtin;
function isBuiltin(schemas, profiles) {
  return schemas.length === BUILTIN_SCHEMAS.length && profiles.length === BUILTIN_PROFILES.length && JSON.stringify(schemas) === JSON.stringify(BUILTIN_SCHEMAS) && JSON.stringify(profiles) === JSON.stringify(BUILTIN_PROFILES);
}
parentPort.on("message", (req) => {
  try {
    for (const s of req.sets) {
      linters.set(s.id, isBuiltin(s.schemas, s.profiles) ? builtin ??= new Linter() : new Linter(s.schemas, s.profiles));
    }
    const results = req.docs.map((d) => lintOne(linters.get(d.set), d.text, d.options));
    parentPort.postMessage({ batch: req.batch, results });
  } catch (e) {
    parentPort.postMessage({ batch: req.batch, error: e.message });
  }
});
