// Watching a `lambda` debug session from the extension host: every DAP message the adapter sends.
import * as vscode from 'vscode';

interface DapMessage {
  type: string;
  event?: string;
  body?: { reason?: string; threadId?: number; output?: string; category?: string };
}

export class SessionWatcher implements vscode.Disposable {
  readonly outputs: string[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private stopWaiters: ((stop: { session: vscode.DebugSession; threadId: number; reason: string }) => void)[] = [];
  private endWaiters: (() => void)[] = [];
  private ended = false;

  constructor() {
    this.disposables.push(
      vscode.debug.registerDebugAdapterTrackerFactory('lambda', {
        createDebugAdapterTracker: (session) => ({
          onDidSendMessage: (message: DapMessage) => {
            if (message.type !== 'event') return;
            if (message.event === 'output' && message.body?.output) this.outputs.push(message.body.output);
            if (message.event === 'stopped') {
              const stop = { session, threadId: message.body?.threadId ?? 1, reason: message.body?.reason ?? '' };
              for (const waiter of this.stopWaiters.splice(0)) waiter(stop);
            }
          },
        }),
      }),
      vscode.debug.onDidTerminateDebugSession((session) => {
        if (session.type !== 'lambda') return;
        this.ended = true;
        for (const waiter of this.endWaiters.splice(0)) waiter();
      }),
    );
  }

  nextStop(): Promise<{ session: vscode.DebugSession; threadId: number; reason: string }> {
    return new Promise((resolve) => this.stopWaiters.push(resolve));
  }

  terminated(): Promise<void> {
    return this.ended ? Promise.resolve() : new Promise((resolve) => this.endWaiters.push(resolve));
  }

  /** The top frame of the stopped thread: its source path, 1-based line, and id for evaluate. */
  async topFrame(stop: { session: vscode.DebugSession; threadId: number }): Promise<{ path: string; line: number; id: number }> {
    const trace = await stop.session.customRequest('stackTrace', { threadId: stop.threadId, levels: 1 });
    const frame = trace.stackFrames[0];
    return { path: frame.source?.path ?? '', line: frame.line, id: frame.id };
  }

  async evaluate(stop: { session: vscode.DebugSession }, frameId: number, expression: string): Promise<string> {
    const result = await stop.session.customRequest('evaluate', { expression, frameId, context: 'watch' });
    return result.result as string;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A breakpoint on the first line of a file that contains `text` (0-based line returned). */
export async function breakpointAt(uri: vscode.Uri, text: string): Promise<{ breakpoint: vscode.SourceBreakpoint; line: number }> {
  const document = await vscode.workspace.openTextDocument(uri);
  const line = document.getText().split('\n').findIndex((l) => l.includes(text));
  if (line < 0) throw new Error(`"${text}" not found in ${uri.fsPath}`);
  const breakpoint = new vscode.SourceBreakpoint(new vscode.Location(uri, new vscode.Position(line, 0)));
  vscode.debug.addBreakpoints([breakpoint]);
  return { breakpoint, line };
}
