// Workspace Trust: run and debug execute the workspace's code, so they need a trusted workspace; template
// checking works everywhere. Every run/debug entry point asks here first and explains a refusal.
import * as vscode from 'vscode';

export const UNTRUSTED_EXPLANATION =
  'Lambda Workbench runs, debugs and deploys functions only in a trusted workspace, because that runs the code of this folder. Templates are still checked.';

/** True when the workspace is trusted; otherwise explains, offers to manage trust, and returns false. */
export async function checkTrust(action: string): Promise<boolean> {
  if (vscode.workspace.isTrusted) return true;
  const manage = 'Manage Workspace Trust';
  const choice = await vscode.window.showWarningMessage(`${action} is disabled. ${UNTRUSTED_EXPLANATION}`, manage);
  if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
  return false;
}
