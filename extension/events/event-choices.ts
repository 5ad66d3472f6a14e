// Which event each function runs with (Run locally, Debug, F5), remembered per workspace, and the quick
// pick that chooses one: a saved event, a sample event, or an empty one.
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { functionKey, type EventChoice, type FunctionTarget } from '../debug/launch-arguments';
import type { SamplePick } from './sample-picks';
import { listFunctionEvents } from './function-events';

const STATE_KEY = 'lambdaWorkbench.eventChoices';

export class EventChoices {
  private readonly didChange = new vscode.EventEmitter<void>();
  readonly onDidChange = this.didChange.event;

  constructor(private readonly state: vscode.Memento) {}

  /** The remembered choice, unless it names a saved event that no longer exists. */
  get(target: FunctionTarget): EventChoice | undefined {
    const choice = this.all()[functionKey(target.templatePath, target.fn.id)];
    if (choice?.kind === 'file' && !existsSync(choice.path)) return undefined;
    return choice;
  }

  async set(target: FunctionTarget, choice: EventChoice): Promise<void> {
    await this.state.update(STATE_KEY, { ...this.all(), [functionKey(target.templatePath, target.fn.id)]: choice });
    this.didChange.fire();
  }

  private all(): Record<string, EventChoice> {
    return this.state.get<Record<string, EventChoice>>(STATE_KEY) ?? {};
  }

  dispose(): void {
    this.didChange.dispose();
  }
}

type EventPickItem = vscode.QuickPickItem & { choice?: EventChoice; action?: 'sample' | 'new' };

/**
 * Asks which event to use for a function; `pickSample` chooses a `SOURCE:TYPE` sample and `createEvent`
 * creates and saves a new one (both are the events commands' flows). Undefined when the user cancels.
 */
export async function pickEvent(
  target: FunctionTarget,
  current: EventChoice | undefined,
  flows: { pickSample(target: FunctionTarget): Promise<SamplePick | undefined>; createEvent(target: FunctionTarget): Promise<EventChoice | undefined> },
): Promise<EventChoice | undefined> {
  const saved = await listFunctionEvents(target);
  const isCurrent = (choice: EventChoice) => JSON.stringify(choice) === JSON.stringify(current);
  const items: EventPickItem[] = [
    ...saved.map((event) => {
      const choice: EventChoice = { kind: 'file', path: event.path, name: event.name };
      return { label: `$(json) ${event.name}`, description: isCurrent(choice) ? 'current' : 'saved event', detail: vscode.workspace.asRelativePath(event.path), choice };
    }),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: '$(add) New Event…', description: 'generate a sample and save it with the function', action: 'new' },
    { label: '$(symbol-event) Sample Event…', description: 'a generated event, not saved (SOURCE:TYPE)', action: 'sample' },
    { label: '$(circle-slash) Empty Event', description: '{}', choice: { kind: 'none' } },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Event for ${target.fn.id}`, placeHolder: 'Choose the event to invoke the function with' });
  if (!picked) return undefined;
  if (picked.action === 'new') return flows.createEvent(target);
  if (picked.action === 'sample') {
    const pick = await flows.pickSample(target);
    return pick ? { kind: 'sample', sampleEvent: pick.sample } : undefined;
  }
  return picked.choice;
}
