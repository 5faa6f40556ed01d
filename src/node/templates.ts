/**
 * `npm run templates`: writes templates/<lang>/<case-id>.md for every bundled case from the schemas, so the
 * committed templates are always what `mlsd-lint new` would write. `--check` only reports drift (exit 1).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from '../core/lint.js';
import { renderTemplate } from '../core/template.js';
import type { Lang } from '../core/types.js';

export const TEMPLATE_LANGS: readonly Lang[] = ['en', 'ko'];

/** Every bundled template: its path relative to the project root and its text. */
export function bundledTemplates(linter = new Linter()): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  for (const id of linter.cases()) {
    const book = linter.ruleBook(id)!;
    for (const lang of TEMPLATE_LANGS) out.push({ path: join('templates', lang, `${id}.md`), text: renderTemplate(book, lang) });
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const check = argv.includes('--check');
  const stale: string[] = [];
  for (const { path, text } of bundledTemplates()) {
    const file = join(root, path);
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (current === text) continue;
    stale.push(path);
    if (!check) {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    }
  }
  if (check) {
    if (stale.length > 0) process.stderr.write(`templates out of date: ${stale.join(', ')}\nRun 'npm run templates' to rewrite them.\n`);
    return stale.length > 0 ? 1 : 0;
  }
  process.stdout.write(stale.length > 0 ? `wrote ${stale.join(', ')}\n` : 'templates are up to date\n');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: Error) => {
      process.stderr.write(`templates: ${e.message}\n`);
      process.exit(2);
    },
  );
}
