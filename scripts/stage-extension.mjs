/**
 * The VS Code extension's own folder, dist/vsix/: what `vsce package` packs and what the extension-host tests
 * load. The root package.json is the npm package's (its `main` is the library, its `files` the CLI); the
 * extension gets a manifest of its own here, with `main` on its bundle, its icon, its Marketplace README
 * (extension/README.md, not the developers' README), the changelog and the licence.
 *
 * Usage: node scripts/stage-extension.mjs [dir]   (build-extension.mjs calls it after bundling)
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const STAGE = 'dist/vsix';

/** Fields of the root package.json that describe the npm package, not the extension. */
const NPM_ONLY = ['bin', 'main', 'browser', 'exports', 'types', 'files', 'scripts', 'dependencies', 'devDependencies', 'type'];

export function stageExtension(dir = STAGE) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const manifest = {};
  for (const [k, v] of Object.entries(pkg)) {
    if (NPM_ONLY.includes(k)) continue;
    manifest[k] = v;
    if (k === 'description') manifest.icon = 'images/icon.png';
  }
  // The desktop client (and its server.cjs) and the web extension (web/extension.js and web/server.js),
  // all written here by build-extension.mjs.
  manifest.main = './extension.cjs';
  manifest.browser = './web/extension.js';
  mkdirSync(join(dir, 'images'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const f of ['package.nls.json', 'package.nls.ko.json', 'LICENSE', 'CHANGELOG.md']) cpSync(f, join(dir, f));
  cpSync('l10n', join(dir, 'l10n'), { recursive: true });
  mkdirSync(join(dir, 'schemas'), { recursive: true });
  cpSync('schemas/mlsdrc.schema.json', join(dir, 'schemas', 'mlsdrc.schema.json'));
  cpSync('extension/README.md', join(dir, 'README.md'));
  cpSync('extension/icon.png', join(dir, 'images', 'icon.png'));
  cpSync('docs/images/problems-panel.png', join(dir, 'images', 'problems-panel.png'));
  // The source map stays out of the VSIX (it is for debugging the development host).
  writeFileSync(join(dir, '.vscodeignore'), '*.map\n**/*.map\n');
  return dir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(`staged the extension in ${stageExtension(process.argv[2])}`);
