/** Command-line targets (files, directories, globs) to a sorted list of Markdown files. */
import { stat } from 'node:fs/promises';
import { glob, isDynamicPattern } from 'tinyglobby';

export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdx'];
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];

export interface Expanded {
  files: string[];
  /** Targets that matched nothing: a usage error. */
  unmatched: string[];
}

export async function expandTargets(targets: readonly string[], cwd = process.cwd()): Promise<Expanded> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const t of targets) {
    let found: string[] = [];
    if (isDynamicPattern(t)) {
      found = await glob(t, { cwd, ignore: DEFAULT_IGNORES, onlyFiles: true, expandDirectories: false });
    } else {
      const st = await stat(t).catch(() => undefined);
      if (st?.isDirectory()) {
        const base = t.replace(/[\\/]+$/, '') || '.';
        found = await glob(`${base}/**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`, { cwd, ignore: DEFAULT_IGNORES, onlyFiles: true, expandDirectories: false });
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
  return { files: [...files].sort(), unmatched };
}
