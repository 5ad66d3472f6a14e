// activate(): creates the log and starts each part of the extension; no feature logic here.
import * as vscode from 'vscode';
import { startLanguageClient } from './language-client';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Lambda Workbench', { log: true });
  context.subscriptions.push(log);
  try {
    context.subscriptions.push(await startLanguageClient(context, log));
  } catch (error) {
    // VS Code does not show activation failures: say it ourselves.
    log.error(error instanceof Error ? error : String(error));
    void vscode.window.showErrorMessage(`Lambda Workbench failed to start: ${String(error)}`);
  }
}

export function deactivate(): void {}
