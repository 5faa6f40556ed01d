/** Command-line targets (files, directories, globs) to a sorted list of Markdown files. */
import { access, constants, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdx'];
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];

export interface Expanded {
  files: string[];
  /** Targets that matched nothing: a usage error. */
  unmatched: string[];
  /** Folders under a folder target that could not be listed (permission denied): their docs are not linted. */
  unreadable: string[];
}

export async function expandTargets(targets: readonly string[], cwd = process.cwd()): Promise<Expanded> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  const unreadable: string[] = [];
  for (const t of targets) {
    let found: string[] = [];
    if (isDynamicPattern(t)) {
      found = await glob(t, { cwd, ignore: DEFAULT_IGNORES, onlyFiles: true, expandDirectories: false });
    } else {
      const st = await stat(t).catch(() => undefined);
      if (st?.isDirectory()) {
        const base = t.replace(/[\\/]+$/, '') || '.';
        const [docs, locked] = await Promise.all([
          glob(`${base}/**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`, { cwd, ignore: DEFAULT_IGNORES, onlyFiles: true, expandDirectories: false }),
          unlistable(base, cwd),
        ]);
        found = docs;
        unreadable.push(...locked);
      } else if (st) {
        found = [t];
      } else {
        // A named file that does not exist is reported by the reader, with its path.
        found = [t];
      }
    }
    if (found.length === 0) unmatched.push(t);
    for (const f of found) files.add(f);
  }
  return { files: await oncePerFile([...files], cwd), unmatched, unreadable: [...new Set(unreadable)].sort() };
}

/**
 * Each real file once: symlinked folders (a link to `..`, a loop) make a glob find one file under several
 * paths, and it was linted two or three times. The shortest path (then the first in order) is kept.
 */
async function oncePerFile(paths: string[], cwd: string): Promise<string[]> {
  const depth = (p: string) => p.split(/[\\/]/).length;
  paths.sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Set<string>();
  const out: string[] = [];
  const BATCH = 256;
  for (let i = 0; i < paths.length; i += BATCH) {
    const batch = paths.slice(i, i + BATCH);
    const reals = await Promise.all(batch.map((p) => realpath(resolve(cwd, p)).catch(() => undefined)));
    batch.forEach((p, k) => {
      const real = reals[k];
      if (real === undefined) out.push(p); // missing: the reader reports it
      else if (!seen.has(real)) {
        seen.add(real);
        out.push(p);
      }
    });
  }
  return out.sort();
}

/**
 * The folders under `base` that cannot be listed: the glob passes over them in silence (a chmod-000 folder's
 * docs were simply not linted). Folders are listed by a second, folders-only walk and each is checked.
 */
async function unlistable(base: string, cwd: string): Promise<string[]> {
  const dirs = await glob(`${base}/**`, { cwd, ignore: DEFAULT_IGNORES, onlyDirectories: true, expandDirectories: false });
  const out: string[] = [];
  const BATCH = 256;
  for (let i = 0; i < dirs.length; i += BATCH) {
    const batch = dirs.slice(i, i + BATCH);
    const ok = await Promise.all(batch.map((d) => access(resolve(cwd, d), constants.R_OK | constants.X_OK).then(() => true, () => false)));
    batch.forEach((d, k) => ok[k] || out.push(d.replace(/[\\/]+$/, '')));
  }
  return out;
}
