// Function commands on the AWS tree: invoke on AWS (result and log tail shown), download code, publish.
import * as vscode from 'vscode';
import { downloadCode, invokeRemote, publishVersion, type ExplorerNode } from '../../remote';
import { withCancellableProgress } from './cancellable';
import { pickEvent } from './event-picker';

export async function invokeOnAws(node: ExplorerNode, output: vscode.LogOutputChannel): Promise<void> {
  if (!node.connection || !node.functionName) return;
  const qualifier = node.alias?.Name ?? (node.version && node.version !== '$LATEST' ? node.version : undefined);
  const target = qualifier ? `${node.functionName}:${qualifier}` : node.functionName;
  const event = await pickEvent(`Invoke ${target} on AWS`);
  if (event === undefined) return;
  const connection = node.connection;
  const result = await withCancellableProgress(`Invoking ${target}`, (signal) => invokeRemote(connection, node.functionName!, event, qualifier, signal));
  output.info(`Invoke ${target} (${connection.label}) → ${result.functionError ? `function error (${result.functionError})` : `status ${result.statusCode}`}, executed version ${result.executedVersion}`);
  for (const line of result.logTail.split('\n').filter(Boolean)) output.info(`  ${line}`);
  output.info(`Result: ${result.payload}`);
  output.show(true);
  const document = await vscode.workspace.openTextDocument({ language: 'json', content: prettyJson(result.payload) });
  await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  if (result.functionError) void vscode.window.showErrorMessage(`${target} failed: ${firstLine(result.payload)}`);
}

export async function downloadFunctionCode(node: ExplorerNode): Promise<void> {
  if (!node.connection || !node.functionName) return;
  const folders = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: `Download ${node.functionName} here` });
  if (!folders?.[0]) return;
  const connection = node.connection;
  const target = vscode.Uri.joinPath(folders[0], node.functionName);
  const files = await withCancellableProgress(`Downloading ${node.functionName}`, (signal) => downloadCode(connection, node.functionName!, target.fsPath, signal));
  void vscode.window.showInformationMessage(`Downloaded ${files.length} files of ${node.functionName} to ${target.fsPath}`);
}

export async function publishFunctionVersion(node: ExplorerNode): Promise<string | undefined> {
  if (!node.connection || !node.functionName) return undefined;
  const description = await vscode.window.showInputBox({ title: `Publish a version of ${node.functionName}`, placeHolder: 'Description (optional)' });
  if (description === undefined) return undefined;
  const version = await publishVersion(node.connection, node.functionName, description || undefined);
  return `Published ${node.functionName} version ${version.Version}`;
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function firstLine(payload: string): string {
  try {
    const error = JSON.parse(payload) as { errorType?: string; errorMessage?: string };
    return `${error.errorType}: ${error.errorMessage}`;
  } catch {
    return payload.split('\n')[0];
  }
}
