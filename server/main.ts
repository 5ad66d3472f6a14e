// Entry point of dist/server.js: the template language server over stdio (`node dist/server.js --stdio`).
// Wiring only: features live in features/, checks in checks/.
import { fileURLToPath } from 'node:url';
import { CodeActionKind, createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentModels } from './documents';
import { codeActions } from './features/code-actions';
import { completion } from './features/completion';
import { resolveCompletionItem } from './features/completion-spec';
import { definition } from './features/definition';
import { DiagnosticsScheduler } from './features/diagnostics';
import { documentSymbols } from './features/document-symbols';
import { listFunctions, modelForUri } from './features/functions';
import { hover } from './features/hover';
import { references } from './features/references';
import { prepareRename, rename } from './features/rename';
import { FunctionsRequest } from './protocol';

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
const modelOf = (uri: string) => {
  const document = documents.get(uri);
  return document ? models.get(document) : undefined;
};

let completionOptions = { editRangeDefault: false };
connection.onInitialize((params) => {
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolders = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  completionOptions = { editRangeDefault: params.capabilities.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange') === true };
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [' ', ':', '.', '{', '!', '-'], resolveProvider: true },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'lambda-workbench' },
  };
});

documents.onDidChangeContent(({ document }) => diagnostics.schedule(document));
documents.onDidClose(({ document }) => {
  models.forget(document.uri);
  diagnostics.clear(document.uri);
});

const on = <R>(uri: string, feature: (model: NonNullable<ReturnType<typeof modelOf>>) => R): R | null => {
  const model = modelOf(uri);
  return model ? feature(model) : null;
};
connection.onCompletion((p, token) => {
  const document = documents.get(p.textDocument.uri);
  return document ? completion(models.latest(document), document, p.position, completionOptions, token) : null;
});
connection.onCompletionResolve((item) => resolveCompletionItem(item));
connection.onHover((p, token) => on(p.textDocument.uri, (m) => hover(m, p.textDocument.uri, p.position, token)));
connection.onDefinition((p, token) => on(p.textDocument.uri, (m) => definition(m, p.textDocument.uri, p.position, token)));
connection.onReferences((p, token) => on(p.textDocument.uri, (m) => references(m, p.textDocument.uri, p.position, p.context.includeDeclaration, token)));
connection.onPrepareRename((p, token) => on(p.textDocument.uri, (m) => prepareRename(m, p.position, token)));
connection.onRenameRequest((p, token) => on(p.textDocument.uri, (m) => rename(m, p.textDocument.uri, p.position, p.newName, token)));
connection.onDocumentSymbol((p, token) => on(p.textDocument.uri, (m) => documentSymbols(m, token)));
connection.onCodeAction((p, token) => on(p.textDocument.uri, (m) => codeActions(m, p, token)));
connection.onRequest(FunctionsRequest.type, (p, token) => {
  const model = modelForUri(p.uri, documents.get(p.uri), models);
  return model ? listFunctions(model, p.uri, token) : { dialect: 'unknown' as const, functions: [] };
});

documents.listen(connection);
connection.listen();
