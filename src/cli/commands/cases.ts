/** `mlsd-lint cases`: the cases the linter knows, with their English and Korean titles. */
import { parseArgs } from 'node:util';
import { Linter } from '../../core/index.js';
import { ConfigResolver } from '../../node/config.js';
import type { Io } from '../main.js';

export const CASES_USAGE = `Usage: mlsd-lint cases [--format text|json] [--config <path>]

Lists the cases a design doc can name in its front matter (mlsd: case: <id>) or pass to
'mlsd-lint new --case <id>': the id, the English title and the Korean title. The cases of a
team's schemas (the "schemas" of the config that applies here, or of --config) are listed too.
`;

export async function casesCommand(argv: string[], io: Io): Promise<number> {
  let values: { format?: string; help?: boolean; config?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { format: { type: 'string', short: 'f' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    io.stderr(`mlsd-lint cases: ${(e as Error).message.split('\n')[0]}\nRun 'mlsd-lint cases --help' for usage.\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(CASES_USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    io.stderr(`mlsd-lint cases: unknown format "${format}"; use text or json\n`);
    return 2;
  }
  // The config of this folder (as for a doc here) may add a team's cases; a broken one is a ConfigError (exit 2).
  const config = await new ConfigResolver({ cwd: io.cwd, configFile: values.config }).configFor(io.cwd);
  const linter = config?.linter ?? new Linter();
  const cases = linter.cases().map((id) => ({ id, title: linter.set.cases.get(id)!.title }));
  if (format === 'json') {
    io.stdout(`${JSON.stringify(cases, null, 2)}\n`);
    return 0;
  }
  const idWidth = Math.max(...cases.map((c) => c.id.length));
  const enWidth = Math.max(...cases.map((c) => c.title.en.length));
  for (const c of cases) io.stdout(`${c.id.padEnd(idWidth)}  ${c.title.en.padEnd(enWidth)}  ${c.title.ko}\n`);
  return 0;
}
