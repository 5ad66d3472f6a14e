// Starts dist/server.js over stdio for YAML and JSON documents (the server decides which are templates),
// answers its `workspace/configuration` pulls with typed ServerSettings, and asks it for function lists.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { FunctionsRequest, type FunctionsResult } from '../server/protocol';
import { readSettings, SECTION, toServerSettings } from './settings';

/** The server requests the extension uses; the rest of the extension never sees the LanguageClient. */
export interface TemplateServer extends vscode.Disposable {
  fetchFunctions(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<FunctionsResult>;
}

export async function startLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Promise<TemplateServer> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--inspect=127.0.0.1:6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
    ],
    outputChannel: log,
    middleware: {
      workspace: {
        // The server pulls `lambdaWorkbench` per document; it gets the typed settings, never raw keys.
        configuration: (params, token, next) => {
          if (!params.items.some((item) => item.section === SECTION)) return next(params, token);
          return params.items.map((item) => {
            if (item.section !== SECTION) return null;
            const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
            return toServerSettings(readSettings(vscode.workspace.getConfiguration(SECTION, scope)));
          });
        },
      },
    },
  };
  const client = new LanguageClient('lambdaWorkbench', 'Lambda Workbench Templates', serverOptions, clientOptions);
  await client.start();
  return {
    async fetchFunctions(uri, token) {
      // Opening the template (no editor shown) syncs it to the server, so every template of the workspace is
      // checked and its problems listed, and the list reflects unsaved edits.
      await vscode.workspace.openTextDocument(uri);
      return client.sendRequest(FunctionsRequest.type, { uri: uri.toString() }, token);
    },
    dispose: () => void client.stop().catch((error: unknown) => log.error('Stopping the language server failed', error)),
  };
}
