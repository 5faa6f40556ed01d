/**
 * A clean checkout of this project, as a clone gives it: the files git tracks (and new ones it does not
 * ignore), as they are in the working tree, in a temporary folder, with no node_modules, no out/, no dist/.
 * `commit: true` makes it a git repository with one commit (for tools that clone a repo, like pre-commit).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './tmp.js';

const ROOT = process.cwd();

function git(args: string[], cwd: string): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

export function cleanCopy(opts: { commit?: boolean } = {}): { dir: string; rev?: string } {
  const dir = join(tempDir('mlsd-clone-'), 'mlsd-lint');
  const files = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).split('\0').filter(Boolean);
  for (const f of files) {
    const from = join(ROOT, f);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    const st = lstatSync(from);
    if (st.isSymbolicLink()) symlinkSync(readlinkSync(from), join(dir, f));
    else if (st.isFile()) copyFileSync(from, join(dir, f));
  }
  if (!opts.commit) return { dir };
  const env = ['-c', 'user.name=mlsd-lint tests', '-c', 'user.email=tests@mlsd-lint.invalid', '-c', 'commit.gpgsign=false'];
  git(['init', '-q', '-b', 'main'], dir);
  git(['add', '-A'], dir);
  git([...env, 'commit', '-q', '-m', 'snapshot of the working tree'], dir);
  return { dir, rev: git(['rev-parse', 'HEAD'], dir).trim() };
}
