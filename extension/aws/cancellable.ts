// Long AWS operations as cancellable progress notifications; the token becomes an AbortSignal.
import * as vscode from 'vscode';

export function withCancellableProgress<T>(title: string, task: (signal: AbortSignal, report: (message: string) => void) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const controller = new AbortController();
    const listener = token.onCancellationRequested(() => controller.abort());
    try {
      return await task(controller.signal, (message) => progress.report({ message }));
    } finally {
      listener.dispose();
    }
  });
}
