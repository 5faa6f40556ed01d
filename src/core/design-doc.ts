/**
 * What makes a Markdown file a design doc, for the CLI, the Action and the editor alike: its path matches the
 * config's `include` globs (default: schemas/mlsdrc.schema.json, `properties.include.default`), or its front
 * matter has an `mlsd:` key, wherever it lives. (Files named on the command line are linted regardless.)
 */
import rcSchema from '../../schemas/mlsdrc.schema.json' with { type: 'json' };

/** The `include` globs when a config sets none. */
export const DEFAULT_INCLUDE: readonly string[] = (rcSchema.properties as { include: { default: string[] } }).include.default;

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*$/m;

/** A doc whose front matter has an `mlsd:` key declares itself a design doc. Reads at most the first 64 KB. */
export function declaresMlsd(text: string): boolean {
  const m = FRONT_MATTER.exec(text.slice(0, 64 * 1024));
  return !!m && m.index === 0 && /^mlsd[ \t]*:/m.test(m[1]!);
}
