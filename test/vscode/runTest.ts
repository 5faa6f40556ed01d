/**
 * The @vscode/test-electron runner, for machines that can download VS Code (these CI machines cannot:
 * they use test/vscode-host/run-tests.js, the code-server harness). Both run the same suite.
 *   npm run test:vscode:electron
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  try {
    await runTests({
      version: '1.96.4',
      // The extension's own folder (scripts/stage-extension.mjs), as the VSIX holds it.
      extensionDevelopmentPath: path.join(root, 'dist', 'vsix'),
      extensionTestsPath: path.join(root, 'out', 'test', 'vscode', 'index.cjs'),
      launchArgs: [path.join(root, 'test', 'vscode', 'workspace'), '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (e) {
    console.error('VS Code extension tests failed:', e);
    process.exit(1);
  }
}

void main();
