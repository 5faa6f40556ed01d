import { createRequire as __mlsdRequire } from 'node:module';
const require = __mlsdRequire(import.meta.url);
import {
  lintAll
} from "./chunk-FMCTN7BX.js";
import {
  ConfigResolver,
  DEFAULT_MAX_BYTES,
  MAX_CACHE_BYTES,
  decode,
  encodeLike,
  nodeFs,
  readDoc,
  readHead,
  readRegularText,
  require_picomatch
} from "./chunk-AT3MVU6V.js";
import {
  BUILTIN_PROFILES,
  BUILTIN_SCHEMAS,
  CONFIG_NAMES,
  ConfigError,
  DEFAULT_CASE,
  DEFAULT_DOCS_BASE,
  DEFAULT_FIX_TYPES,
  DEFAULT_INCLUDE,
  DEFAULT_PROFILE,
  FIX_TYPES,
  Linter,
  VERSION,
  __toESM,
  allRules,
  closest,
  coverageTally,
  declaresMlsd,
  findRepoRoot,
  fixText,
  formatText,
  genreName,
  isCovered,
  lintOptionsFor,
  messageChecks,
  renderTemplate,
  ruleUrl,
  titleConflict,
  trimEnd
} from "./chunk-NRFGXEMK.js";

// out/src/cli/main.js
import { parseArgs as parseArgs3 } from "node:util";
import { join as join3, resolve as resolve9 } from "node:path";

// out/src/node/cache.js
import { createHash } from "node:crypto";
import { lstat, mkdir, readdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

// out/src/node/version.js
function packageVersion() {
  return VERSION;
}

// out/src/node/cache.js
var DEFAULT_CACHE_LOCATION = ".mlsd-cache.json";
var FORMAT = 2;
function checksum(key, result) {
  return createHash("sha256").update(key).update("\0").update(JSON.stringify(result)).digest("hex");
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount = (v) => Number.isInteger(v) && v >= 0;
function wellFormed(r) {
  if (!isObject(r) || !Array.isArray(r.findings) || !isObject(r.coverage) || !isObject(r.coverage.steps) || !isObject(r.coverage.topics))
    return false;
  if (typeof r.case !== "string" || typeof r.profile !== "string" || r.lang !== "en" && r.lang !== "ko")
    return false;
  let errors = 0;
  let warnings = 0;
  for (const f of r.findings) {
    if (!isObject(f) || typeof f.ruleId !== "string" || typeof f.message !== "string")
      return false;
    if (![f.line, f.column, f.endLine, f.endColumn].every((n) => Number.isInteger(n) && n >= 1))
      return false;
    if (f.severity === "error")
      errors++;
    else if (f.severity === "warning")
      warnings++;
    else
      return false;
  }
  return isCount(r.errorCount) && isCount(r.warningCount) && r.errorCount === errors && r.warningCount === warnings;
}
var salt;
function toolSalt() {
  salt ??= createHash("sha256").update(packageVersion()).update(JSON.stringify(BUILTIN_SCHEMAS)).update(JSON.stringify(BUILTIN_PROFILES)).update(JSON.stringify(allRules())).digest("hex");
  return salt;
}
var LintCache = class _LintCache {
  location;
  data;
  refused;
  hits = 0;
  misses = 0;
  dirty = false;
  constructor(location, data, refused) {
    this.location = location;
    this.data = data;
    this.refused = refused;
  }
  /** `shown`: the location as the user gave it, for messages. */
  static async open(location, shown = location) {
    const path = resolve(location);
    let data = { format: FORMAT, entries: {} };
    const read = await readRegularText(path, MAX_CACHE_BYTES, "for a cache");
    if (!read.ok) {
      return new _LintCache(path, data, read.missing ? void 0 : `the cache ${shown} ${read.reason}; results were not cached. Choose another --cache-location, or delete it`);
    }
    let parsed;
    try {
      parsed = JSON.parse(read.text);
    } catch {
      if (read.text.trim() !== "" && !read.text.startsWith('{"format":')) {
        return new _LintCache(path, data, `${shown} is not an mlsd-lint cache; it was not replaced and results were not cached. Choose another --cache-location, or delete the file`);
      }
    }
    if (parsed !== void 0) {
      if (!isObject(parsed) || typeof parsed.format !== "number" || !isObject(parsed.entries)) {
        return new _LintCache(path, data, `${shown} is not an mlsd-lint cache; it was not replaced and results were not cached. Choose another --cache-location, or delete the file`);
      }
      if (parsed.format === FORMAT)
        data = { format: FORMAT, entries: Object.assign(/* @__PURE__ */ Object.create(null), parsed.entries) };
    }
    return new _LintCache(path, data);
  }
  /** The key of one file's result: content + config fingerprint + lint options + tool. */
  static key(text, configFingerprint, options) {
    return createHash("sha256").update(toolSalt()).update("\0").update(configFingerprint).update("\0").update(JSON.stringify(options)).update("\0").update(text).digest("hex");
  }
  get(file, key) {
    const e = Object.hasOwn(this.data.entries, resolve(file)) ? this.data.entries[resolve(file)] : void 0;
    if (isObject(e) && e.key === key && typeof e.sum === "string" && wellFormed(e.result) && e.sum === checksum(key, e.result)) {
      this.hits++;
      return e.result;
    }
    this.misses++;
    return void 0;
  }
  set(file, key, result) {
    this.data.entries[resolve(file)] = { key, sum: checksum(key, result), result };
    this.dirty = true;
  }
  /** Writes the cache (atomically) if anything changed. Returns an error message instead of throwing. */
  async save() {
    if (this.refused)
      return this.refused;
    if (!this.dirty)
      return void 0;
    const tmp = `${this.location}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.location), { recursive: true });
      await removeStaleTemps(this.location);
      await writeFile(tmp, JSON.stringify(this.data));
      await rename(tmp, this.location);
      this.dirty = false;
      return void 0;
    } catch (e) {
      return `cannot write the cache ${this.location} (${e.code ?? e.message}); results were not cached`;
    }
  }
};
async function removeStaleTemps(location) {
  const dir = dirname(location);
  const prefix = `${basename(location)}.`;
  const names = await readdir(dir).catch(() => []);
  for (const name of names) {
    if (!name.startsWith(prefix))
      continue;
    const pid = /^(\d{1,10})\.tmp$/.exec(name.slice(prefix.length))?.[1];
    if (pid === void 0 || Number(pid) === process.pid || isAlive(Number(pid)))
      continue;
    const path = join(dir, name);
    const st = await lstat(path).catch(() => void 0);
    if (st?.isFile())
      await unlink(path).catch(() => {
      });
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

// out/src/node/files.js
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { access, constants, realpath as realpath2, stat as stat2 } from "node:fs/promises";
import { resolve as resolve4 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir2, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename as basename2, dirname as dirname2, normalize, relative, resolve as resolve2, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve2(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat5) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat5.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat5, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat5 = fs.statSync(resolvedPath);
    if (stat5.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat5, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname2(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname2(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat5, resolvedPath) => {
          if (stat5.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename2(resolvedPath);
            const directoryPath$1 = normalizePath(dirname2(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir2,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative6] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative6) : [];
}

// out/src/node/files.js
var MARKDOWN_EXTENSIONS = ["md", "markdown", "mdx"];
var DEFAULT_IGNORES = ["**/node_modules/**", "**/.git/**"];
async function expandTargets(targets, cwd = process.cwd()) {
  const files = /* @__PURE__ */ new Set();
  const unmatched = [];
  const unreadable = [];
  const named = /* @__PURE__ */ new Set();
  const negated = targets.filter(isNegated).map((t) => t.slice(1).replace(/^\.\//, ""));
  const left = negated.length > 0 ? (0, import_picomatch2.default)(negated, { dot: true }) : void 0;
  const keep = (f) => !left || !left(f.replace(/^\.\//, ""));
  for (const t of targets.filter((x) => !isNegated(x))) {
    let found = [];
    if (isDynamicPattern(t)) {
      found = await glob(t, { cwd, ignore: DEFAULT_IGNORES, onlyFiles: true, expandDirectories: false });
    } else {
      const st = await stat2(t).catch(() => void 0);
      if (st?.isDirectory()) {
        const base = trimEnd(t, "\\/") || ".";
        const [docs, locked] = await Promise.all([
          glob(`${base}/**/*.{${MARKDOWN_EXTENSIONS.join(",")}}`, { cwd, ignore: DEFAULT_IGNORES, onlyFiles: true, expandDirectories: false }),
          unlistable(base, cwd)
        ]);
        found = docs;
        unreadable.push(...locked);
      } else if (st) {
        found = [t];
        named.add(t);
      } else {
        found = [t];
        named.add(t);
      }
    }
    found = found.filter(keep);
    if (found.length === 0)
      unmatched.push(t);
    for (const f of found)
      files.add(f);
  }
  return { files: await oncePerFile([...files], cwd), unmatched, named, unreadable: [...new Set(unreadable)].sort() };
}
function isNegated(target) {
  return target.length > 1 && target.startsWith("!");
}
async function oncePerFile(paths, cwd) {
  const depth = (p) => p.split(/[\\/]/).length;
  paths.sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const BATCH = 256;
  for (let i = 0; i < paths.length; i += BATCH) {
    const batch = paths.slice(i, i + BATCH);
    const reals = await Promise.all(batch.map((p) => realpath2(resolve4(cwd, p)).catch(() => void 0)));
    batch.forEach((p, k) => {
      const real = reals[k];
      if (real === void 0)
        out.push(p);
      else if (!seen.has(real)) {
        seen.add(real);
        out.push(p);
      }
    });
  }
  return out.sort();
}
async function unlistable(base, cwd) {
  const dirs = await glob(`${base}/**`, { cwd, ignore: DEFAULT_IGNORES, onlyDirectories: true, expandDirectories: false });
  const out = [];
  const BATCH = 256;
  for (let i = 0; i < dirs.length; i += BATCH) {
    const batch = dirs.slice(i, i + BATCH);
    const ok = await Promise.all(batch.map((d) => access(resolve4(cwd, d), constants.R_OK | constants.X_OK).then(() => true, () => false)));
    batch.forEach((d, k) => ok[k] || out.push(trimEnd(d, "\\/")));
  }
  return out;
}

// out/src/cli/main.js
import { readFile as readFile2, writeFile as writeFile4 } from "node:fs/promises";

// out/src/cli/text.js
function visible(s) {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function visibleLine(s) {
  return s.split("\n").map(visible).join("\n");
}
function markdownText(s) {
  return s.replace(/\r\n?|\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()#+!~]/g, "\\$&");
}

// out/src/cli/formatters/github.js
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve5, sep as sep2 } from "node:path";

// out/src/cli/messages.js
var TEXTS = {
  error: { en: "error", ko: "\uC624\uB958" },
  warning: { en: "warning", ko: "\uACBD\uACE0" },
  problems: {
    en: "\u2716 {total} {problems} ({errors} {errorWord}, {warnings} {warningWord}) in {files} {fileWord}",
    ko: "\u2716 \uBB38\uC81C {total}\uAC1C(\uC624\uB958 {errors}\uAC1C, \uACBD\uACE0 {warnings}\uAC1C), \uD30C\uC77C {files}\uAC1C"
  },
  clean: { en: "\u2714 {files} {fileWord} checked, no problems", ko: "\u2714 \uD30C\uC77C {files}\uAC1C \uAC80\uC0AC, \uBB38\uC81C \uC5C6\uC74C" },
  genre: {
    en: '  reads as {genre}, not a design doc: not checked against the procedure (give it an "mlsd:" key in its front matter to check it as one)',
    ko: '  {genre} \uBB38\uC11C\uB85C \uBCF4\uC5EC \uC124\uACC4 \uC808\uCC28\uB85C\uB294 \uAC80\uC0AC\uD558\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4(\uC124\uACC4 \uBB38\uC11C\uB85C \uAC80\uC0AC\uD558\uB824\uBA74 front matter\uC5D0 "mlsd:" \uD0A4\uB97C \uB123\uC73C\uC138\uC694)'
  },
  wrote: {
    en: "Wrote {path} (case {case}, {lang}): {steps} steps and {topics} topics to fill in.\nReplace each TODO line, then run: mlsd-lint {path}",
    ko: "{path}\uC5D0 \uC37C\uC2B5\uB2C8\uB2E4(\uC0AC\uB840 {case}, {lang}): \uB2E8\uACC4 {steps}\uAC1C\uC640 \uC8FC\uC81C {topics}\uAC1C\uB97C \uCC44\uC6B0\uC138\uC694.\n\uAC01 TODO \uC904\uC744 \uCC44\uC6B4 \uB2E4\uC74C \uC2E4\uD589\uD558\uC138\uC694: mlsd-lint {path}"
  },
  replaced: {
    en: "Replaced {path} (case {case}, {lang}): {steps} steps and {topics} topics to fill in.\nReplace each TODO line, then run: mlsd-lint {path}",
    ko: "{path}\uC744(\uB97C) \uBC14\uAFD4 \uC37C\uC2B5\uB2C8\uB2E4(\uC0AC\uB840 {case}, {lang}): \uB2E8\uACC4 {steps}\uAC1C\uC640 \uC8FC\uC81C {topics}\uAC1C\uB97C \uCC44\uC6B0\uC138\uC694.\n\uAC01 TODO \uC904\uC744 \uCC44\uC6B4 \uB2E4\uC74C \uC2E4\uD589\uD558\uC138\uC694: mlsd-lint {path}"
  },
  titleClash: {
    en: 'mlsd-lint new: warning: the title "{title}" reads as the heading "{heading}" ({id}), so that section would count as covered by the title; consider another title.',
    ko: 'mlsd-lint new: \uACBD\uACE0: \uC81C\uBAA9 "{title}"\uC740(\uB294) "{heading}"({id}) \uC81C\uBAA9\uC73C\uB85C \uC77D\uD600, \uADF8 \uC139\uC158\uC774 \uC81C\uBAA9\uC73C\uB85C \uCC44\uC6CC\uC9C4 \uAC83\uC73C\uB85C \uC148\uD574\uC9D1\uB2C8\uB2E4. \uB2E4\uB978 \uC81C\uBAA9\uC744 \uACE0\uB824\uD558\uC138\uC694.'
  },
  noDesignDocs: {
    en: `mlsd-lint: none of the {count} Markdown files in {targets} is a design doc. A design doc matches the config's "include" globs (default: {include}) or has an "mlsd:" key in its front matter; name a file to lint it anyway.`,
    ko: 'mlsd-lint: {targets}\uC758 Markdown \uD30C\uC77C {count}\uAC1C \uC911 \uC124\uACC4 \uBB38\uC11C\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. \uC124\uACC4 \uBB38\uC11C\uB294 \uC124\uC815\uC758 "include" \uAE00\uB86D(\uAE30\uBCF8\uAC12: {include})\uC5D0 \uB9DE\uAC70\uB098 front matter\uC5D0 "mlsd:" \uD0A4\uAC00 \uC788\uB294 \uD30C\uC77C\uC785\uB2C8\uB2E4. \uADF8\uB798\uB3C4 \uAC80\uC0AC\uD558\uB824\uBA74 \uD30C\uC77C \uC774\uB984\uC744 \uC9C1\uC811 \uC8FC\uC138\uC694.'
  },
  initWrote: {
    en: "Wrote {path}: which files are design docs (include), and the case, profile and rules for them. Edit it, then run: mlsd-lint",
    ko: "{path}\uC5D0 \uC37C\uC2B5\uB2C8\uB2E4: \uC5B4\uB5A4 \uD30C\uC77C\uC774 \uC124\uACC4 \uBB38\uC11C\uC778\uC9C0(include), \uADF8\uB9AC\uACE0 \uADF8 \uC0AC\uB840, \uD504\uB85C\uD544, \uADDC\uCE59\uC785\uB2C8\uB2E4. \uACE0\uCE5C \uB2E4\uC74C \uC2E4\uD589\uD558\uC138\uC694: mlsd-lint"
  },
  initExists: {
    en: "mlsd-lint: {path} already exists; it was left unchanged. Edit it, or delete it and run mlsd-lint --init again.",
    ko: "mlsd-lint: {path}\uC774(\uAC00) \uC774\uBBF8 \uC788\uC5B4 \uADF8\uB300\uB85C \uB450\uC5C8\uC2B5\uB2C8\uB2E4. \uADF8 \uD30C\uC77C\uC744 \uACE0\uCE58\uAC70\uB098, \uC9C0\uC6B4 \uB2E4\uC74C mlsd-lint --init\uC744 \uB2E4\uC2DC \uC2E4\uD589\uD558\uC138\uC694."
  },
  initOther: {
    en: "mlsd-lint: {path} already configures this folder (a folder has one config); edit it instead. Nothing was written.",
    ko: "mlsd-lint: {path}\uC774(\uAC00) \uC774\uBBF8 \uC774 \uD3F4\uB354\uB97C \uC124\uC815\uD569\uB2C8\uB2E4(\uD3F4\uB354\uB9C8\uB2E4 \uC124\uC815\uC740 \uD558\uB098). \uADF8 \uD30C\uC77C\uC744 \uACE0\uCE58\uC138\uC694. \uC544\uBB34\uAC83\uB3C4 \uC4F0\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4."
  },
  // --fix: a doc that is not written.
  fixChanged: {
    en: "{file} changed while it was being fixed; it was not written. Run mlsd-lint --fix again.",
    ko: "{file} \uD30C\uC77C\uC774 \uACE0\uCE58\uB294 \uB3D9\uC548 \uBC14\uB00C\uC5B4 \uC4F0\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4. mlsd-lint --fix\uB97C \uB2E4\uC2DC \uC2E4\uD589\uD558\uC138\uC694."
  },
  fixUnwritten: {
    en: "{file} could not be written ({why}); its fixes were not saved. Check that the file is writable, then run mlsd-lint --fix again.",
    ko: "{file} \uD30C\uC77C\uC5D0 \uC4F8 \uC218 \uC5C6\uC5B4({why}) \uC218\uC815 \uB0B4\uC6A9\uC744 \uC800\uC7A5\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4. \uD30C\uC77C\uC5D0 \uC4F8 \uC218 \uC788\uB294\uC9C0 \uD655\uC778\uD55C \uB4A4 mlsd-lint --fix\uB97C \uB2E4\uC2DC \uC2E4\uD589\uD558\uC138\uC694."
  },
  // The line after a file's annotations (--format github) when it has more findings than GitHub shows.
  ghMore: {
    en: "{more} more findings in this file ({errors} errors, {warnings} warnings) are not annotated: GitHub shows about {max} of each kind per step, so the most important come first. The report of --format summary and SARIF list them all.",
    ko: "\uC774 \uD30C\uC77C\uC758 \uB098\uBA38\uC9C0 \uBC1C\uACAC \uC0AC\uD56D {more}\uAC1C(\uC624\uB958 {errors}\uAC1C, \uACBD\uACE0 {warnings}\uAC1C)\uB294 \uC8FC\uC11D\uC73C\uB85C \uD45C\uC2DC\uD558\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4. GitHub\uC740 \uB2E8\uACC4\uB9C8\uB2E4 \uC885\uB958\uBCC4\uB85C {max}\uAC1C \uC815\uB3C4\uB9CC \uBCF4\uC5EC \uC8FC\uBBC0\uB85C \uC911\uC694\uD55C \uAC83\uBD80\uD130 \uBCF4\uC600\uC2B5\uB2C8\uB2E4. --format summary \uBCF4\uACE0\uC11C\uC640 SARIF\uC5D0\uB294 \uBAA8\uB450 \uC788\uC2B5\uB2C8\uB2E4."
  },
  // The Markdown coverage summary (--format summary).
  sumTitle: { en: "## mlsd-lint: design doc coverage", ko: "## mlsd-lint: \uC124\uACC4 \uBB38\uC11C \uCEE4\uBC84\uB9AC\uC9C0" },
  sumNone: { en: "No files were linted.", ko: "\uAC80\uC0AC\uD55C \uD30C\uC77C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4." },
  sumOverview: { en: "| File | Case | Steps | Required topics | Errors | Warnings |", ko: "| \uD30C\uC77C | \uC0AC\uB840 | \uB2E8\uACC4 | \uD544\uC218 \uC8FC\uC81C | \uC624\uB958 | \uACBD\uACE0 |" },
  sumTable: { en: "| Step / topic | Status | Line |", ko: "| \uB2E8\uACC4 / \uC8FC\uC81C | \uC0C1\uD0DC | \uD589 |" },
  sumNotLinted: { en: "It could not be linted.", ko: "\uAC80\uC0AC\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4." },
  sumFile: {
    en: "{steps}/{stepTotal} steps, {topics}/{topicTotal} required topics (case {case}, profile {profile})",
    ko: "\uB2E8\uACC4 {steps}/{stepTotal}, \uD544\uC218 \uC8FC\uC81C {topics}/{topicTotal} (\uC0AC\uB840 {case}, \uD504\uB85C\uD544 {profile})"
  },
  present: { en: "\u2705 present", ko: "\u2705 \uC788\uC74C" },
  empty: { en: "\u26A0\uFE0F empty", ko: "\u26A0\uFE0F \uBE44\uC5B4 \uC788\uC74C" },
  waived: { en: "\u2796 waived", ko: "\u2796 \uBA74\uC81C" },
  missing: { en: "\u274C missing", ko: "\u274C \uC5C6\uC74C" },
  optional: { en: "\u25FB\uFE0F not covered (optional)", ko: "\u25FB\uFE0F \uB2E4\uB8E8\uC9C0 \uC54A\uC74C(\uC120\uD0DD)" }
};
function say(id, lang, data) {
  return formatText(TEXTS[id], lang, data, `cli/${id}`);
}
var plural = (n, word) => n === 1 ? word : `${word}s`;
function runLang(results, flag) {
  if (flag)
    return flag;
  const langs = results.map((r) => r.lang).filter((l) => l !== void 0);
  return langs.length > 0 && langs.every((l) => l === "ko") ? "ko" : "en";
}

// out/src/cli/formatters/github.js
var MAX_ANNOTATIONS = 10;
var RANK = new Map(allRules().map((r, i) => [r.id, (r.kind === "settings" ? 0 : 100) + i]));
function rank(m) {
  return m.fatal || !m.ruleId ? -1 : RANK.get(m.ruleId) ?? 1e3;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationPath(filePath, ctx) {
  const abs = resolve5(ctx.cwd, filePath);
  const rel = relative2(ctx.root ?? ctx.cwd, abs);
  return (rel && !rel.startsWith("..") && !isAbsolute2(rel) ? rel : abs).split(sep2).join("/");
}
function github(results, ctx) {
  const out = [];
  for (const r of results) {
    const file = annotationPath(r.filePath, ctx);
    const ordered = [...r.messages].sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
    const shown = { error: 0, warning: 0 };
    const hidden = { error: 0, warning: 0 };
    for (const m of ordered) {
      const cmd = m.severity === 2 ? "error" : "warning";
      if (shown[cmd] >= MAX_ANNOTATIONS) {
        hidden[cmd]++;
        continue;
      }
      shown[cmd]++;
      const props = [
        ["file", file],
        ["line", m.line],
        ["col", m.column]
      ];
      if (m.endLine !== void 0)
        props.push(["endLine", m.endLine]);
      if (m.endColumn !== void 0)
        props.push(["endColumn", m.endColumn]);
      props.push(["title", m.ruleId ? `mlsd-lint: ${m.ruleId}` : "mlsd-lint"]);
      const text = m.ruleId && m.url ? `${m.message}
${m.url}` : m.message;
      out.push(`::${cmd} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(text)}`);
    }
    const more = hidden.error + hidden.warning;
    if (more > 0) {
      const text = say("ghMore", r.lang ?? ctx.lang ?? "en", { more, errors: hidden.error, warnings: hidden.warning, max: MAX_ANNOTATIONS });
      out.push(`::notice file=${escapeProperty(file)},line=1,title=${escapeProperty("mlsd-lint")}::${escapeData(text)}`);
    }
  }
  return out.length > 0 ? out.join("\n") + "\n" : "";
}

// out/src/cli/formatters/json.js
function* json(results) {
  if (results.length === 0) {
    yield "[]\n";
    return;
  }
  for (const [i, r] of results.entries()) {
    yield `${i === 0 ? "[\n" : ",\n"}  ${JSON.stringify(r, null, 2).replace(/\n/g, "\n  ")}`;
  }
  yield "\n]\n";
}

// out/src/cli/formatters/junit.js
function xml(s) {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
var line = (m) => `${m.line}:${m.column} ${m.severity === 2 ? "error" : "warning"} ${m.message}${m.ruleId ? ` (${m.ruleId})` : ""}`;
function junit(results) {
  const failures = results.filter((r) => r.fatalErrorCount === 0 && r.errorCount > 0).length;
  const errors = results.filter((r) => r.fatalErrorCount > 0).length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mlsd-lint" tests="${results.length}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="mlsd-lint" tests="${results.length}" failures="${failures}" errors="${errors}" skipped="0">`
  ];
  for (const r of results) {
    const name = xml(r.filePath);
    out.push(`    <testcase classname="mlsd-lint" name="${name}" file="${name}">`);
    if (r.fatalErrorCount > 0) {
      const m = r.messages.find((x) => x.fatal);
      out.push(`      <error message="${xml(m.message)}" type="fatal">${xml(m.message)}</error>`);
    } else if (r.errorCount > 0) {
      const summary2 = `${r.errorCount} error${r.errorCount === 1 ? "" : "s"}, ${r.warningCount} warning${r.warningCount === 1 ? "" : "s"}`;
      out.push(`      <failure message="${xml(summary2)}" type="mlsd-lint">${xml(r.messages.map(line).join("\n"))}</failure>`);
    } else if (r.warningCount > 0) {
      out.push(`      <system-out>${xml(r.messages.map(line).join("\n"))}</system-out>`);
    }
    out.push("    </testcase>");
  }
  out.push("  </testsuite>", "</testsuites>");
  return out.join("\n") + "\n";
}

// out/src/cli/formatters/sarif.js
import { isAbsolute as isAbsolute3, relative as relative3, resolve as resolve6, sep as sep3 } from "node:path";
import { pathToFileURL } from "node:url";
var SRCROOT = "%SRCROOT%";
function artifactLocation(filePath, ctx) {
  const root = ctx.root ?? ctx.cwd;
  const abs = resolve6(ctx.cwd, filePath);
  const rel = relative3(root, abs);
  if (rel && !rel.startsWith("..") && !isAbsolute3(rel)) {
    return { uri: rel.split(sep3).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}
function region(m) {
  const r = { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column) };
  if (m.endLine !== void 0 && m.endColumn !== void 0 && (m.endLine > m.line || m.endLine === m.line && m.endColumn >= m.column)) {
    r.endLine = m.endLine;
    r.endColumn = Math.max(1, m.endColumn);
  }
  return r;
}
function sarif(results, ctx) {
  const rules = allRules();
  const lang = ctx.lang ?? "en";
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const root = ctx.root ?? ctx.cwd;
  const out = [];
  const notifications = [];
  for (const r of results) {
    const location = { physicalLocation: { artifactLocation: artifactLocation(r.filePath, ctx) } };
    for (const m of r.messages) {
      if (m.fatal || m.ruleId === null) {
        notifications.push({ level: "error", message: { text: m.message }, locations: [location] });
        continue;
      }
      const result = {
        ruleId: m.ruleId,
        level: m.severity === 2 ? "error" : "warning",
        message: { text: m.message },
        locations: [{ physicalLocation: { ...location.physicalLocation, region: region(m) } }]
      };
      const i = index.get(m.ruleId);
      if (i !== void 0)
        result.ruleIndex = i;
      if (m.topic || m.suggestion)
        result.properties = { ...m.topic ? { topic: m.topic } : {}, ...m.suggestion ? { suggestion: m.suggestion } : {} };
      out.push(result);
    }
  }
  const log2 = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mlsd-lint",
            version: packageVersion(),
            informationUri: DEFAULT_DOCS_BASE.replace(/\/blob\/.*$/, ""),
            // Rule texts in the run's language: a Korean run gets no English sentence.
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description[lang] },
              fullDescription: { text: lang === "en" ? `${r.description.en} (${r.description.ko})` : r.description[lang] },
              helpUri: ruleUrl(r.id),
              help: { text: `${r.description[lang]}
${lang === "ko" ? `\uC124\uBA85: ${ruleUrl(r.id)}` : `See ${ruleUrl(r.id)}`}`, markdown: `${r.description[lang]}

[${r.id}](${ruleUrl(r.id)})` },
              defaultConfiguration: { level: r.severity },
              properties: { kind: r.kind }
            }))
          }
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root).href.replace(/\/?$/, "/") } },
        columnKind: "utf16CodeUnits",
        results: out
      }
    ]
  };
  return JSON.stringify(log2, null, 2) + "\n";
}

// out/src/cli/formatters/stylish.js
import { styleText } from "node:util";
function stylish(results, ctx) {
  const lang = ctx.lang ?? "en";
  const label = { error: say("error", lang), warning: say("warning", lang) };
  const paint = (style, s) => ctx.color ? styleText(style, s, { validateStream: false }) : s;
  const out = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    if (r.genre && r.messages.length === 0) {
      out.push(paint("underline", visible(r.filePath)), paint("dim", say("genre", r.lang ?? lang, { genre: genreName(r.genre, r.lang ?? lang) })), "");
      continue;
    }
    if (r.messages.length === 0)
      continue;
    out.push(paint("underline", visible(r.filePath)));
    const rows = r.messages.map((m) => [
      `  ${m.line}:${m.column}`,
      m.severity === 2 ? paint("red", label.error) : paint("yellow", label.warning),
      visible(m.message),
      paint("dim", visible(m.ruleId ?? ""))
    ]);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...r.messages.map((m) => (m.severity === 2 ? label.error : label.warning).length));
    for (const [i, row] of rows.entries()) {
      const sevLen = (r.messages[i].severity === 2 ? label.error : label.warning).length;
      out.push(`${row[0].padEnd(w0)}  ${row[1]}${" ".repeat(w1 - sevLen)}  ${row[2]}  ${row[3]}`);
    }
    out.push("");
  }
  const total = errors + warnings;
  if (total > 0) {
    const line2 = say("problems", lang, {
      total,
      problems: plural(total, "problem"),
      errors,
      errorWord: plural(errors, "error"),
      warnings,
      warningWord: plural(warnings, "warning"),
      files: results.length,
      fileWord: plural(results.length, "file")
    });
    out.push(paint(errors > 0 ? "red" : "yellow", line2));
  } else {
    out.push(say("clean", lang, { files: results.length, fileWord: plural(results.length, "file") }));
  }
  return out.join("\n") + "\n";
}

// out/src/cli/formatters/summary.js
var cell = (s) => s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
var html = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var code = (s) => `\`${s.replace(/`/g, "'")}\``;
function status(e, required, lang) {
  switch (e?.status) {
    case "present":
      return say("present", lang);
    case "empty":
      return say("empty", lang);
    case "waived":
      return `${say("waived", lang)}${e.reason ? `: ${markdownText(e.reason)}` : ""}`;
    default:
      return say(required ? "missing" : "optional", lang);
  }
}
function fileTable(r, book) {
  const cov = r.coverage;
  const lang = r.lang ?? "en";
  const title = (d) => markdownText(d.title[lang] ?? d.title.en);
  const rows = [say("sumTable", lang), "| --- | --- | --- |"];
  const row = (label, e, required) => rows.push(`| ${cell(label)} | ${cell(status(e, required, lang))} | ${e?.line ?? ""} |`);
  if (!book) {
    for (const [id, e] of Object.entries(cov.steps))
      row(`**${markdownText(id)}**`, e, true);
    for (const [id, e] of Object.entries(cov.topics))
      row(`\u21B3 ${markdownText(id)}`, e, true);
    return rows;
  }
  const listed = /* @__PURE__ */ new Set();
  for (const step of book.steps) {
    row(`**${step.order}. ${title(step)}**`, cov.steps[step.id], step.required);
    for (const t of book.topics) {
      if (t.step !== step.id)
        continue;
      listed.add(t.id);
      const e = cov.topics[t.id];
      if (t.required || isCovered(e) || e?.status === "empty")
        row(`\u21B3 ${title(t)}`, e, t.required);
    }
  }
  for (const t of book.topics) {
    const e = cov.topics[t.id];
    if (!listed.has(t.id) && (t.required || isCovered(e)))
      row(`\u21B3 ${title(t)}`, e, t.required);
  }
  return rows;
}
function summary(results, ctx) {
  const lang = ctx.lang ?? "en";
  const out = [say("sumTitle", lang), ""];
  if (results.length === 0)
    return out.concat(say("sumNone", lang), "").join("\n");
  const books = results.map((r) => r.coverage ? ctx.ruleBook?.(r) : void 0);
  out.push(say("sumOverview", lang), "| --- | --- | --- | --- | ---: | ---: |");
  for (const [i, r] of results.entries()) {
    if (!r.coverage) {
      out.push(`| ${cell(code(r.filePath))} | | | | ${r.errorCount} | ${r.warningCount} |`);
      continue;
    }
    const c = coverageTally(r.coverage, books[i]);
    const mark = (n) => `${n.covered === n.total ? "\u2705" : "\u274C"} ${n.covered}/${n.total}`;
    out.push(`| ${cell(code(r.filePath))} | ${markdownText(r.case ?? "")} | ${mark(c.steps)} | ${mark(c.topics)} | ${r.errorCount} | ${r.warningCount} |`);
  }
  out.push("");
  for (const [i, r] of results.entries()) {
    if (!r.coverage) {
      const why = r.messages.find((m) => m.fatal)?.message ?? say("sumNotLinted", lang);
      out.push(`**${markdownText(r.filePath)}**: ${markdownText(why)}`, "");
      continue;
    }
    const c = coverageTally(r.coverage, books[i]);
    out.push(`<details${results.length === 1 ? " open" : ""}><summary><code>${html(r.filePath)}</code>: ${say("sumFile", lang, { steps: c.steps.covered, stepTotal: c.steps.total, topics: c.topics.covered, topicTotal: c.topics.total, case: html(r.case ?? ""), profile: html(r.profile ?? "") })}</summary>`, "", ...fileTable(r, books[i]), "", "</details>", "");
  }
  return out.join("\n");
}

// out/src/cli/formatters/index.js
var FORMATTERS = { stylish, json, sarif, github, junit, summary };

// out/src/cli/outputs.js
import { createWriteStream } from "node:fs";
import { mkdir as mkdir2 } from "node:fs/promises";
import { once } from "node:events";
import { dirname as dirname3, resolve as resolve7 } from "node:path";
function planOutputs(tokens) {
  const outs = [];
  let pending;
  let last;
  for (const t of tokens) {
    if (t.kind !== "option" || t.value === void 0)
      continue;
    if (t.name === "format") {
      last = { format: t.value };
      if (pending !== void 0) {
        last.file = pending;
        pending = void 0;
      }
      outs.push(last);
    } else if (t.name === "output-file") {
      if (last && last.file === void 0 && pending === void 0)
        last.file = t.value;
      else if (pending === void 0)
        pending = t.value;
      else
        throw new Error(`--output-file "${pending}" and "${t.value}" both wait for a --format; give each output file its own --format`);
    }
  }
  if (pending !== void 0) {
    if (outs.length > 0)
      throw new Error(`--output-file "${pending}" has no --format after it to write; put it right after the --format it is for`);
    outs.push({ format: "stylish", file: pending });
  }
  if (outs.length === 0)
    outs.push({ format: "stylish" });
  for (const o of outs) {
    if (!FORMATTERS[o.format])
      throw new Error(`unknown format "${o.format}"; use one of: ${Object.keys(FORMATTERS).join(", ")}`);
  }
  const files = outs.filter((o) => o.file !== void 0).map((o) => resolve7(o.file));
  const dup = files.find((f, i) => files.indexOf(f) !== i);
  if (dup)
    throw new Error(`two formats write to the same file "${dup}"; give each its own --output-file`);
  return outs;
}
async function writeOutputs(outs, results, ctx, opts) {
  const failed = [];
  for (const o of outs) {
    const color = opts.color ?? (opts.isTTY && o.file === void 0);
    const report2 = FORMATTERS[o.format](results, { ...ctx, color });
    const pieces = typeof report2 === "string" ? [report2] : report2;
    if (o.file === void 0) {
      for (const piece of pieces)
        opts.stdout(piece);
      continue;
    }
    try {
      const path = resolve7(ctx.cwd, o.file);
      await mkdir2(dirname3(path), { recursive: true });
      await writePieces(path, pieces);
    } catch (e) {
      failed.push(`cannot write ${o.file} (${e.code ?? e.message})`);
    }
  }
  return failed;
}
async function writePieces(path, pieces) {
  const out = createWriteStream(path);
  const failed = new Promise((_, reject) => out.once("error", reject));
  failed.catch(() => {
  });
  try {
    for (const piece of pieces) {
      if (!out.write(piece))
        await Promise.race([once(out, "drain"), failed]);
    }
    out.end();
    await Promise.race([once(out, "finish"), failed]);
  } finally {
    out.destroy();
  }
}

// out/src/cli/result.js
function toMessage(f) {
  const m = {
    ruleId: f.ruleId,
    severity: f.severity === "error" ? 2 : 1,
    messageId: f.messageId,
    ...f.data ? { data: f.data } : {},
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn
  };
  if (f.topic)
    m.topic = f.topic;
  if (f.suggestion)
    m.suggestion = f.suggestion;
  if (f.related?.length)
    m.related = f.related.map((r) => ({ topic: r.topic, title: r.title }));
  m.url = f.url;
  return m;
}
function fromLint(filePath, r, quiet = false) {
  const messages = r.findings.filter((f) => !quiet || f.severity === "error").map(toMessage);
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: 0,
    case: r.case,
    ...r.caseInferred ? { caseInferred: r.caseInferred } : {},
    profile: r.profile,
    ...r.genre ? { genre: r.genre } : {},
    lang: r.lang,
    coverage: r.coverage
  };
}
function fatal(filePath, message) {
  return {
    filePath,
    messages: [{ ruleId: null, severity: 2, message, line: 1, column: 1, fatal: true }],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 1
  };
}
function crashMessage(why) {
  return `File could not be linted (internal error: ${why}); the other files were linted. Please report this as a bug, with the file.`;
}

// out/src/cli/commands/cases.js
import { parseArgs } from "node:util";
var CASES_USAGE = `Usage: mlsd-lint cases [--format text|json] [--config <path>]

Lists the cases a design doc can name in its front matter (mlsd: case: <id>) or pass to
'mlsd-lint new --case <id>': the id, the English title and the Korean title. The cases of a
team's schemas (the "schemas" of the config that applies here, or of --config) are listed too.
`;
async function casesCommand(argv, io) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { format: { type: "string", short: "f" }, config: { type: "string", short: "c" }, help: { type: "boolean", short: "h" } } }));
  } catch (e) {
    io.stderr(`mlsd-lint cases: ${e.message.split("\n")[0]}
Run 'mlsd-lint cases --help' for usage.
`);
    return 2;
  }
  if (values.help) {
    io.stdout(CASES_USAGE);
    return 0;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    io.stderr(`mlsd-lint cases: unknown format "${format}"; use text or json
`);
    return 2;
  }
  const config = await new ConfigResolver({ cwd: io.cwd, configFile: values.config }).configFor(io.cwd);
  const linter = config?.linter ?? new Linter();
  const cases = linter.cases().map((id) => ({ id, title: linter.set.cases.get(id).title }));
  if (format === "json") {
    io.stdout(`${JSON.stringify(cases, null, 2)}
`);
    return 0;
  }
  const idWidth = Math.max(...cases.map((c) => c.id.length));
  const enWidth = Math.max(...cases.map((c) => c.title.en.length));
  for (const c of cases)
    io.stdout(`${c.id.padEnd(idWidth)}  ${c.title.en.padEnd(enWidth)}  ${c.title.ko}
`);
  return 0;
}

// out/src/cli/commands/new.js
import { mkdir as mkdir3, stat as stat3, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname4, extname, relative as relative4, resolve as resolve8 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
var NEW_USAGE = `Usage: mlsd-lint new [--case <id>] [--lang <en|ko>] [--title <text>] [--force] [--config <path>] <path>

Writes a ready-to-fill design doc: front matter naming the case, every step and topic heading of
the case in order, and under each a TODO line saying what to write there. Missing folders are created.

Options:
      --case <id>      The case (default: the config's case, else generic); 'mlsd-lint cases' lists
                       them, with the cases of the config's team schemas
  -c, --config <path>  Use this config file (default: the one that applies to <path>)
      --lang <en|ko>   Language of the headings and hints (default: en)
      --title <text>   The doc's title (default: the case's title)
      --force          Replace the file if it already exists (without it, an existing file is never touched)
  -h, --help           Show this help

Exit codes: 0 written, 2 usage error, existing file or I/O error.
`;
var LANGS = ["en", "ko"];
function didYouMean(value, options) {
  const best = closest(value, options, Math.max(3, Math.floor(value.length / 4)));
  return best ? ` (did you mean "${best}"?)` : "";
}
function fsReason(e) {
  const code2 = e.code;
  if (code2 === "EACCES" || code2 === "EPERM")
    return "permission denied";
  if (code2 === "ENOTDIR" || code2 === "EEXIST")
    return "a part of the path is a file, not a folder";
  if (code2 === "EROFS")
    return "the file system is read-only";
  if (code2 === "ENOSPC")
    return "no space left on the device";
  return e.message;
}
async function newCommand(argv, io) {
  const usage = (message) => {
    io.stderr(`mlsd-lint new: ${message}
Run 'mlsd-lint new --help' for usage.
`);
    return 2;
  };
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs2({
      args: argv,
      allowPositionals: true,
      options: {
        case: { type: "string" },
        lang: { type: "string" },
        title: { type: "string" },
        force: { type: "boolean" },
        config: { type: "string", short: "c" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (e) {
    return usage(e.message.split("\n")[0].replace(/\. To specify a positional.*$/, ""));
  }
  if (values.help) {
    io.stdout(NEW_USAGE);
    return 0;
  }
  const target = positionals.length === 1 && !/[\\/]$/.test(positionals[0]) ? resolve8(io.cwd, positionals[0]) : void 0;
  const config = await new ConfigResolver({ cwd: io.cwd, configFile: values.config }).configFor(target ? dirname4(target) : io.cwd);
  const linter = config?.linter ?? new Linter();
  const caseId = values.case ?? config?.rc.case ?? DEFAULT_CASE;
  const book = linter.ruleBook(caseId);
  if (!book)
    return usage(`unknown case "${caseId}"${didYouMean(caseId, linter.cases())}; 'mlsd-lint cases' lists them`);
  const lang = values.lang ?? "en";
  if (!LANGS.includes(lang))
    return usage(`--lang takes "en" or "ko", not "${values.lang}"`);
  if (positionals.length === 0)
    return usage(`give the path of the doc to write, e.g. mlsd-lint new --case ${caseId} docs/design.md`);
  if (positionals.length > 1)
    return usage(`give one path, not ${positionals.length} (${positionals.join(", ")})`);
  const path = positionals[0];
  const file = resolve8(io.cwd, path);
  if (/[\\/]$/.test(path))
    return usage(`${path} is a folder path; give the path of a file, e.g. ${trimEnd(path, "\\/")}/design.md`);
  const existing = await stat3(file).catch(() => void 0);
  if (existing?.isDirectory())
    return usage(`${path} is a folder; give the path of a file, e.g. ${trimEnd(path, "/")}/design.md`);
  if (existing && !values.force) {
    io.stderr(`mlsd-lint new: ${path} already exists; it was left unchanged. Pass --force to replace it, or choose another path.
`);
    return 2;
  }
  const text = renderTemplate(book, lang, { title: values.title });
  try {
    await mkdir3(dirname4(file), { recursive: true });
  } catch (e) {
    io.stderr(`mlsd-lint new: cannot create the folder ${relative4(io.cwd, dirname4(file)) || "."} for ${path}: ${fsReason(e)}; choose another path.
`);
    return 2;
  }
  try {
    await writeFile2(file, text, { flag: values.force ? "w" : "wx" });
  } catch (e) {
    if (e.code === "EEXIST" && !values.force) {
      io.stderr(`mlsd-lint new: ${path} already exists; it was left unchanged. Pass --force to replace it, or choose another path.
`);
    } else {
      io.stderr(`mlsd-lint new: cannot write ${path}: ${fsReason(e)}
`);
    }
    return 2;
  }
  if (values.title) {
    const clash = titleConflict(book, values.title);
    if (clash)
      io.stderr(`${say("titleClash", lang, { title: values.title, heading: clash.title[lang], id: clash.id })}
`);
  }
  if (!/^\.(md|markdown)$/i.test(extname(file)))
    io.stderr(`mlsd-lint new: note: ${path} does not end in .md; a folder lint only picks up *.md files.
`);
  const topics = book.topics.length;
  io.stdout(`${say(existing ? "replaced" : "wrote", lang, { path, case: caseId, lang, steps: book.steps.length, topics })}
`);
  return 0;
}

// out/src/cli/commands/index.js
var COMMANDS = /* @__PURE__ */ new Map([
  ["cases", casesCommand],
  ["new", newCommand]
]);

// out/src/cli/config-commands.js
import { readFile, stat as stat4, writeFile as writeFile3 } from "node:fs/promises";
import { isAbsolute as isAbsolute4, join as join2, relative as relative5 } from "node:path";
var INIT_NAME = ".mlsdrc.yaml";
function initText(lang) {
  const include = DEFAULT_INCLUDE.map((g) => `  - "${g}"`).join("\n");
  if (lang === "ko") {
    return `# mlsd-lint \uC124\uC815 (mlsd-lint --init\uC73C\uB85C \uB9CC\uB4E6). \uBAA8\uB4E0 \uD0A4: https://mlsd-lint.dev/schemas/mlsdrc.schema.json
$schema: https://mlsd-lint.dev/schemas/mlsdrc.schema.json

# \uC124\uACC4 \uBB38\uC11C\uC778 \uD30C\uC77C: \uC774 \uD30C\uC77C\uC758 \uD3F4\uB354 \uAE30\uC900 \uAE00\uB86D. \uD3F4\uB354\uB098 \uAE00\uB86D\uC744 \uAC80\uC0AC\uD560 \uB54C(\uB300\uC0C1 \uC5C6\uC774 \uC2E4\uD589\uD560 \uB54C\uB3C4),
# GitHub Action\uACFC \uC5D0\uB514\uD130\uAC00 \uC774 \uD30C\uC77C\uB4E4\uACFC front matter\uC5D0 "mlsd:" \uD0A4\uAC00 \uC788\uB294 Markdown \uD30C\uC77C\uC744 \uAC80\uC0AC\uD569\uB2C8\uB2E4.
# \uBA85\uB839\uC904\uC5D0 \uC774\uB984\uC744 \uC9C1\uC811 \uC900 \uD30C\uC77C\uC740 \uD56D\uC0C1 \uAC80\uC0AC\uD569\uB2C8\uB2E4.
include:
${include}

# front matter\uC5D0 mlsd.case\uAC00 \uC5C6\uB294 \uBB38\uC11C\uC758 \uC0AC\uB840 (mlsd-lint cases\uAC00 \uBAA9\uB85D\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4).
case: ${DEFAULT_CASE}

# recommended(\uAE30\uBCF8\uAC12, CI\uC6A9), interview(\uCC45\uC758 \uC0AC\uB840 \uC7A5), checklist(\uBAA8\uB4E0 \uD558\uC704 \uC8FC\uC81C\uB97C \uAC01\uAC01 \uBCF4\uACE0).
profile: ${DEFAULT_PROFILE}

# \uADDC\uCE59 ID\uBCC4 \uC2EC\uAC01\uB3C4: error, warning(\uB610\uB294 warn), off. \uADDC\uCE59\uC740 docs/rules/\uC5D0 \uC788\uC2B5\uB2C8\uB2E4.
rules:
  placeholder: error

# \uAC80\uC0AC\uD558\uC9C0 \uC54A\uC744 \uD30C\uC77C\uACFC \uD3F4\uB354 (.gitignore \uBB38\uBC95, \uC774 \uD30C\uC77C\uC758 \uD3F4\uB354 \uAE30\uC900).
ignores: []

# \uC77C\uBD80 \uD30C\uC77C\uC5D0\uB9CC \uC801\uC6A9\uD560 \uC124\uC815 (\uB4A4\uC758 \uD56D\uBAA9\uC774 \uC774\uAE41\uB2C8\uB2E4). \uC608:
# overrides:
#   - files: "interviews/**"
#     profile: interview

# \uD300\uC758 \uCCB4\uD06C\uB9AC\uC2A4\uD2B8 \uC2A4\uD0A4\uB9C8 (docs/schema-format.md). \uC608:
# schemas: [checklists/team.schema.json]
`;
  }
  return `# mlsd-lint config (written by mlsd-lint --init). Every key: https://mlsd-lint.dev/schemas/mlsdrc.schema.json
$schema: https://mlsd-lint.dev/schemas/mlsdrc.schema.json

# Which files are design docs: globs relative to this file's folder. Linting a folder or a glob (or running
# with no target), the GitHub Action and the editor lint these, and any Markdown file whose front matter
# has an "mlsd:" key. A file named on the command line is always linted.
include:
${include}

# The case for docs whose front matter sets no mlsd.case ("mlsd-lint cases" lists them).
case: ${DEFAULT_CASE}

# recommended (default, for CI), interview (a book case chapter), checklist (every sub-topic on its own).
profile: ${DEFAULT_PROFILE}

# Severity by rule id: error, warning (or warn), off. The rules are listed under docs/rules/.
rules:
  placeholder: error

# Files and folders not to lint (.gitignore syntax, relative to this file's folder).
ignores: []

# Settings for some files only (later entries win). For example:
# overrides:
#   - files: "interviews/**"
#     profile: interview

# A team's own checklist schema (docs/schema-format.md). For example:
# schemas: [checklists/team.schema.json]
`;
}
async function initConfig(io, lang) {
  for (const name of CONFIG_NAMES) {
    const path = join2(io.cwd, name);
    const text = await readFile(path, "utf8").catch(() => void 0);
    if (text === void 0)
      continue;
    if (name === "package.json" && !/"mlsd"\s*:/.test(text))
      continue;
    io.stderr(`${say(name === INIT_NAME ? "initExists" : "initOther", lang, { path: name })}
`);
    return 2;
  }
  try {
    await writeFile3(join2(io.cwd, INIT_NAME), initText(lang), { flag: "wx" });
  } catch (e) {
    const code2 = e.code;
    if (code2 === "EEXIST")
      io.stderr(`${say("initExists", lang, { path: INIT_NAME })}
`);
    else
      io.stderr(`mlsd-lint: cannot write ${INIT_NAME}: ${code2 ?? e.message}
`);
    return 2;
  }
  io.stdout(`${say("initWrote", lang, { path: INIT_NAME })}
`);
  return 0;
}
async function printConfig(file, io, flags) {
  const configs = new ConfigResolver({ cwd: io.cwd, configFile: flags.configFile, noIgnore: flags.noIgnore });
  const plan = await configs.forFile(file);
  const options = lintOptionsFor(plan, {
    defaults: flags.case ? { case: flags.case } : {},
    overrides: { ...flags.profile ? { profile: flags.profile } : {}, ...flags.lang ? { lang: flags.lang } : {} }
  });
  const exists = await stat4(join2(io.cwd, file)).then((s) => s.isFile(), () => stat4(file).then((s) => s.isFile(), () => false));
  const read = exists ? await readDoc(isAbsolute4(file) ? file : join2(io.cwd, file), DEFAULT_MAX_BYTES) : void 0;
  const shown = (p) => {
    const rel = relative5(io.cwd, p);
    return rel && !rel.startsWith("..") && !isAbsolute4(rel) ? rel : p;
  };
  const settings = { ...options.defaults, ...options.overrides };
  const printed = {
    file,
    configFile: plan.config ? shown(plan.config.path) : null,
    case: settings.case ?? DEFAULT_CASE,
    profile: settings.profile ?? DEFAULT_PROFILE,
    lang: settings.lang ?? null,
    rules: options.rules ?? {},
    include: plan.include,
    designDoc: plan.included || read?.ok === true && declaresMlsd(read.text),
    ignored: plan.ignored,
    schemas: plan.config?.rc.schemas ?? []
  };
  io.stdout(`${JSON.stringify(printed, null, 2)}
`);
  return 0;
}

// out/src/cli/main.js
var USAGE = `Usage: mlsd-lint [options] [files|dirs|globs...]
       mlsd-lint [options] - --stdin-filename <path>
       mlsd-lint --print-config <file> | --init
       mlsd-lint cases [--format json]
       mlsd-lint new [--case <id>] [--lang <en|ko>] [--title <text>] [--force] <path>

Lints ML system-design docs (Markdown) against the seven-step procedure.
In folders and globs (and with no target: the current folder), the design docs are linted: files
matching the config's "include" globs (default: ${DEFAULT_INCLUDE.join(", ")}) and any
Markdown file whose front matter has an "mlsd:" key. A file named explicitly is always linted.
A target starting with ! leaves out what it matches: 'docs/**' '!docs/drafts/**'.

Options:
  -f, --format <name>      Output format: ${Object.keys(FORMATTERS).join(", ")} (default: stylish);
                           repeat for several reports at once
  -o, --output-file <path> Write the report of the --format before it to a file instead of stdout
                           (--format sarif -o x.sarif --format stylish: SARIF to x.sarif, stylish to stdout)
  -c, --config <path>      Use this config file for every doc (default: the nearest .mlsdrc.json,
                           .mlsdrc.yaml or package.json "mlsd" key, searching upward from each doc)
      --fix                Fix what can be fixed safely, in the files themselves: misspelt step and
                           topic headings get their title; then report what is left
      --fix-type <types>   With --fix, the kinds of fixes to apply (comma-separated): headings
                           (default), sections (insert every missing step and topic from the case
                           template, in step order, with TODO lines); nothing else you wrote changes
      --no-ignore          Also lint files that .gitignore or the config's "ignores" skip
      --only-design-docs   Named files too are linted only when they are design docs (for pre-commit
                           and lint-staged, which pass every changed Markdown file)
      --stdin-filename <path> With the target -, the path the doc read from stdin stands for (its
                           config, overrides and name in reports)
      --print-config <file> Print the settings that apply to this file (JSON) and exit
      --init               Write a commented .mlsdrc.yaml here (never over an existing config)
      --cache              Reuse results for unchanged docs and config (stored in ${DEFAULT_CACHE_LOCATION})
      --cache-location <path> Where the cache file is kept (implies --cache)
      --case <id>          Case to check against when the doc does not say (default: generic)
      --profile <id>       Profile: recommended (default) or interview; wins over front matter
      --lang <en|ko>       Language of messages; wins over front matter
      --quiet              Report errors only
      --max-warnings <n>   Exit 1 when there are more than n warnings
      --max-file-size <mb> Refuse files larger than this (default: ${DEFAULT_MAX_BYTES / 1024 / 1024})
      --color / --no-color Force colour on or off (default: on for a terminal)
      --lsp                Start the language server on stdio instead (for Neovim, Helix, Zed, ...;
                           also the mlsd-lint-ls command)
  -h, --help               Show this help
  -v, --version            Show the version

Commands:
  cases                    List the cases (id, English and Korean title)
  new <path>               Write a ready-to-fill design doc for a case; never replaces an
                           existing file without --force (mlsd-lint new --help)
  To lint a folder named "cases" or "new", write ./cases or ./new.

Exit codes: 0 no errors, 1 errors found, 2 usage, I/O or configuration error.
`;
var closed = { stdout: false, stderr: false };
for (const name of ["stdout", "stderr"]) {
  process[name].on("error", (e) => {
    if (e.code !== "EPIPE")
      throw e;
    closed[name] = true;
  });
}
var defaultIo = {
  stdout: (s) => void (closed.stdout || process.stdout.write(s)),
  // Every line names files and quotes text a doc or config controls: shown, never a terminal sequence.
  stderr: (s) => void (closed.stderr || process.stderr.write(visibleLine(s))),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd()
};
var UsageError = class extends Error {
};
var STDIN_NAME = "<stdin>";
async function readStdin(maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += c.length;
    if (size > maxBytes)
      return { ok: false, reason: `is over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit; split the doc, or raise the limit with --max-file-size` };
    chunks.push(c);
  }
  return decode(Buffer.concat(chunks));
}
var SUMMARY_HEADING = "## mlsd-lint: design doc coverage";
function parse(argv) {
  if (argv.at(-1) === "--print-config")
    throw new UsageError("--print-config takes the path of a doc, e.g. mlsd-lint --print-config docs/design.md");
  try {
    return parseArgs3({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: {
        format: { type: "string", short: "f", multiple: true },
        "output-file": { type: "string", short: "o", multiple: true },
        config: { type: "string", short: "c" },
        "no-ignore": { type: "boolean" },
        "only-design-docs": { type: "boolean" },
        "stdin-filename": { type: "string" },
        "print-config": { type: "string" },
        init: { type: "boolean" },
        fix: { type: "boolean" },
        "fix-type": { type: "string", multiple: true },
        cache: { type: "boolean" },
        "cache-location": { type: "string" },
        case: { type: "string" },
        profile: { type: "string" },
        lang: { type: "string" },
        quiet: { type: "boolean" },
        "max-warnings": { type: "string" },
        "max-file-size": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (e) {
    throw new UsageError(e.message.split("\n")[0]);
  }
}
async function main(argv, io = defaultIo) {
  if (process.env.MLSD_STRICT_MESSAGES === "1")
    messageChecks.strict = true;
  try {
    const command = COMMANDS.get(argv[0] ?? "");
    if (command)
      return await command(argv.slice(1), io);
    return await run(argv, io);
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const line2 of e.lines)
        io.stderr(`mlsd-lint: ${line2}
`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`mlsd-lint: ${e.message}
Run 'mlsd-lint --help' for usage.
`);
      return 2;
    }
    io.stderr(`mlsd-lint: internal error: ${e.message}
`);
    if (process.env.MLSD_DEBUG)
      io.stderr(`${e.stack}
`);
    return 2;
  }
}
function fixTypesOf(fix, given) {
  const asked = (given ?? []).flatMap((g) => g.split(",")).map((t) => t.trim()).filter(Boolean);
  if (!fix) {
    if (asked.length > 0)
      throw new UsageError(`--fix-type needs --fix: write mlsd-lint --fix --fix-type ${asked.join(",")}`);
    return void 0;
  }
  for (const t of asked) {
    if (!FIX_TYPES.includes(t))
      throw new UsageError(`unknown --fix-type "${t}"; use headings, sections or both (headings,sections)`);
  }
  return asked.length > 0 ? [...new Set(asked)] : [...DEFAULT_FIX_TYPES];
}
async function run(argv, io) {
  const { values, positionals, tokens } = parse(argv);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${packageVersion()}
`);
    return 0;
  }
  if (values.lang !== void 0 && values.lang !== "en" && values.lang !== "ko")
    throw new UsageError('--lang takes "en" or "ko"');
  if (values.init) {
    if (positionals.length > 0)
      throw new UsageError(`--init writes .mlsdrc.yaml in the current folder and takes no targets (got ${positionals.join(" ")})`);
    return await initConfig(io, values.lang ?? "en");
  }
  if (values["print-config"] !== void 0) {
    if (positionals.length > 0)
      throw new UsageError(`--print-config takes one doc and no targets (got ${positionals.join(" ")})`);
    return await printConfig(values["print-config"], io, { configFile: values.config, noIgnore: values["no-ignore"], case: values.case, profile: values.profile, lang: values.lang });
  }
  let outputs;
  try {
    outputs = planOutputs(tokens);
  } catch (e) {
    throw new UsageError(e.message);
  }
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError("--max-warnings takes a whole number >= 0");
  }
  let maxBytes = DEFAULT_MAX_BYTES;
  if (values["max-file-size"] !== void 0) {
    const mb = Number(values["max-file-size"]);
    if (!(mb > 0))
      throw new UsageError("--max-file-size takes a size in MB > 0");
    maxBytes = Math.round(mb * 1024 * 1024);
  }
  const fixTypes = fixTypesOf(values.fix, values["fix-type"]);
  const linter = new Linter();
  const overrides = {};
  const defaults = {};
  if (values.profile) {
    if (!linter.profiles().includes(values.profile))
      throw new UsageError(`unknown profile "${values.profile}"; use one of: ${linter.profiles().join(", ")}`);
    overrides.profile = values.profile;
  }
  if (values.lang)
    overrides.lang = values.lang;
  if (values.case)
    defaults.case = values.case;
  const stdinName = values["stdin-filename"];
  const fromStdin = positionals.includes("-");
  if (fromStdin && positionals.length > 1)
    throw new UsageError('"-" (stdin) cannot be combined with other targets; lint stdin and files in two runs');
  if (stdinName !== void 0 && !fromStdin)
    throw new UsageError('--stdin-filename names the doc read from stdin; add "-" as the target, e.g. mlsd-lint - --stdin-filename docs/design.md');
  if (stdinName !== void 0 && !stdinName.trim())
    throw new UsageError("--stdin-filename takes a path, e.g. docs/design.md");
  if (fromStdin && fixTypes)
    throw new UsageError("--fix writes the fixed doc back to its file; it cannot fix stdin. Run mlsd-lint --fix on the file");
  const stdinText = fromStdin ? await readStdin(maxBytes) : void 0;
  const given = positionals.filter((p) => !isNegated(p));
  if (positionals.length > 0 && given.length === 0) {
    throw new UsageError(`every target is a negated glob (${positionals.map((p) => `"${p}"`).join(", ")}); give the files, folders or globs to lint before it, e.g. 'docs/**' ${positionals[0]}`);
  }
  const targets = positionals.length > 0 ? positionals : ["."];
  const { files, unmatched, named, unreadable } = fromStdin ? { files: [stdinName ?? STDIN_NAME], unmatched: [], named: /* @__PURE__ */ new Set([stdinName ?? STDIN_NAME]), unreadable: [] } : await expandTargets(targets, io.cwd);
  for (const dir of unreadable)
    io.stderr(`mlsd-lint: ${dir} cannot be read (permission denied); the docs in it are not linted. Fix its permissions, or leave it out of the targets.
`);
  if (unmatched.length > 0)
    throw new UsageError(`no Markdown files match ${unmatched.map((u) => `"${u}"`).join(", ")}`);
  const mustBeDesignDoc = (file) => values["only-design-docs"] || !named.has(file);
  let notDesignDocs = 0;
  const linted = new Set(files.map((f) => resolve9(io.cwd, f)));
  const overADoc = async (path) => {
    const abs = resolve9(io.cwd, path);
    if (linted.has(abs))
      return true;
    if (!MARKDOWN_EXTENSIONS.some((e) => abs.toLowerCase().endsWith(`.${e}`)))
      return false;
    const head = await readHead(abs, 200);
    return head !== void 0 && !head.startsWith(SUMMARY_HEADING);
  };
  for (const o of outputs) {
    if (o.file !== void 0 && await overADoc(o.file))
      throw new UsageError(`--output-file ${o.file} is a Markdown doc; the report would replace it. Write the report to another file.`);
  }
  const cacheAt = values["cache-location"];
  if (cacheAt !== void 0 && (linted.has(resolve9(io.cwd, cacheAt)) || MARKDOWN_EXTENSIONS.some((e) => cacheAt.toLowerCase().endsWith(`.${e}`)))) {
    throw new UsageError(`--cache-location ${cacheAt} is a Markdown file; the cache would replace it. Keep the cache in another file, e.g. ${DEFAULT_CACHE_LOCATION}.`);
  }
  const configs = new ConfigResolver({ cwd: io.cwd, configFile: values.config, noIgnore: values["no-ignore"], warn: (l) => io.stderr(`mlsd-lint: ${l}
`) });
  const cache = values.cache || values["cache-location"] ? await LintCache.open(resolve9(io.cwd, values["cache-location"] ?? DEFAULT_CACHE_LOCATION), values["cache-location"] ?? DEFAULT_CACHE_LOCATION) : void 0;
  const linterOf = /* @__PURE__ */ new Map();
  const results = [];
  const pending = [];
  const toWrite = [];
  const prepare = async (file) => {
    const plan = await configs.forFile(file === STDIN_NAME ? join3(io.cwd, file) : file);
    if (plan.ignored)
      return { file, plan };
    if (values.case && !plan.linter.cases().includes(values.case))
      throw new UsageError(`unknown case "${values.case}"; use one of: ${plan.linter.cases().join(", ")}`);
    const read = stdinText !== void 0 ? stdinText : await readDoc(file, maxBytes);
    if (!read.ok)
      return { file, plan, problem: read.reason };
    if (!plan.included && mustBeDesignDoc(file) && !declaresMlsd(read.text))
      return { file, plan, notDesignDoc: true };
    const options = { ...lintOptionsFor(plan, { defaults, overrides }), fileName: file };
    const key = cache && !fixTypes ? LintCache.key(read.text, plan.fingerprint, options) : void 0;
    const hit = key && cache ? cache.get(file, key) : void 0;
    return { file, plan, text: read.text, options, key, hit };
  };
  const READ_AHEAD = 64;
  async function* toLint() {
    const ahead = [];
    for (let i = 0; i < files.length; i++) {
      while (ahead.length < READ_AHEAD && i + ahead.length < files.length) {
        const p2 = prepare(files[i + ahead.length]);
        p2.catch(() => {
        });
        ahead.push(p2);
      }
      const p = await ahead.shift();
      const { file, plan } = p;
      if (plan.ignored) {
        if (targets.includes(file))
          io.stderr(`mlsd-lint: ${file} is ignored ${plan.ignored}; use --no-ignore to lint it
`);
        continue;
      }
      if ("notDesignDoc" in p) {
        notDesignDocs++;
        continue;
      }
      if ("problem" in p) {
        io.stderr(`mlsd-lint: ${file} ${p.problem}
`);
        results.push(fatal(file, `File ${p.problem}.`));
        continue;
      }
      linterOf.set(file, plan.linter);
      if (p.hit)
        results.push(fromLint(file, p.hit, values.quiet));
      else {
        pending.push({ at: results.push(fatal(file, "not linted")) - 1, file, key: p.key, ...fixTypes ? { fix: { text: p.text, options: p.options, linter: plan.linter } } : {} });
        yield { text: p.text, options: p.options, linter: plan.linter };
      }
    }
  }
  await lintAll(toLint(), files.length, (k, linted2) => {
    const p = pending[k];
    if ("crashed" in linted2) {
      io.stderr(`mlsd-lint: ${p.file} could not be linted (${linted2.crashed})
`);
      results[p.at] = fatal(p.file, crashMessage(linted2.crashed));
      return;
    }
    if (p.key)
      cache.set(p.file, p.key, linted2);
    if (p.fix) {
      const fixed = fixText(p.fix.linter, p.fix.text, p.fix.options, fixTypes, 10, linted2);
      if (fixed.output !== p.fix.text)
        toWrite.push({ file: p.file, text: p.fix.text, output: fixed.output, lang: fixed.result.lang });
      linted2 = fixed.result;
    }
    results[p.at] = fromLint(p.file, linted2, values.quiet);
  });
  let unfixed = false;
  for (const w of toWrite) {
    const raw = await readFile2(w.file).catch(() => void 0);
    const now = raw && decode(raw);
    if (!raw || !now?.ok || now.text !== w.text) {
      io.stderr(`mlsd-lint: ${say("fixChanged", w.lang, { file: w.file })}
`);
      unfixed = true;
      continue;
    }
    try {
      await writeFile4(w.file, encodeLike(raw, w.output));
    } catch (e) {
      io.stderr(`mlsd-lint: ${say("fixUnwritten", w.lang, { file: w.file, why: e.code ?? e.message })}
`);
      unfixed = true;
    }
  }
  const cacheProblem = await cache?.save();
  if (cacheProblem)
    io.stderr(`mlsd-lint: ${cacheProblem}
`);
  if (results.length === 0 && notDesignDocs > 0 && !values["only-design-docs"]) {
    io.stderr(`${say("noDesignDocs", values.lang ?? "en", { count: notDesignDocs, targets: targets.join(" "), include: DEFAULT_INCLUDE.join(", ") })}
`);
    return 2;
  }
  const root = await findRepoRoot(nodeFs, resolve9(io.cwd)) ?? io.cwd;
  const ruleBook = (r) => r.case ? (linterOf.get(r.filePath) ?? linter).ruleBook(r.case) : void 0;
  const color = values["no-color"] ? false : values.color ? true : void 0;
  const lang = runLang(results, values.lang);
  const unwritten = await writeOutputs(outputs, results, { cwd: io.cwd, root, ruleBook, lang }, { color, isTTY: io.isTTY, stdout: io.stdout });
  for (const u of unwritten)
    io.stderr(`mlsd-lint: ${u}
`);
  if (unwritten.length > 0)
    return 2;
  if (unfixed || results.some((r) => r.fatalErrorCount > 0))
    return 2;
  if (results.some((r) => r.errorCount > 0))
    return 1;
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (maxWarnings !== void 0 && warnings > maxWarnings) {
    io.stderr(`mlsd-lint: ${warnings} ${warnings === 1 ? "warning" : "warnings"}, more than --max-warnings ${maxWarnings}
`);
    return 1;
  }
  return 0;
}
export {
  USAGE,
  UsageError,
  main
};
