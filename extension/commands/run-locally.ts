// "Run locally" in VS Code: trust check, progress with cancel, the function's log lines in the Lambda
// Workbench log, the result in the Local Results view and a message (local-run.ts does the invocation).
import * as vscode from 'vscode';
import { abortSignalFor } from '../abort';
import type { EventChoice, FunctionTarget } from '../debug/launch-arguments';
import { invokeLocally } from '../local-run';
import { checkTrust } from '../trust';
import { eventChoiceLabel } from '../views/labels';
import type { LocalResults } from '../views/local-results';
import { summarizeRun } from '../views/result-format';

export interface RunDependencies {
  log: vscode.LogOutputChannel;
  results: LocalResults;
  /** The Node.js to run functions on (throws when none is found). */
  nodePath: () => string;
  region: () => Promise<string>;
}

export async function runLocally(target: FunctionTarget, choice: EventChoice, deps: RunDependencies): Promise<void> {
  if (!(await checkTrust('Running a function locally'))) return;
  const { log } = deps;
  const id = target.fn.id;
  const eventLabel = eventChoiceLabel(choice);
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Running ${id} locally with ${eventLabel}`, cancellable: true },
    async (_progress, token) => {
      const abort = abortSignalFor(token);
      try {
        const nodePath = deps.nodePath();
        log.info(`Running ${id} (${vscode.workspace.asRelativePath(target.templatePath)}) with ${eventLabel} on ${nodePath}`);
        log.show(true);
        const outcome = await invokeLocally(target, choice, {
          nodePath,
          region: await deps.region(),
          signal: abort.signal,
          onLog: (line) => log.info(`[${id}] ${line}`),
          onUnresolved: (setting, expression) => log.warn(`${id}: ${setting} is only known on AWS, a placeholder is used: ${expression}`),
        });
        const summary = summarizeRun(outcome);
        const uri = deps.results.add({ functionId: id, eventLabel, finishedAt: new Date(), outcome });
        const message = summary.ok ? `${id} succeeded · ${summary.figures}` : `${id} failed: ${summary.errorType} · ${summary.figures}`;
        const open = 'Open Result';
        let shown: Thenable<string | undefined>;
        if (summary.ok) {
          log.info(message);
          shown = vscode.window.showInformationMessage(message, open);
        } else {
          log.error(message);
          shown = vscode.window.showErrorMessage(message, open);
        }
        void shown.then(
          (picked) => (picked ? vscode.window.showTextDocument(uri, { preview: true, viewColumn: vscode.ViewColumn.Beside }) : undefined),
          (error: unknown) => log.error('Showing the result failed', error),
        );
      } finally {
        abort.dispose();
      }
    },
  );
}
