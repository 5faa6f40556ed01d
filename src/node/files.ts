/** Command-line targets (files, directories, globs) to a sorted list of Markdown files. */
import { access, constants, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { trimEnd } from '../core/search.js';

export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdx'];
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];

export interface Expanded {
  files: string[];
  /** Targets that matched nothing: a usage error. */
  unmatched: string[];
  /** The files named as such (not found in a folder or by a glob): always linted, design doc or not. */
  named: Set<string>;
  /** Folders under a folder target that could not be listed (permission denied): their docs are not linted. */
  unreadable: string[];
}

/**
 * Targets are files, folders (their Markdown files) and globs; a target starting with `!` is a negated glob
 * that leaves out what it matches (relative to cwd), as in markdownlint-cli2: `'docs/**' '!docs/drafts/**'`.
 */
export async function expandTargets(targets: readonly string[], cwd = process.cwd()): Promise<Expanded> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  const unreadable: string[] = [];
  const named = new Set<string>();
  const negated = targets.filter(isNegated).map((t) => t.slice(1).replace(/^\.\//, ''));
  const left = negated.length > 0 ? picomatch(negated, { dot: true }) : undefined;
  const keep = (f: string) => !left || !left(f.replace(/^\.\//, ''));
  for (const t of targets.filter((x) => !isNegated(x))) {
    let found: string[] = [];
    if (isDynamicPattern(t)) {
      found = await glob(t, { cwd, ignore: DEFAULT_IGNORES, onlyFiles: true, expandDirectories: false });
    } else {
      const st = await stat(t).catch(() => undefined);
      if (st?.isDirectory()) {
        const base = trimEnd(t, '\\/') || '.';
        const [docs, locked] = await Promise.all([
          glob(`${base}/**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`, { cwd, ignore: DEFAULT_IGNORES, onlyFiles: true, expandDirectories: false }),
          unlistable(base, cwd),
        ]);
        found = docs;
        unreadable.push(...locked);
      } else if (st) {
        found = [t];
        named.add(t);
      } else {
        // A named file (one that does not exist is reported by the reader, with its path).
        found = [t];
        named.add(t);
      }
    }
    found = found.filter(keep);
    if (found.length === 0) unmatched.push(t);
    for (const f of found) files.add(f);
  }
  return { files: await oncePerFile([...files], cwd), unmatched, named, unreadable: [...new Set(unreadable)].sort() };
}

/** `!docs/drafts/**`: a pattern of files to leave out (a lone `!` is a file name). */
export function isNegated(target: string): boolean {
  return target.length > 1 && target.startsWith('!');
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
    batch.forEach((d, k) => ok[k] || out.push(trimEnd(d, '\\/')));
  }
  return out;
}
