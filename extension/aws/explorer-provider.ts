// The "AWS" tree: maps the remote module's explorer nodes to TreeItems. Children load lazily;
// "Load more…" and error nodes re-load their parent's children in place when clicked.
import * as vscode from 'vscode';
import { connectionNode, type AwsConnection, type ExplorerNode } from '../../remote';

export class AwsExplorerProvider implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly didChange = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.didChange.event;
  private readonly parents = new Map<string, ExplorerNode | undefined>();
  /** Children replaced in place by a "Load more…" click, by parent id. */
  private readonly overrides = new Map<string, ExplorerNode[]>();
  private roots: ExplorerNode[] = [];

  constructor(private connections: () => AwsConnection[]) {
    this.refresh();
  }

  refresh(node?: ExplorerNode): void {
    if (!node) {
      this.overrides.clear();
      this.roots = this.connections().map(connectionNode);
    } else {
      this.overrides.delete(node.id);
    }
    this.didChange.fire(node);
  }

  /** A click on "Load more…" or an error node: re-load the parent (with the next page for load-more). */
  async retry(node: ExplorerNode): Promise<void> {
    const parent = this.parents.get(node.id);
    if (node.kind === 'loadMore' && node.children && parent) {
      this.overrides.set(parent.id, await node.children());
    }
    this.didChange.fire(parent);
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, node.children && node.kind !== 'loadMore' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon, node.kind === 'error' ? new vscode.ThemeColor('errorForeground') : undefined);
    item.contextValue = contextValue(node);
    if (node.retry) item.command = { command: 'lambdaWorkbench.aws.retry', title: 'Retry', arguments: [node] };
    if (node.kind === 'logStream') item.command = { command: 'lambdaWorkbench.aws.openLogs', title: 'Open Logs', arguments: [node] };
    return item;
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (!node) return this.roots;
    const children = this.overrides.get(node.id) ?? (await node.children?.()) ?? [];
    for (const child of children) this.parents.set(child.id, node);
    return children;
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    return this.parents.get(node.id);
  }

  setConnections(connections: () => AwsConnection[]): void {
    this.connections = connections;
    this.refresh();
  }

  dispose(): void {
    this.didChange.dispose();
  }
}

/** `aws.alias.canary` etc.: what menus match with `viewItem =~ /^aws\.alias/`. */
function contextValue(node: ExplorerNode): string {
  if (node.kind === 'alias') {
    const weighted = Object.keys(node.alias?.RoutingConfig?.AdditionalVersionWeights ?? {}).length > 0;
    return weighted ? 'aws.alias.canary' : 'aws.alias';
  }
  return `aws.${node.kind}`;
}
