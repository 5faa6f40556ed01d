/**
 * `--cache`: lint results kept on disk, keyed by a hash of the file's content, the resolved config
 * (settings, rule severities, extra schema files), the options, the package version and the built-in
 * schemas, profiles and rules. A re-run on unchanged docs skips parsing altogether.
 * A cache file that is missing, unreadable or of another format is started afresh, never an error.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { packageVersion } from './version.js';
import { allRules, BUILTIN_PROFILES, BUILTIN_SCHEMAS, type LintResult } from '../core/index.js';

export const DEFAULT_CACHE_LOCATION = '.mlsd-cache.json';
const FORMAT = 1;

interface CacheFile {
  format: number;
  entries: Record<string, { key: string; result: LintResult }>;
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
  ) {}

  static async open(location: string): Promise<LintCache> {
    const path = resolve(location);
    let data: CacheFile = { format: FORMAT, entries: {} };
    try {
      const parsed = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
      if (parsed && parsed.format === FORMAT && parsed.entries && typeof parsed.entries === 'object') data = parsed;
    } catch {
      // Missing or corrupt: start afresh.
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
    const e = this.data.entries[resolve(file)];
    if (e && e.key === key) {
      this.hits++;
      return e.result;
    }
    this.misses++;
    return undefined;
  }

  set(file: string, key: string, result: LintResult): void {
    this.data.entries[resolve(file)] = { key, result };
    this.dirty = true;
  }

  /** Writes the cache (atomically) if anything changed. Returns an error message instead of throwing. */
  async save(): Promise<string | undefined> {
    if (!this.dirty) return undefined;
    const tmp = `${this.location}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.location), { recursive: true });
      await writeFile(tmp, JSON.stringify(this.data));
      await rename(tmp, this.location);
      this.dirty = false;
      return undefined;
    } catch (e) {
      return `cannot write the cache ${this.location} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); results were not cached`;
    }
  }
}
