// Choosing an event for a remote invoke: a saved event from the workspace, a sample event, or {}.
import * as vscode from 'vscode';
import { generateSampleEvent, listSampleEvents } from '../../events';

export async function pickEvent(title: string): Promise<unknown | undefined> {
  const saved = await vscode.workspace.findFiles('**/.lambda-workbench/events/**/*.json', '**/node_modules/**', 200);
  const items: (vscode.QuickPickItem & { load: () => Promise<unknown | undefined> })[] = [
    ...saved.map((uri) => ({
      label: vscode.workspace.asRelativePath(uri).replace(/^.*\.lambda-workbench\/events\//, ''),
      description: 'saved event',
      load: async () => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as unknown,
    })),
    { label: 'Sample event…', description: 'any event source Lambda knows', load: pickSampleEvent },
    { label: '{}', description: 'empty event', load: async () => ({}) },
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Event to send' });
  return picked?.load();
}

async function pickSampleEvent(): Promise<unknown | undefined> {
  const picked = await vscode.window.showQuickPick(
    listSampleEvents().map((e) => ({ label: `${e.source} ${e.type}`, detail: e.help, source: e.source, type: e.type })),
    { title: 'Sample event', matchOnDetail: true },
  );
  return picked ? generateSampleEvent(picked.source, picked.type) : undefined;
}
