// The `lambda` DebugConfigurationProvider: F5 with no launch.json offers the workspace's functions and an
// event; launch.json's "Add Configuration" and the dynamic list show every function; every configuration
// is checked (trust, attributes) before the adapter starts. It spawns nothing itself.
import * as vscode from 'vscode';
import { pickTarget } from '../commands/function-targets';
import { checkTrust } from '../trust';
import type { WorkspaceFunctions } from '../workspace-functions';
import { buildLaunchConfig, checkLaunchArguments, type EventChoice, type FunctionTarget, type LaunchArguments } from './launch-arguments';

export interface EventSource {
  /** The remembered or default event of a function, if any. */
  getEvent(target: FunctionTarget): EventChoice | undefined;
  /** Asks the user for an event; undefined when cancelled. */
  askEvent(target: FunctionTarget): Promise<EventChoice | undefined>;
}

export class LambdaConfigurationProvider implements vscode.DebugConfigurationProvider {
  constructor(
    private readonly functions: WorkspaceFunctions,
    private readonly events: EventSource,
  ) {}

  async provideDebugConfigurations(folder: vscode.WorkspaceFolder | undefined, token?: vscode.CancellationToken): Promise<vscode.DebugConfiguration[]> {
    const targets = await this.functions.getTargets(token);
    const inFolder = folder ? targets.filter((t) => vscode.workspace.getWorkspaceFolder(vscode.Uri.file(t.templatePath))?.uri.toString() === folder.uri.toString()) : targets;
    return inFolder.map((target) => buildLaunchConfig(target, this.events.getEvent(target) ?? { kind: 'none' }, folder?.uri.fsPath));
  }

  async resolveDebugConfiguration(
    folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
    token?: vscode.CancellationToken,
  ): Promise<vscode.DebugConfiguration | null | undefined> {
    if (!(await checkTrust('Debugging'))) return undefined;
    if (config.type || config.request || config.name) return config;
    // F5 without a launch.json: choose a function and an event.
    const target = await pickTarget(this.functions, 'Debug Lambda Function', token);
    if (!target) return undefined;
    const event = this.events.getEvent(target) ?? (await this.events.askEvent(target));
    return event && buildLaunchConfig(target, event, folder?.uri.fsPath);
  }

  async resolveDebugConfigurationWithSubstitutedVariables(
    _folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): Promise<vscode.DebugConfiguration | null> {
    const problems = checkLaunchArguments(config as LaunchArguments);
    if (problems.length === 0) return config;
    void vscode.window.showErrorMessage(`Cannot start "${config.name}": ${problems.join(' ')}`);
    return null; // null, not undefined: VS Code opens the configuration for fixing
  }
}
