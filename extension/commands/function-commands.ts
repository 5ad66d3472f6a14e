// Commands on a function: run or debug it (with its chosen event, or one from a saved-event node), go to
// its declaration, refresh the list, show the log.
import * as vscode from 'vscode';
import { buildLaunchConfig, type EventChoice, type FunctionTarget, type LaunchArguments } from '../debug/launch-arguments';
import { pickEvent } from '../events/event-choices';
import { loadEvent } from '../events/load-event';
import { registerCommand } from '../log';
import { checkTrust } from '../trust';
import type { WorkspaceFunctions } from '../workspace-functions';
import type { EventFlows } from './event-commands';
import { resolveTarget, savedEventOf, targetOf } from './function-targets';
import { runLocally, type RunDependencies } from './run-locally';

export async function debugFunction(target: FunctionTarget, event: EventChoice): Promise<void> {
  if (!(await checkTrust('Debugging'))) return;
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(target.templatePath));
  await vscode.debug.startDebugging(folder, buildLaunchConfig(target, event, folder?.uri.fsPath));
}

/** The event a saved-event node names, for "Run/Debug with This Event". */
export function eventOfNode(arg: unknown): EventChoice | undefined {
  const saved = savedEventOf(arg);
  return saved && { kind: 'file', path: saved.path, name: saved.name };
}

export function registerFunctionCommands(functions: WorkspaceFunctions, flows: EventFlows, run: RunDependencies): vscode.Disposable[] {
  const { log } = run;
  return [
    registerCommand(log, 'lambdaWorkbench.runLocally', async (arg) => {
      const target = await resolveTarget(arg, functions, 'Run Lambda Function Locally');
      const event = target && (await flows.eventFor(target));
      if (target && event) await runLocally(target, event, run);
    }),
    registerCommand(log, 'lambdaWorkbench.runWithEvent', async (arg) => {
      const target = targetOf(arg);
      const event = eventOfNode(arg);
      if (target && event) await runLocally(target, event, run);
    }),
    registerCommand(log, 'lambdaWorkbench.debugFunction', async (arg) => {
      const target = await resolveTarget(arg, functions, 'Debug Lambda Function');
      const event = target && (await flows.eventFor(target));
      if (target && event) await debugFunction(target, event);
    }),
    registerCommand(log, 'lambdaWorkbench.debugWithEvent', async (arg) => {
      const target = targetOf(arg);
      const event = eventOfNode(arg);
      if (target && event) await debugFunction(target, event);
    }),
    registerCommand(log, 'lambdaWorkbench.invokeAgain', async () => {
      const session = vscode.debug.activeDebugSession;
      if (session?.type !== 'lambda') return;
      // The warm environment is invoked again (adapter's `invokeAgain`): with another event of the function, or the launch event.
      const { template, function: id } = session.configuration as LaunchArguments;
      const target = template && id ? await functions.findTarget(template, id) : undefined;
      const choice = target ? await pickEvent(target, undefined, flows) : undefined;
      if (target && !choice) return;
      await session.customRequest('invokeAgain', choice ? { event: await loadEvent(choice) } : {});
    }),
    registerCommand(log, 'lambdaWorkbench.revealFunction', async (arg) => {
      const target = targetOf(arg);
      if (!target) return;
      const { start } = target.fn.range;
      const position = new vscode.Position(start.line, start.character);
      await vscode.window.showTextDocument(vscode.Uri.file(target.templatePath), { selection: new vscode.Range(position, position), preview: true });
    }),
    registerCommand(log, 'lambdaWorkbench.refreshFunctions', () => functions.refresh()),
    registerCommand(log, 'lambdaWorkbench.showLog', () => log.show()),
  ];
}
