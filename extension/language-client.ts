// Starts dist/server.js over stdio for YAML and JSON documents (the server decides which are templates).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export async function startLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Promise<vscode.Disposable> {
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
  };
  const client = new LanguageClient('lambdaWorkbench', 'Lambda Workbench Templates', serverOptions, clientOptions);
  await client.start();
  return new vscode.Disposable(() => void client.stop());
}
