/**
 * An esbuild plugin that patches one file of a dependency as the bundles load it: replaces every match of
 * `pattern` with `replacement` (and appends `append`), and fails the build unless the file holds exactly
 * `count` matches, so an update of the package never leaves a patch silently unapplied or applied to code
 * it was not written for. compile-context.mjs and constructs-once.mjs say what each patch is and why.
 */
import { readFile } from 'node:fs/promises';

/**
 * @param {{ name: string, script: string, file: RegExp, pattern: RegExp, count: number, replacement: string,
 *   append?: string, what: string, pkg: string }} p `what` names the code replaced ("per-event context
 *   copies"), `pkg` the package, `script` this patch's file, for the build's error.
 */
export function sourcePatch({ name, script, file, pattern, count, replacement, append = '', what, pkg }) {
  return {
    name,
    setup(build) {
      build.onLoad({ filter: file }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const found = source.match(pattern)?.length ?? 0;
        if (found !== count) {
          return {
            errors: [
              {
                text: `scripts/${script}: expected ${count} ${what} in ${args.path}, found ${found}; ${pkg} changed: check the patch still holds, then update or remove it`,
              },
            ],
          };
        }
        return { contents: source.replace(pattern, replacement) + append, loader: 'js' };
      });
    },
  };
}
