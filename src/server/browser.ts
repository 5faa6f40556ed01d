/**
 * The language server in a browser web worker (vscode.dev, github.dev, code-server's web worker extension
 * host): the same server (./service.ts) over the worker's message port. Config files, ignores and team
 * schemas are read through the client (`mlsd/readFile`: the editor's workspace file system), and resolved
 * by the core's own config resolver, as on the desktop and the command line. Lints run in this worker
 * (./runner.ts InlineRunner): the editor's thread never runs one.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, TextDocuments } from 'vscode-languageserver/browser.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BrowserConfigHost } from './browser-config.js';
import { InlineRunner } from './runner.js';
import { MlsdServer } from './service.js';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const documents = new TextDocuments(TextDocument);
new MlsdServer(connection, documents, new BrowserConfigHost(connection, new InlineRunner()));
documents.listen(connection);
connection.listen();
