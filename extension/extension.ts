// activate(): creates the log and starts each part of the extension; no feature logic here.
// Everything registered goes into context.subscriptions the moment it is created.
import * as vscode from 'vscode';
import { generateSampleEvent, listSampleEvents } from '../events';
import type { AwsExplorerProvider } from './aws/explorer-provider';
import { registerAwsExplorer } from './aws/register';
import { EventFlows, registerEventCommands } from './commands/event-commands';
import { registerFunctionCommands } from './commands/function-commands';
import { LambdaAdapterFactory } from './debug/adapter-factory';
import { CODE_LENS_SELECTOR, FunctionCodeLensProvider } from './debug/code-lens';
import { LambdaConfigurationProvider } from './debug/config-provider';
import { EventChoices } from './events/event-choices';
import { startLanguageClient } from './language-client';
import { createLog, reportError } from './log';
import { findNode } from './node-path';
import { readSettings, SECTION } from './settings';
import { loadAwsContext, registerAwsStatus } from './views/aws-status';
import { LocalFunctionsTree } from './views/local-functions';
import { LocalResults, RESULT_SCHEME } from './views/local-results';
import { WorkspaceFunctions } from './workspace-functions';

/** What activate() returns: the AWS explorer's data, for other extensions and end-to-end tests. */
export interface LambdaWorkbenchApi {
  awsExplorer?: AwsExplorerProvider;
}

export async function activate(context: vscode.ExtensionContext): Promise<LambdaWorkbenchApi> {
  const log = createLog();
  context.subscriptions.push(log);
  try {
    // null: the value for any resource; a function's own settings are read with its template as scope.
    const settings = (scope: vscode.Uri | null = null) => readSettings(vscode.workspace.getConfiguration(SECTION, scope));
    const server = await startLanguageClient(context, log);
    const functions = new WorkspaceFunctions(server, log);
    const choices = new EventChoices(context.workspaceState);
    const region = async () => (await loadAwsContext()).region;
    const flows = new EventFlows({ list: listSampleEvents, generate: generateSampleEvent }, choices, (target) => settings(vscode.Uri.file(target.templatePath)).defaultEvent, region, log);
    const tree = new LocalFunctionsTree(functions, choices);
    const codeLens = new FunctionCodeLensProvider(functions, choices);
    const configProvider = new LambdaConfigurationProvider(functions, flows);
    const results = new LocalResults();
    const nodePath = () => findNode(settings().runtimes.nodePath);
    const run = { log, results, nodePath, region };
    context.subscriptions.push(
      server,
      functions,
      choices,
      tree,
      codeLens,
      results,
      vscode.window.createTreeView('lambdaWorkbench.localFunctions', { treeDataProvider: tree, showCollapseAll: true }),
      vscode.window.createTreeView('lambdaWorkbench.results', { treeDataProvider: results }),
      vscode.workspace.registerTextDocumentContentProvider(RESULT_SCHEME, results),
      vscode.languages.registerCodeLensProvider(CODE_LENS_SELECTOR, codeLens),
      vscode.debug.registerDebugConfigurationProvider('lambda', configProvider, vscode.DebugConfigurationProviderTriggerKind.Initial),
      // A second registration that only lists: registering configProvider twice would resolve twice.
      vscode.debug.registerDebugConfigurationProvider(
        'lambda',
        { provideDebugConfigurations: (folder, token) => configProvider.provideDebugConfigurations(folder, token) },
        vscode.DebugConfigurationProviderTriggerKind.Dynamic,
      ),
      vscode.debug.registerDebugAdapterDescriptorFactory('lambda', new LambdaAdapterFactory(context.extensionUri, nodePath)),
      ...registerFunctionCommands(functions, flows, run),
      ...registerEventCommands(log, functions, flows),
      ...registerAwsStatus(log),
    );
    const awsExplorer = registerAwsExplorer(context, log, async () => (await functions.getTargets()).map((target) => target.fn));
    return { awsExplorer };
  } catch (error) {
    // VS Code does not show activation failures: say it ourselves.
    reportError(log, 'Lambda Workbench failed to start', error);
    return {};
  }
}

export function deactivate(): void {}
