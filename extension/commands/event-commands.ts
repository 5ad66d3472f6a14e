// Commands on a function's events: choose the one Run/Debug use, create one from a sample (the function's
// own triggers first; parameters prompted; saved beside the template), edit and delete saved ones.
import * as vscode from 'vscode';
import { createSavedEvent, deleteSavedEvent } from '../../events';
import type { EventChoice, FunctionTarget } from '../debug/launch-arguments';
import { pickEvent, type EventChoices } from '../events/event-choices';
import { eventNameProblem, eventsRoot, listFunctionEvents, loadTemplateSamples } from '../events/function-events';
import { defaultEventName, samplePicks, type SampleEventEntry, type SamplePick } from '../events/sample-picks';
import { registerCommand } from '../log';
import type { WorkspaceFunctions } from '../workspace-functions';
import { resolveTarget, savedEventOf, targetOf } from './function-targets';

/** The events module's generator, as the extension uses it. */
export interface SampleCatalog {
  list(): SampleEventEntry[];
  generate(source: string, type: string, params: Record<string, string>): unknown;
}

export class EventFlows {
  constructor(
    private readonly catalog: SampleCatalog,
    private readonly choices: EventChoices,
    private readonly defaultEvent: (target: FunctionTarget) => string,
    private readonly region: () => Promise<string>,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** A sample: the function's triggers' samples first, then every `SOURCE:TYPE`. */
  async pickSample(target: FunctionTarget): Promise<SamplePick | undefined> {
    const picks = samplePicks(this.catalog.list(), target.fn.events.map((e) => e.type), await this.triggerSamples(target));
    const picked = await vscode.window.showQuickPick(
      picks.map((pick) => ({
        label: pick.sample,
        description: pick.trigger ? `from trigger ${pick.trigger}` : pick.suggested ? 'matches a trigger of this function' : undefined,
        detail: pick.trigger ? Object.entries(pick.params).map(([k, v]) => `${k}: ${v}`).join(' · ') || pick.help : pick.help,
        pick,
      })),
      { title: `Sample Event for ${target.fn.id}`, placeHolder: 'Event source and type (SAM CLI names)', matchOnDetail: true },
    );
    return picked?.pick;
  }

  private async triggerSamples(target: FunctionTarget) {
    try {
      return await loadTemplateSamples(target, await this.region());
    } catch (error) {
      // The catalog still offers every sample; the log says why the template's own are missing.
      this.log.warn(`No samples from the triggers of ${target.fn.id}:`, error instanceof Error ? error : String(error));
      return [];
    }
  }

  /** Generates a sample with prompted parameters, saves it, opens it, and makes it the function's event. */
  async createEvent(target: FunctionTarget): Promise<EventChoice | undefined> {
    const pick = await this.pickSample(target);
    if (!pick) return undefined;
    const event = await this.generate(pick);
    if (event === undefined) return undefined;
    const taken = (await listFunctionEvents(target)).map((e) => e.name);
    const name = await vscode.window.showInputBox({
      title: `Save Event for ${target.fn.id}`,
      prompt: 'Event name (saved as .lambda-workbench/events/<function>/<name>.json beside the template)',
      value: defaultEventName(pick, taken),
      validateInput: (text) => eventNameProblem(target, text, taken),
      ignoreFocusOut: true,
    });
    if (name === undefined) return undefined;
    const saved = await createSavedEvent(eventsRoot(target), target.fn.id, name, event);
    const choice: EventChoice = { kind: 'file', path: saved.path, name: saved.name };
    await this.choices.set(target, choice);
    await vscode.window.showTextDocument(vscode.Uri.file(saved.path), { preview: false });
    return choice;
  }

  /** The event of a pick, each parameter prompted with the template's value or the catalog's default. */
  private async generate(pick: SamplePick): Promise<unknown> {
    if (pick.constantInput !== undefined) return pick.constantInput;
    const [source, type] = pick.sample.split(':');
    const entry = this.catalog.list().find((e) => e.source === source && e.type === type);
    const params: Record<string, string> = {};
    for (const [name, spec] of Object.entries(entry?.params ?? {})) {
      const value = await vscode.window.showInputBox({ title: `${pick.sample}: ${name}`, prompt: spec.help, value: pick.params[name] ?? spec.default, ignoreFocusOut: true });
      if (value === undefined) return undefined;
      params[name] = value;
    }
    return this.catalog.generate(source, type, params);
  }

  /** The event a run uses: remembered, else the `local.defaultEvent` sample, else asked (and remembered). */
  async eventFor(target: FunctionTarget): Promise<EventChoice | undefined> {
    return this.getEvent(target) ?? this.askEvent(target);
  }

  getEvent(target: FunctionTarget): EventChoice | undefined {
    const sample = this.defaultEvent(target);
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
      const target = targetOf(arg);
      if (!event || !target) return;
      const remove = 'Delete';
      const answer = await vscode.window.showWarningMessage(`Delete the saved event "${event.name}"?`, { modal: true, detail: vscode.workspace.asRelativePath(event.path) }, remove);
      if (answer === remove) await deleteSavedEvent(eventsRoot(target), target.fn.id, event.name);
    }),
  ];
}
