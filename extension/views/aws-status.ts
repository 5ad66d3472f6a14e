// The status bar item with the AWS profile and region in use (click: choose another profile), and the
// profile/region pickers that write `lambdaWorkbench.aws.*`.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { parseIniSections, REGIONS, resolveAwsContext, statusText, type AwsContext } from '../aws/aws-context';
import { registerCommand } from '../log';
import { readSettings, SECTION } from '../settings';

/** AWS SDK's own overrides for the shared files' locations. */
function sharedFile(kind: 'config' | 'credentials'): string {
  const override = kind === 'config' ? process.env.AWS_CONFIG_FILE : process.env.AWS_SHARED_CREDENTIALS_FILE;
  return override || join(homedir(), '.aws', kind);
}

async function loadText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function loadAwsContext(): Promise<AwsContext> {
  const settings = readSettings(vscode.workspace.getConfiguration(SECTION, null));
  return resolveAwsContext({ settingProfile: settings.aws.profile, settingRegion: settings.aws.region, env: process.env, configText: await loadText(sharedFile('config')) });
}

async function loadProfileNames(): Promise<string[]> {
  const names = new Set<string>();
  for (const kind of ['config', 'credentials'] as const) {
    const text = await loadText(sharedFile(kind));
    if (text) for (const name of parseIniSections(text, kind).keys()) names.add(name);
  }
  return [...names].sort();
}

export function registerAwsStatus(log: vscode.LogOutputChannel): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('lambdaWorkbench.aws', vscode.StatusBarAlignment.Left, 10);
  item.name = 'AWS Profile and Region';
  item.command = 'lambdaWorkbench.selectProfile';
  const update = async () => {
    const context = await loadAwsContext();
    item.text = statusText(context);
    item.tooltip = `AWS profile ${context.profile}, region ${context.region} (region from ${context.regionSource}). Click to change the profile.`;
    item.show();
  };
  const refresh = () => void update().catch((error: unknown) => log.error('Reading the AWS profile failed', error));
  refresh();
  const write = (key: string, value: string) => vscode.workspace.getConfiguration(SECTION).update(key, value, vscode.ConfigurationTarget.Global);
  return [
    item,
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SECTION}.aws`) && refresh()),
    registerCommand(log, 'lambdaWorkbench.selectProfile', async () => {
      const [current, names] = await Promise.all([loadAwsContext(), loadProfileNames()]);
      const items = names.map((name) => ({ label: name, description: name === current.profile ? 'current' : undefined }));
      const picked = await vscode.window.showQuickPick([...items, { label: '$(globe) Change Region…', description: current.region }], {
        title: 'AWS Profile',
        placeHolder: names.length ? 'Profiles from ~/.aws/config and ~/.aws/credentials' : 'No profiles in ~/.aws/config or ~/.aws/credentials',
      });
      if (picked?.label.startsWith('$(globe)')) await vscode.commands.executeCommand('lambdaWorkbench.selectRegion');
      else if (picked) await write('aws.profile', picked.label);
    }),
    registerCommand(log, 'lambdaWorkbench.selectRegion', async () => {
      const current = await loadAwsContext();
      const picked = await vscode.window.showQuickPick(
        REGIONS.map((region) => ({ label: region, description: region === current.region ? 'current' : undefined })),
        { title: 'AWS Region', placeHolder: `Current: ${current.region}` },
      );
      if (picked) await write('aws.region', picked.label);
    }),
  ];
}
