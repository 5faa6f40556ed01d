/**
 * The extension in Restricted Mode, end to end: the harness opens test/vscode/untrusted/workspace with
 * workspace trust on and the folder not trusted, and a user-level `mlsd.schemas` naming a schema file
 * inside that folder (test/vscode/untrusted/user-settings.json). VS Code ignores a workspace's own
 * `mlsd.schemas` there (restrictedConfigurations), but a user-level value resolved into the untrusted folder
 * and its file was read and compiled by Ajv. It must not be read at all.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXT_ID = 'mlsd-lint.mlsd-lint';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mlsd-lint');
const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

suite('mlsd-lint extension in an untrusted workspace', function () {
  this.timeout(30000);

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `${EXT_ID} is not installed in this VS Code`);
    await ext.activate();
  });

  test('the harness really runs untrusted, with the user-level mlsd.schemas set', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const inspected = vscode.workspace.getConfiguration('mlsd').inspect<string[]>('schemas');
    assert.deepEqual(inspected?.globalValue, ['team/team.schema.json']);
  });

  test('a user-level mlsd.schemas inside the untrusted folder is not read: its case stays unknown', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'design', 'acme.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    let found: vscode.Diagnostic[] = [];
    for (let i = 0; i < 200 && found.length === 0; i++) {
      await sleep(50);
      found = ours(uri);
    }
    const rules = found.map(ruleOf);
    assert.ok(rules.length > 0, 'the doc is linted');
    assert.ok(rules.includes('unknown-case'), `the team schema was read: its case "acme" is known (${rules.join(', ')})`);
    assert.ok(!found.some((d) => /Privacy review/.test(d.message)), 'the team schema was read: its topic is asked for');
  });
});
