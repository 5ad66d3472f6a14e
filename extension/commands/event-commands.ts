// Commands on a function's events: choose the one Run/Debug use, create one from a sample (source and
// type picked, parameters prompted, saved beside the template), edit and delete saved ones.
import * as vscode from 'vscode';
import type { EventChoice, FunctionTarget } from '../debug/launch-arguments';
import { pickEvent, type EventChoices } from '../events/event-choices';
import { defaultEventName, samplePicks, type SampleEventEntry } from '../events/sample-picks';
import { checkEventName, deleteEvent, listSavedEvents, saveEvent } from '../events/saved-events';
import { registerCommand } from '../log';
import type { WorkspaceFunctions } from '../workspace-functions';
import { resolveTarget, savedEventOf } from './function-targets';

/** The events module's generator, as the extension uses it. */
export interface SampleCatalog {
  list(): SampleEventEntry[];
  generate(source: string, type: string, params: Record<string, string>): unknown;
}

export class EventFlows {
  constructor(
    private readonly catalog: SampleCatalog,
    private readonly choices: EventChoices,
    private readonly defaultEvent: () => string,
  ) {}

  /** A sample `SOURCE:TYPE`, the function's trigger sources first. */
  async pickSample(target: FunctionTarget): Promise<string | undefined> {
    const picks = samplePicks(this.catalog.list(), target.fn.events.map((e) => e.type));
    const picked = await vscode.window.showQuickPick(
      picks.map((p) => ({ label: p.sample, description: p.suggested ? 'matches a trigger of this function' : undefined, detail: p.entry.help, pick: p })),
      { title: `Sample Event for ${target.fn.id}`, placeHolder: 'Event source and type (SAM CLI names)', matchOnDetail: true },
    );
    return picked?.pick.sample;
  }

  /** Generates a sample with prompted parameters, saves it, opens it, and makes it the function's event. */
  async createEvent(target: FunctionTarget): Promise<EventChoice | undefined> {
    const sample = await this.pickSample(target);
    if (!sample) return undefined;
    const [source, type] = sample.split(':');
    const entry = this.catalog.list().find((e) => e.source === source && e.type === type);
    const params: Record<string, string> = {};
    for (const [name, spec] of Object.entries(entry?.params ?? {})) {
      const value = await vscode.window.showInputBox({ title: `${sample}: ${name}`, prompt: spec.help, value: spec.default, ignoreFocusOut: true });
      if (value === undefined) return undefined;
      params[name] = value;
    }
    const event = this.catalog.generate(source, type, params);
    const taken = (await listSavedEvents(target.templatePath, target.fn.id)).map((e) => e.name);
    const name = await vscode.window.showInputBox({
      title: `Save Event for ${target.fn.id}`,
      prompt: 'Event name (saved as .lambda-workbench/events/<function>/<name>.json beside the template)',
      value: defaultEventName(sample, taken),
      validateInput: (text) => checkEventName(text) ?? (taken.includes(text) ? `An event with this name exists: ${text}` : undefined),
      ignoreFocusOut: true,
    });
    if (name === undefined) return undefined;
    const saved = await saveEvent(target.templatePath, target.fn.id, name, event);
    const choice: EventChoice = { kind: 'file', path: saved.path, name: saved.name };
    await this.choices.set(target, choice);
    await vscode.window.showTextDocument(vscode.Uri.file(saved.path), { preview: false });
    return choice;
  }

  /** The event a run uses: remembered, else the `local.defaultEvent` sample, else asked (and remembered). */
  async eventFor(target: FunctionTarget): Promise<EventChoice | undefined> {
    const remembered = this.choices.get(target);
    if (remembered) return remembered;
    const sample = this.defaultEvent();
    if (sample) return { kind: 'sample', sampleEvent: sample };
    return this.askEvent(target);
  }

  getEvent(target: FunctionTarget): EventChoice | undefined {
    const sample = this.defaultEvent();
    return this.choices.get(target) ?? (sample ? { kind: 'sample', sampleEvent: sample } : undefined);
  }

  async askEvent(target: FunctionTarget): Promise<EventChoice | undefined> {
    const choice = await pickEvent(target, this.choices.get(target), this);
    if (choice) await this.choices.set(target, choice);
    return choice;
  }
}

export function registerEventCommands(log: vscode.LogOutputChannel, functions: WorkspaceFunctions, flows: EventFlows): vscode.Disposable[] {
  return [
    registerCommand(log, 'lambdaWorkbench.selectEvent', async (arg) => {
      const target = await resolveTarget(arg, functions, 'Choose Event for Function');
      if (target) await flows.askEvent(target);
    }),
    registerCommand(log, 'lambdaWorkbench.createEvent', async (arg) => {
      const target = await resolveTarget(arg, functions, 'New Event for Function');
      if (target) await flows.createEvent(target);
    }),
    registerCommand(log, 'lambdaWorkbench.editEvent', async (arg) => {
      const event = savedEventOf(arg);
      if (event) await vscode.window.showTextDocument(vscode.Uri.file(event.path), { preview: false });
    }),
    registerCommand(log, 'lambdaWorkbench.deleteEvent', async (arg) => {
      const event = savedEventOf(arg);
      if (!event) return;
      const remove = 'Delete';
      const answer = await vscode.window.showWarningMessage(`Delete the saved event "${event.name}"?`, { modal: true, detail: vscode.workspace.asRelativePath(event.path) }, remove);
      if (answer === remove) await deleteEvent(event);
    }),
  ];
}
