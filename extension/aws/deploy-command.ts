// "Deploy Function": a template function's code → the deployed function, with progress and cancel,
// then optionally a published version.
import * as vscode from 'vscode';
import { deployFunction, type AwsConnection, type DeployTarget } from '../../remote';
import { checkTrust } from '../trust';
import { withCancellableProgress } from './cancellable';

/** The fields of the server's TemplateFunction (server/protocol.ts) that deploying needs. */
export type TemplateFunctionRef = Pick<DeployTarget, 'id' | 'functionName' | 'runtime' | 'handler' | 'codeDir'>;

export interface DeployDependencies {
  connections: () => AwsConnection[];
  /** The workspace's template functions, from the language server. */
  listTemplateFunctions: () => Promise<TemplateFunctionRef[]>;
}

/** Answers that skip the prompts (keybindings, tasks and tests pass them as the command's second argument). */
export interface DeployAnswers {
  publish?: boolean;
  description?: string;
  /** The connection's label, as the AWS tree shows it. */
  connection?: string;
}

export async function deployCommand(deps: DeployDependencies, output: vscode.LogOutputChannel, given?: TemplateFunctionRef, answers: DeployAnswers = {}): Promise<string | undefined> {
  // Deploying sends this folder's code to run in the user's account.
  if (!(await checkTrust('Deploying'))) return undefined;
  const fn = isTemplateFunction(given) ? given : await pickTemplateFunction(deps);
  if (!fn) return undefined;
  const connections = deps.connections();
  const connection = answers.connection ? connections.find((c) => c.label === answers.connection) : await pickConnection(connections);
  if (!connection) return undefined;
  const mode =
    answers.publish !== undefined
      ? { publish: answers.publish }
      : await vscode.window.showQuickPick(
          [
            { label: 'Deploy', description: `update ${fn.functionName}'s $LATEST code`, publish: false },
            { label: 'Deploy and publish a version', publish: true },
          ],
          { title: `Deploy ${fn.id} to ${connection.label}` },
        );
  if (!mode) return undefined;
  const description = mode.publish ? (answers.description ?? (await vscode.window.showInputBox({ title: 'Version description (optional)' }))) : undefined;
  if (mode.publish && description === undefined) return undefined;
  const result = await withCancellableProgress(`Deploying ${fn.functionName}`, (signal, report) =>
    deployFunction(connection, fn, { publish: mode.publish, description: description || undefined, signal, onProgress: report }),
  );
  for (const warning of result.warnings) output.warn(`deploy ${fn.id}: ${warning}`);
  const summary = `Deployed ${result.functionName} (${result.zipBytes} bytes)${result.version ? `, published version ${result.version}` : ''}`;
  output.info(`${summary} to ${connection.label}`);
  return summary;
}

function isTemplateFunction(value: unknown): value is TemplateFunctionRef {
  const fn = value as Partial<TemplateFunctionRef> | undefined;
  return typeof fn?.functionName === 'string' && typeof fn.codeDir === 'string' && typeof fn.handler === 'string' && typeof fn.runtime === 'string';
}

async function pickTemplateFunction(deps: DeployDependencies): Promise<TemplateFunctionRef | undefined> {
  const functions = await deps.listTemplateFunctions();
  if (functions.length === 0) {
    void vscode.window.showWarningMessage('No template in this workspace declares a function to deploy.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    functions.map((f) => ({ label: f.id, description: `${f.functionName} · ${f.runtime}`, fn: f })),
    { title: 'Deploy which function?' },
  );
  return picked?.fn;
}

async function pickConnection(connections: AwsConnection[]): Promise<AwsConnection | undefined> {
  if (connections.length <= 1) return connections[0];
  const picked = await vscode.window.showQuickPick(connections.map((c) => ({ label: c.label, connection: c })), { title: 'Deploy to which connection?' });
  return picked?.connection;
}
