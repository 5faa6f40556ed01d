/** Temporary git workspaces with design docs, for the CLI tests of formats, config, cache and the action. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './tmp.js';

/** The bundled example without its front matter: it covers every step and topic. */
const BODY = readFileSync(join(process.cwd(), 'examples', 'visual-search.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
/**
 * Front matter that only says "this is a design doc" (an empty `mlsd:` key): a folder or glob lints the doc
 * wherever it lives, and it sets nothing, so a config's settings apply.
 */
export const DESIGN_DOC = '---\nmlsd: {}\n---\n';
/**
 * A doc that covers every step and topic: the bundled example, a design doc by its front matter, which sets
 * nothing (so a config's settings apply; its title names visual search, so it is linted as that case).
 */
export const COMPLETE = `${DESIGN_DOC}${BODY}`;
/** Front matter of a doc still being drafted: its placeholders are warnings (the default is error). */
export const DRAFTING = '---\nmlsd:\n  rules:\n    placeholder: warning\n---\n';
/** A doc with many errors (missing steps and topics) and one placeholder warning whose text has a `%`. */
export const GAPS = `${DRAFTING}# Notes\n\n## Requirements\n\nTODO: raise conversion by 50%\n`;
/** The complete doc plus one placeholder at its default severity (error), for tests whose config sets it. */
export const UNFINISHED = `${COMPLETE}\nTBD: the rollout plan, 100% of traffic\n`;
/** The complete doc plus one placeholder: a warning and no error. */
export const WARN_ONLY = `${DRAFTING}${BODY}\nTBD: the rollout plan, 100% of traffic\n`;

/** Makes a temporary folder (a git repository unless `git: false`) holding the given files. */
export function workspace(files: Record<string, string | Buffer>, opts: { git?: boolean } = {}): string {
  const dir = tempDir('mlsd-ws-');
  if (opts.git !== false) mkdirSync(join(dir, '.git'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}
