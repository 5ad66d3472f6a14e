// The extension's one log sink (a LogOutputChannel named "Lambda Workbench") and the boundary that turns
// a failed command into a logged error with stack plus a short message with a "Show Log" button.
import * as vscode from 'vscode';

export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Lambda Workbench', { log: true });
}

export function reportError(log: vscode.LogOutputChannel, what: string, error: unknown): void {
  log.error(`${what}:`, error instanceof Error ? error : String(error));
  const detail = error instanceof Error ? error.message : String(error);
  void vscode.window.showErrorMessage(`${what}: ${detail}`, 'Show Log').then(
    (choice) => choice && log.show(),
    (failure: unknown) => log.error('Showing an error message failed', failure),
  );
}

/** Registers a command whose failures are reported instead of vanishing into the extension host. */
export function registerCommand(log: vscode.LogOutputChannel, id: string, run: (...args: unknown[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await run(...args);
    } catch (error) {
      // A cancelled progress notification aborts the work: the user asked for it, nothing failed.
      if (error instanceof Error && error.name === 'AbortError') return log.info(`${commandTitle(id)} cancelled`);
      reportError(log, `${commandTitle(id)} failed`, error);
      return undefined;
    }
  });
}

function commandTitle(id: string): string {
  return id.replace(/^lambdaWorkbench\./, '').replace(/([A-Z])/g, ' $1').toLowerCase();
}
