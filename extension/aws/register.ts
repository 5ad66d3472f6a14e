// registerAwsExplorer(): the "AWS" tree and its commands (invoke, download, deploy, publish, alias
// create/promote/complete/rollback, logs, REPORT chart). Errors are shown with the AWS error named.
import * as vscode from 'vscode';
import { describeAwsError, type ExplorerNode } from '../../remote';
import * as aliases from './alias-commands';
import { addConnection, readConnections } from './connections';
import { deployCommand, type DeployDependencies } from './deploy-command';
import { AwsExplorerProvider } from './explorer-provider';
import { downloadFunctionCode, invokeOnAws, publishFunctionVersion } from './function-commands';
import { LogsView } from './logs-view';

export const AWS_VIEW_ID = 'lambdaWorkbench.awsExplorer';

export function registerAwsExplorer(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  listTemplateFunctions: DeployDependencies['listTemplateFunctions'],
): AwsExplorerProvider {
  const provider = new AwsExplorerProvider(readConnections);
  const logs = new LogsView();
  const tree = vscode.window.createTreeView(AWS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });

  /** Runs a command body; a message it returns is shown, an error is logged and shown, the tree refreshed. */
  const command = (id: string, body: (node: ExplorerNode, answers?: object) => Promise<string | undefined | void>, refresh?: (node: ExplorerNode) => ExplorerNode | undefined) =>
    vscode.commands.registerCommand(id, async (node: ExplorerNode, answers?: object) => {
      // Tree commands are hidden from the palette (package.json menus), so they always get their node.
      try {
        const message = await body(node, answers);
        if (message) {
          log.info(message);
          void vscode.window.showInformationMessage(message);
        }
        if (refresh) provider.refresh(refresh(node));
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') return;
        const described = describeAwsError(id.replace('lambdaWorkbench.aws.', ''), error, node?.connection?.profile);
        log.error(described.message);
        void vscode.window.showErrorMessage(described.message);
      }
    });
  const parentOf = (node: ExplorerNode): ExplorerNode | undefined => provider.getParent(node);

  context.subscriptions.push(
    provider,
    logs,
    tree,
    vscode.commands.registerCommand('lambdaWorkbench.aws.refresh', (node?: ExplorerNode) => provider.refresh(node)),
    vscode.commands.registerCommand('lambdaWorkbench.aws.retry', (node: ExplorerNode) => provider.retry(node)),
    vscode.commands.registerCommand('lambdaWorkbench.aws.addConnection', async () => (await addConnection()) && provider.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('lambdaWorkbench.aws') && provider.refresh()),
    command('lambdaWorkbench.aws.invoke', (node) => invokeOnAws(node, log)),
    command('lambdaWorkbench.aws.downloadCode', downloadFunctionCode),
    command('lambdaWorkbench.aws.publishVersion', publishFunctionVersion, (node) => node),
    command('lambdaWorkbench.aws.createAlias', (node, answers) => (node.connection && node.functionName ? aliases.create(node.connection, node.functionName, answers) : Promise.resolve(undefined)), (node) => node),
    command('lambdaWorkbench.aws.promoteAlias', (node, answers) => withAlias(node, (t) => aliases.promote(t, node.alias?.FunctionVersion, answers)), parentOf),
    command('lambdaWorkbench.aws.completePromotion', (node) => withAlias(node, (t) => aliases.completePromotion(t, node)), parentOf),
    command('lambdaWorkbench.aws.rollbackAlias', (node) => withAlias(node, aliases.rollback), parentOf),
    command('lambdaWorkbench.aws.openLogs', (node) => (node.connection && node.functionName ? logs.open(node.connection, node.functionName, false) : Promise.resolve())),
    command('lambdaWorkbench.aws.filterLogs', (node) => (node.connection && node.functionName ? logs.open(node.connection, node.functionName, true) : Promise.resolve())),
    command('lambdaWorkbench.aws.showReportChart', (node) => (node.connection && node.functionName ? logs.showChart(node.connection, node.functionName) : Promise.resolve())),
    command('lambdaWorkbench.aws.deployFunction', (fn, answers) => deployCommand({ connections: readConnections, listTemplateFunctions }, log, fn as never, answers), () => undefined),
  );
  return provider;
}

function withAlias(node: ExplorerNode, action: (target: aliases.AliasTarget) => Promise<string | undefined>): Promise<string | undefined> {
  const target = aliases.aliasTarget(node);
  return target ? action(target) : Promise.resolve(undefined);
}
