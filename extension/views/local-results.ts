// The "Local Results" view: the latest local invocations (newest first), each opening its payload as a
// read-only JSON document (`lambda-workbench-result:` URIs served from memory).
import * as vscode from 'vscode';
import { formatPayload, summarizeRun, type RunOutcome } from './result-format';

export const RESULT_SCHEME = 'lambda-workbench-result';
const KEEP = 20;

export interface LocalRun {
  functionId: string;
  eventLabel: string;
  finishedAt: Date;
  outcome: RunOutcome;
}

export class LocalResults implements vscode.TreeDataProvider<LocalRun>, vscode.TextDocumentContentProvider, vscode.Disposable {
  private runs: LocalRun[] = [];
  private readonly didChangeTreeData = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.didChangeTreeData.event;
  private readonly didChange = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.didChange.event;

  add(run: LocalRun): vscode.Uri {
    this.runs = [run, ...this.runs].slice(0, KEEP);
    this.didChangeTreeData.fire();
    return uriOf(run);
  }

  getChildren(run?: LocalRun): LocalRun[] {
    return run ? [] : this.runs;
  }

  getTreeItem(run: LocalRun): vscode.TreeItem {
    const summary = summarizeRun(run.outcome);
    const item = new vscode.TreeItem(run.functionId, vscode.TreeItemCollapsibleState.None);
    item.id = run.outcome.requestId;
    item.description = `${summary.errorType ?? 'succeeded'} · ${summary.figures}`;
    item.iconPath = new vscode.ThemeIcon(summary.ok ? 'pass' : 'error', new vscode.ThemeColor(summary.ok ? 'testing.iconPassed' : 'testing.iconFailed'));
    item.tooltip = `${run.functionId} with ${run.eventLabel} at ${run.finishedAt.toLocaleTimeString()}\nRequestId: ${run.outcome.requestId}`;
    item.command = { command: 'vscode.open', title: 'Open Result', arguments: [uriOf(run)] };
    return item;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const run = this.runs.find((r) => r.outcome.requestId === new URLSearchParams(uri.query).get('requestId'));
    return run ? formatPayload(run.outcome.payload) : '// This result is no longer kept: only the latest 20 local runs are.\n';
  }

  dispose(): void {
    this.didChangeTreeData.dispose();
    this.didChange.dispose();
  }
}

function uriOf(run: LocalRun): vscode.Uri {
  return vscode.Uri.from({ scheme: RESULT_SCHEME, path: `/${run.functionId}-result.json`, query: `requestId=${run.outcome.requestId}` });
}
