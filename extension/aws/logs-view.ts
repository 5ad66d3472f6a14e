// A function's logs in an output channel with live tail and a filter, and the REPORT lines drawn as a
// duration / memory chart in a webview (strict CSP, no scripts: the chart is server-rendered SVG).
import * as vscode from 'vscode';
import { followLogEvents, parseReportLine, type AwsConnection, type LogEvent, type ReportLine } from '../../remote';
import { renderReportChart } from './report-chart';

interface Tail {
  channel: vscode.OutputChannel;
  controller: AbortController;
  reports: ReportLine[];
  panel?: vscode.WebviewPanel;
}

const TAIL_WINDOW_MS = 30 * 60_000;

export class LogsView implements vscode.Disposable {
  private readonly tails = new Map<string, Tail>();

  /** Opens (or re-focuses) the live tail of a function's logs, optionally filtered. */
  async open(connection: AwsConnection, functionName: string, askFilter: boolean): Promise<void> {
    const key = `${connection.label}/${functionName}`;
    const filter = askFilter ? await vscode.window.showInputBox({ title: `Filter ${functionName}'s logs`, placeHolder: 'A CloudWatch filter pattern (plain terms match), empty for all' }) : '';
    if (filter === undefined) return;
    this.stop(key);
    const channel = vscode.window.createOutputChannel(`Lambda Logs: ${functionName}${filter ? ` (${filter})` : ''}`);
    const tail: Tail = { channel, controller: new AbortController(), reports: [] };
    this.tails.set(key, tail);
    channel.show(true);
    channel.appendLine(`Tailing /aws/lambda/${functionName} on ${connection.label}${filter ? ` for "${filter}"` : ''} (last 30 minutes, then live)…`);
    const onEvents = (events: LogEvent[]): void => {
      for (const e of events) {
        channel.append(e.message.endsWith('\n') ? e.message : `${e.message}\n`);
        const report = parseReportLine(e.message);
        if (report) tail.reports.push(report);
      }
      if (tail.panel) tail.panel.webview.html = renderReportChart(functionName, tail.reports, tail.panel.webview.cspSource);
    };
    followLogEvents(connection, { functionName, startTime: Date.now() - TAIL_WINDOW_MS, filter: filter || undefined }, onEvents, tail.controller.signal).catch((error: unknown) => {
      channel.appendLine(`Log tail stopped: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /** The REPORT chart of a tailed function (opens the tail first when needed). */
  async showChart(connection: AwsConnection, functionName: string): Promise<void> {
    const key = `${connection.label}/${functionName}`;
    if (!this.tails.has(key)) await this.open(connection, functionName, false);
    const tail = this.tails.get(key);
    if (!tail) return;
    tail.panel ??= vscode.window.createWebviewPanel('lambdaWorkbench.reportChart', `REPORT: ${functionName}`, vscode.ViewColumn.Beside, { enableScripts: false });
    tail.panel.onDidDispose(() => (tail.panel = undefined));
    tail.panel.webview.html = renderReportChart(functionName, tail.reports, tail.panel.webview.cspSource);
    tail.panel.reveal();
  }

  stopAll(): void {
    for (const key of [...this.tails.keys()]) this.stop(key);
  }

  private stop(key: string): void {
    const tail = this.tails.get(key);
    if (!tail) return;
    tail.controller.abort();
    tail.channel.dispose();
    tail.panel?.dispose();
    this.tails.delete(key);
  }

  dispose(): void {
    this.stopAll();
  }
}
