/**
 * `--cache`: lint results kept on disk, keyed by a hash of the file's content, the resolved config
 * (settings, rule severities, extra schema files), the options, the package version and the built-in
 * schemas, profiles and rules. A re-run on unchanged docs skips parsing altogether.
 * A cache file that is missing, damaged or of another format is started afresh, never an error. A file that
 * is not a cache at all (another JSON or text file, a FIFO, a device) is neither read nor replaced: the run
 * says so and caches nothing. Temporary files left by a run that was killed while saving are removed.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_CACHE_BYTES, readRegularText } from './read.js';
import { packageVersion } from './version.js';
import { allRules, BUILTIN_PROFILES, BUILTIN_SCHEMAS, type LintResult } from '../core/index.js';

export const DEFAULT_CACHE_LOCATION = '.mlsd-cache.json';
const FORMAT = 2;

interface CacheEntry {
  key: string;
  /** sha256 of the key and the result's JSON: an entry edited, truncated or emptied by hand does not match. */
  sum: string;
  result: LintResult;
}

interface CacheFile {
  format: number;
  entries: Record<string, CacheEntry>;
}

function checksum(key: string, result: unknown): string {
  return createHash('sha256').update(key).update('\0').update(JSON.stringify(result)).digest('hex');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Whether a cached result has the shape of a LintResult, with counts that agree with its findings. */
function wellFormed(r: unknown): r is LintResult {
  if (!isObject(r) || !Array.isArray(r.findings) || !isObject(r.coverage) || !isObject(r.coverage.steps) || !isObject(r.coverage.topics)) return false;
  if (typeof r.case !== 'string' || typeof r.profile !== 'string' || (r.lang !== 'en' && r.lang !== 'ko')) return false;
  let errors = 0;
  let warnings = 0;
  for (const f of r.findings as unknown[]) {
    if (!isObject(f) || typeof f.ruleId !== 'string' || typeof f.message !== 'string') return false;
    if (![f.line, f.column, f.endLine, f.endColumn].every((n) => Number.isInteger(n) && (n as number) >= 1)) return false;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else return false;
  }
  return isCount(r.errorCount) && isCount(r.warningCount) && r.errorCount === errors && r.warningCount === warnings;
}

let salt: string | undefined;

/** What every key depends on besides the file and its config: our version and rule book. */
function toolSalt(): string {
  salt ??= createHash('sha256')
    .update(packageVersion())
    .update(JSON.stringify(BUILTIN_SCHEMAS))
    .update(JSON.stringify(BUILTIN_PROFILES))
    .update(JSON.stringify(allRules()))
    .digest('hex');
  return salt;
}

export class LintCache {
  hits = 0;
  misses = 0;
  private dirty = false;

  private constructor(
    readonly location: string,
    private readonly data: CacheFile,
    /** Why the file at `location` is not ours to read or replace: the cache is off for this run. */
    private readonly refused?: string,
  ) {}

  /** `shown`: the location as the user gave it, for messages. */
  static async open(location: string, shown = location): Promise<LintCache> {
    const path = resolve(location);
    let data: CacheFile = { format: FORMAT, entries: {} };
    const read = await readRegularText(path, MAX_CACHE_BYTES, 'for a cache');
    if (!read.ok) {
      // Missing: start afresh. Too large, unreadable or not a regular file: leave it alone.
      return new LintCache(path, data, read.missing ? undefined : `the cache ${shown} ${read.reason}; results were not cached. Choose another --cache-location, or delete it`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(read.text);
    } catch {
      // A cache cut short (as we write it, it starts with its format) is ours to start afresh; other text is not.
      if (read.text.trim() !== '' && !read.text.startsWith('{"format":')) {
        return new LintCache(path, data, `${shown} is not an mlsd-lint cache; it was not replaced and results were not cached. Choose another --cache-location, or delete the file`);
      }
    }
    if (parsed !== undefined) {
      if (!isObject(parsed) || typeof parsed.format !== 'number' || !isObject(parsed.entries)) {
        return new LintCache(path, data, `${shown} is not an mlsd-lint cache; it was not replaced and results were not cached. Choose another --cache-location, or delete the file`);
      }
      // Ours, of this format or another (replaced as a whole).
      if (parsed.format === FORMAT) data = { format: FORMAT, entries: Object.assign(Object.create(null), parsed.entries) as CacheFile['entries'] };
    }
    return new LintCache(path, data);
  }

  /** The key of one file's result: content + config fingerprint + lint options + tool. */
  static key(text: string, configFingerprint: string, options: unknown): string {
    return createHash('sha256')
      .update(toolSalt())
      .update('\0')
      .update(configFingerprint)
      .update('\0')
      .update(JSON.stringify(options))
      .update('\0')
      .update(text)
      .digest('hex');
  }

  get(file: string, key: string): LintResult | undefined {
    const e: unknown = Object.hasOwn(this.data.entries, resolve(file)) ? this.data.entries[resolve(file)] : undefined;
    // A damaged entry (wrong shape, or a result that does not match its checksum) is a miss: the file is
    // linted again and the entry rewritten. A cache never hides findings.
    if (isObject(e) && e.key === key && typeof e.sum === 'string' && wellFormed(e.result) && e.sum === checksum(key, e.result)) {
      this.hits++;
      return e.result;
    }
    this.misses++;
    return undefined;
  }

  set(file: string, key: string, result: LintResult): void {
    this.data.entries[resolve(file)] = { key, sum: checksum(key, result), result };
    this.dirty = true;
  }

  /** Writes the cache (atomically) if anything changed. Returns an error message instead of throwing. */
  async save(): Promise<string | undefined> {
    if (this.refused) return this.refused;
    if (!this.dirty) return undefined;
    const tmp = `${this.location}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.location), { recursive: true });
      await removeStaleTemps(this.location);
      await writeFile(tmp, JSON.stringify(this.data));
      await rename(tmp, this.location);
      this.dirty = false;
      return undefined;
    } catch (e) {
      return `cannot write the cache ${this.location} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); results were not cached`;
    }
  }
}

/**
 * Temporary files of earlier saves whose process is gone (killed while writing: a kill -9 left a cache-sized
 * `.tmp` behind for good). Only `<cache name>.<pid>.tmp` regular files next to the cache are touched.
 */
async function removeStaleTemps(location: string): Promise<void> {
  const dir = dirname(location);
  const prefix = `${basename(location)}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = /^(\d{1,10})\.tmp$/.exec(name.slice(prefix.length))?.[1];
    if (pid === undefined || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    const path = join(dir, name);
    const st = await lstat(path).catch(() => undefined);
    if (st?.isFile()) await unlink(path).catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
