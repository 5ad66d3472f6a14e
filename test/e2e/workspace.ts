// Helpers for end-to-end tests: the opened example workspace, editing documents, waiting for events.
import * as vscode from 'vscode';

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, relativePath);
}

export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension('lambda-workbench.lambda-workbench');
  if (!extension) throw new Error('Lambda Workbench is not loaded in this VS Code');
  await extension.activate();
}

/** Resolves with the document's diagnostics from our server once `accept` is satisfied by them. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const ours = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'lambda-workbench');
  return new Promise((resolve) => {
    if (accept(ours())) return resolve(ours());
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const current = ours();
      if (accept(current)) {
        listener.dispose();
        resolve(current);
      }
    });
  });
}

/** Replaces the whole text of an open editor's document (unsaved, as a user typing would). */
export async function replaceText(editor: vscode.TextEditor, text: string): Promise<void> {
  const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
  const ok = await editor.edit((edit) => edit.replace(whole, text));
  if (!ok) throw new Error(`could not edit ${editor.document.uri.fsPath}`);
}
