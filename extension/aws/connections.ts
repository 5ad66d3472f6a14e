// The AWS connections the explorer shows: `lambdaWorkbench.aws.connections`, else one connection from
// the active profile and region settings; and the command that adds one (profile, region, endpoint).
import * as vscode from 'vscode';
import { AwsConnection, endpointUrlProblem, loadProfileNames, type ConnectionSettings } from '../../remote';

const SECTION = 'lambdaWorkbench.aws';

export function readConnections(): AwsConnection[] {
  const config = vscode.workspace.getConfiguration(SECTION);
  const listed = config.get<ConnectionSettings[]>('connections', []);
  if (listed.length > 0) return listed.map((settings) => new AwsConnection(settings));
  return [new AwsConnection({ profile: config.get<string>('profile') || undefined, region: config.get<string>('region') || undefined })];
}

export async function addConnection(): Promise<boolean> {
  const profiles = loadProfileNames();
  const profile = await vscode.window.showQuickPick(profiles.length ? profiles : ['default'], {
    title: 'AWS connection (1/3): profile',
    placeHolder: 'A profile from ~/.aws/config or ~/.aws/credentials',
  });
  if (!profile) return false;
  const region = await vscode.window.showInputBox({ title: 'AWS connection (2/3): region', value: 'us-east-1', validateInput: (v) => (/^[a-z]{2}(-[a-z]+)+-\d$/.test(v) ? undefined : 'A region like us-east-1') });
  if (!region) return false;
  const endpointUrl = await vscode.window.showInputBox({
    title: 'AWS connection (3/3): custom endpoint (optional)',
    placeHolder: 'Leave empty for AWS; e.g. http://127.0.0.1:3001 for lambda-workbench start-lambda',
    validateInput: endpointUrlProblem,
  });
  if (endpointUrl === undefined) return false;
  const config = vscode.workspace.getConfiguration(SECTION);
  const listed = config.get<ConnectionSettings[]>('connections', []);
  await config.update('connections', [...listed, { profile, region, ...(endpointUrl ? { endpointUrl } : {}) }], vscode.ConfigurationTarget.Global);
  return true;
}
