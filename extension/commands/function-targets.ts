// Turns a command's argument (a Local Functions node, a CodeLens target, or nothing from the palette)
// into the function to act on, asking with a quick pick when the argument does not say.
import * as vscode from 'vscode';
import type { FunctionTarget } from '../debug/launch-arguments';
import type { WorkspaceFunctions } from '../workspace-functions';

export function isFunctionTarget(arg: unknown): arg is FunctionTarget {
  const candidate = arg as Partial<FunctionTarget> | undefined;
  return typeof candidate?.templatePath === 'string' && typeof candidate.fn?.id === 'string';
}

/** The target an argument names: a FunctionTarget itself, or a view node holding one. */
export function targetOf(arg: unknown): FunctionTarget | undefined {
  if (isFunctionTarget(arg)) return arg;
  const node = arg as { target?: unknown } | undefined;
  return isFunctionTarget(node?.target) ? node.target : undefined;
}

/** The saved event a Local Functions event node holds. */
export function savedEventOf(arg: unknown): { name: string; path: string } | undefined {
  const event = (arg as { event?: { name?: unknown; path?: unknown } } | undefined)?.event;
  return typeof event?.path === 'string' && typeof event.name === 'string' ? { name: event.name, path: event.path } : undefined;
}

export async function pickTarget(functions: WorkspaceFunctions, title: string, token?: vscode.CancellationToken): Promise<FunctionTarget | undefined> {
  const targets = await functions.getTargets(token);
  if (targets.length === 0) {
    void vscode.window.showInformationMessage('No Lambda functions found: open a folder with a serverless.yml or a SAM/CloudFormation template.');
    return undefined;
  }
  if (targets.length === 1) return targets[0];
  const picked = await vscode.window.showQuickPick(
    targets.map((target) => ({
      label: `$(symbol-function) ${target.fn.id}`,
      description: `${target.fn.runtime} · ${target.fn.handler}`,
      detail: vscode.workspace.asRelativePath(target.templatePath),
      target,
    })),
    { title, placeHolder: 'Choose a function', matchOnDetail: true },
    token,
  );
  return picked?.target;
}

export async function resolveTarget(arg: unknown, functions: WorkspaceFunctions, title: string): Promise<FunctionTarget | undefined> {
  return targetOf(arg) ?? pickTarget(functions, title);
}
