/**
 * Whether git ignores a file: the .gitignore files from the repository root down to the file's folder
 * (deeper files win, `!` re-includes) plus .git/info/exclude. Outside a git repository nothing is ignored,
 * as with git itself. Parsing and matching are the `ignore` package's (.gitignore semantics). Files are
 * read through the config resolver's file-system interface (./reading.ts), by its rules.
 */
import ignoreImport, { type Ignore } from 'ignore';
import { exists, MAX_IGNORE_BYTES, readRegularText, type ConfigFs } from './reading.js';

const ignore = (ignoreImport as unknown as { default?: typeof ignoreImport }).default ?? ignoreImport;

interface Source {
  /** The folder the patterns are relative to. */
  base: string;
  /** The file they come from, for messages. */
  file: string;
  ig: Ignore;
}

export class GitIgnore {
  private readonly dirs = new Map<string, Promise<{ sources: Source[]; isRoot: boolean }>>();

  /** `skipped` hears of an ignore file that exists but is not read (not a regular file, too large, unreadable). */
  constructor(
    private readonly fs: ConfigFs,
    private readonly skipped: (file: string, reason: string) => void = () => {},
  ) {}

  /** The ignore file that excludes `absFile`, or undefined when git would not ignore it. */
  async ignoredBy(absFile: string): Promise<string | undefined> {
    const { dirname, relative, sep } = this.fs.path;
    const chain: Source[][] = [];
    let dir = dirname(absFile);
    for (;;) {
      const info = await this.dir(dir);
      chain.unshift(info.sources);
      if (info.isRoot) break;
      const parent = dirname(dir);
      if (parent === dir) return undefined; // not inside a git repository
      dir = parent;
    }
    let by: string | undefined;
    for (const sources of chain) {
      for (const s of sources) {
        const rel = relative(s.base, absFile).split(sep).join('/');
        const r = s.ig.test(rel);
        if (r.ignored) by = s.file;
        else if (r.unignored) by = undefined;
      }
    }
    return by;
  }

  private dir(dir: string): Promise<{ sources: Source[]; isRoot: boolean }> {
    let hit = this.dirs.get(dir);
    if (!hit) {
      const { join } = this.fs.path;
      hit = (async () => {
        const isRoot = await exists(this.fs, join(dir, '.git'));
        const sources: Source[] = [];
        const files = isRoot ? [join(dir, '.git', 'info', 'exclude'), join(dir, '.gitignore')] : [join(dir, '.gitignore')];
        for (const file of files) {
          const read = await readRegularText(this.fs, file, MAX_IGNORE_BYTES, 'for an ignore file');
          if (!read.ok) {
            if (!read.missing && !read.unseen) this.skipped(file, read.reason);
            continue;
          }
          if (read.text.trim()) sources.push({ base: dir, file, ig: ignore().add(read.text) });
        }
        return { sources, isRoot };
      })();
      this.dirs.set(dir, hit);
    }
    return hit;
  }
}

/** The repository root: the nearest folder upward from `dir` that holds `.git`; undefined outside a repository. */
export async function findRepoRoot(fs: ConfigFs, dir: string): Promise<string | undefined> {
  for (;;) {
    if (await exists(fs, fs.path.join(dir, '.git'))) return dir;
    const parent = fs.path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
