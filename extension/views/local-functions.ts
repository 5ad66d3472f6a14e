// The "Local Functions" tree in the Lambda view container: templates → functions → saved events.
// Function and event items carry the context values the package.json menus match (`function`, `event`).
import * as vscode from 'vscode';
import type { FunctionTarget } from '../debug/launch-arguments';
import type { EventChoices } from '../events/event-choices';
import type { SavedEventRef } from '../../events';
import { listFunctionEvents } from '../events/function-events';
import type { TemplateEntry, WorkspaceFunctions } from '../workspace-functions';
import { dialectLabel, functionDescription, functionTooltip } from './labels';

export type LocalNode =
  | { kind: 'template'; entry: TemplateEntry }
  | { kind: 'function'; target: FunctionTarget }
  | { kind: 'event'; target: FunctionTarget; event: SavedEventRef };

export class LocalFunctionsTree implements vscode.TreeDataProvider<LocalNode>, vscode.Disposable {
  private readonly didChangeTreeData = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.didChangeTreeData.event;
  private readonly disposables: vscode.Disposable[] = [this.didChangeTreeData];

  constructor(
    private readonly functions: WorkspaceFunctions,
    private readonly choices: EventChoices,
  ) {
    const eventFiles = vscode.workspace.createFileSystemWatcher('**/.lambda-workbench/events/**/*.json');
    const refresh = () => this.didChangeTreeData.fire();
    this.disposables.push(
      eventFiles,
      eventFiles.onDidCreate(refresh),
      eventFiles.onDidDelete(refresh),
      functions.onDidChange(refresh),
      choices.onDidChange(refresh),
    );
  }

  async getChildren(node?: LocalNode): Promise<LocalNode[]> {
    if (!node) return (await this.functions.getTemplates()).map((entry) => ({ kind: 'template', entry }));
    if (node.kind === 'template') {
      return node.entry.functions.map((fn) => ({ kind: 'function', target: { templatePath: node.entry.uri.fsPath, fn } }));
    }
    if (node.kind === 'function') {
      const events = await listFunctionEvents(node.target);
      return events.map((event) => ({ kind: 'event', target: node.target, event }));
    }
    return [];
  }

  getTreeItem(node: LocalNode): vscode.TreeItem {
    if (node.kind === 'template') {
      const { entry } = node;
      const item = new vscode.TreeItem(vscode.workspace.asRelativePath(entry.uri), vscode.TreeItemCollapsibleState.Expanded);
      item.resourceUri = entry.uri;
      item.contextValue = 'template';
      item.iconPath = new vscode.ThemeIcon(entry.error ? 'warning' : 'file-code');
      item.description = entry.error ? 'functions unavailable' : `${dialectLabel(entry.dialect)} · ${entry.functions.length} function${entry.functions.length === 1 ? '' : 's'}`;
      item.tooltip = entry.error ? `The language server could not list this template's functions: ${entry.error}` : undefined;
      item.command = { command: 'vscode.open', title: 'Open Template', arguments: [entry.uri] };
      return item;
    }
    if (node.kind === 'function') {
      const { fn } = node.target;
      const item = new vscode.TreeItem(fn.id, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${node.target.templatePath}#${fn.id}`;
      item.contextValue = 'function';
      item.iconPath = new vscode.ThemeIcon('symbol-function');
      item.description = functionDescription(fn);
      item.tooltip = functionTooltip(fn);
      item.command = { command: 'lambdaWorkbench.revealFunction', title: 'Go to Function in Template', arguments: [node] };
      return item;
    }
    const chosen = this.choices.get(node.target);
    const isChosen = chosen?.kind === 'file' && chosen.path === node.event.path;
    const item = new vscode.TreeItem(node.event.name, vscode.TreeItemCollapsibleState.None);
    item.id = node.event.path;
    item.resourceUri = vscode.Uri.file(node.event.path);
    item.contextValue = 'event';
    item.iconPath = new vscode.ThemeIcon(isChosen ? 'pass-filled' : 'symbol-event');
    item.description = isChosen ? 'used by Run and Debug' : undefined;
    item.tooltip = vscode.workspace.asRelativePath(node.event.path);
    item.command = { command: 'lambdaWorkbench.editEvent', title: 'Edit Event', arguments: [node] };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
