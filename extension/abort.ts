// The one place a VS Code CancellationToken becomes an AbortSignal (what runtime and events take).
import type * as vscode from 'vscode';

export function abortSignalFor(token: vscode.CancellationToken): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  const listener = token.onCancellationRequested(() => controller.abort());
  return { signal: controller.signal, dispose: () => listener.dispose() };
}
