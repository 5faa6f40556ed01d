/** The extension's manifest and its translations: every UI string has a Korean translation. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const json = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;

describe('VS Code extension manifest and l10n', () => {
  const pkg = json('package.json');
  const en = json('package.nls.json') as Record<string, string>;
  const ko = json('package.nls.ko.json') as Record<string, string>;

  it('every %key% of package.json has English and Korean text, and no translation is orphaned', () => {
    const keys = new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    assert.ok(keys.size > 10);
    for (const k of keys) {
      assert.ok(en[k]?.trim(), `package.nls.json lacks ${k}`);
      assert.ok(ko[k]?.trim(), `package.nls.ko.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
    for (const k of Object.keys(en)) assert.ok(keys.has(k), `package.nls.json has unused ${k}`);
  });

  it('every runtime string (vscode.l10n.t, and the server\'s l10n.t / l10n.in) has a Korean translation with the same {n} slots', () => {
    const bundle = json('l10n/bundle.l10n.ko.json') as Record<string, string>;
    const used = new Set<string>();
    // the extension (vscode.l10n.t) and the language server (l10n.t in the UI language, l10n.in(lang, ...) in a doc's)
    for (const f of [...readdirSync('src/vscode').map((n) => `src/vscode/${n}`), ...readdirSync('src/server').map((n) => `src/server/${n}`)]) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/l10n\.(?:t|in)\(\s*(?:\w+,\s*)?'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]!.replace(/\\'/g, "'"));
      assert.ok(!/l10n\.t\(\s*[`"]/.test(src), `${f}: use single-quoted literals in l10n.t so they can be checked`);
    }
    assert.ok(used.size > 10);
    const slots = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    for (const s of used) {
      assert.ok(bundle[s]?.trim(), `l10n/bundle.l10n.ko.json lacks "${s}"`);
      assert.deepEqual(slots(bundle[s]!), slots(s), `slots of "${s}"`);
    }
    for (const k of Object.keys(bundle)) assert.ok(used.has(k), `bundle has unused "${k}"`);
  });

  it('loads in VS Code 1.96 (code-server 4.96): engines, @types/vscode, entry point, activation', () => {
    assert.equal((pkg.engines as Record<string, string>).vscode, '^1.96.0');
    assert.match((pkg.devDependencies as Record<string, string>)['@types/vscode']!, /^~1\.96\./);
    // The extension's own manifest (scripts/stage-extension.mjs): its entry is the extension's bundle, while the
    // root package.json's main is the npm library's.
    const stage = mkdtempSync(join(tmpdir(), 'mlsd-stage-'));
    execFileSync(process.execPath, ['scripts/stage-extension.mjs', stage]);
    const manifest = JSON.parse(readFileSync(join(stage, 'package.json'), 'utf8')) as Record<string, unknown>;
    rmSync(stage, { recursive: true, force: true });
    assert.equal(manifest.main, './extension.cjs');
    assert.match(readFileSync('scripts/build-extension.mjs', 'utf8'), /outfile: `\$\{STAGE\}\/extension\.cjs`/, 'the bundle is written where the manifest points');
    assert.deepEqual(manifest.engines, pkg.engines);
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown']);
    assert.equal(pkg.main, './bundle/index.js');
    assert.equal((pkg.exports as Record<string, { default: string }>)['.'].default, './bundle/index.js', 'the library entry stays usable');
  });
});
