// Entry point of dist/server.js: the template language server over stdio (`node dist/server.js --stdio`).
// Wiring only: features live in features/, checks in checks/.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentModels } from './documents';
import { DiagnosticsScheduler } from './features/diagnostics';

const connection = createConnection(ProposedFeatures.all);
// stdout carries the protocol: anything a dependency logs goes to the client's log instead.
console.log = connection.console.log.bind(connection.console);
console.info = connection.console.info.bind(connection.console);
console.warn = connection.console.warn.bind(connection.console);
console.error = connection.console.error.bind(connection.console);

const documents = new TextDocuments(TextDocument);
const models = new DocumentModels();
let workspaceFolders: string[] = [];
const diagnostics = new DiagnosticsScheduler(connection, models, () => workspaceFolders);

connection.onInitialize((params) => {
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolders = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
    },
    serverInfo: { name: 'lambda-workbench' },
  };
});

documents.onDidChangeContent(({ document }) => diagnostics.schedule(document));
documents.onDidClose(({ document }) => {
  models.forget(document.uri);
  diagnostics.clear(document.uri);
});

documents.listen(connection);
connection.listen();
