// CodeLens "Run locally | Debug | Event: …" above each function in a template and above each exported
// handler in its source file. In an untrusted workspace one lens explains why run and debug are off.
import * as vscode from 'vscode';
import type { EventChoices } from '../events/event-choices';
import { eventChoiceLabel } from '../views/labels';
import type { WorkspaceFunctions } from '../workspace-functions';
import { findHandlerLine, handlerExportName, sourceLanguage } from './handler-exports';
import type { FunctionTarget } from './launch-arguments';

export const CODE_LENS_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file', language: 'yaml' },
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'javascript' },
  { scheme: 'file', language: 'typescript' },
];

export class FunctionCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly didChangeCodeLenses = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.didChangeCodeLenses.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly functions: WorkspaceFunctions,
    private readonly choices: EventChoices,
  ) {
    const changed = () => this.didChangeCodeLenses.fire();
    this.disposables = [this.didChangeCodeLenses, functions.onDidChange(changed), choices.onDidChange(changed), vscode.workspace.onDidGrantWorkspaceTrust(changed)];
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const placed = await this.placeFunctions(document, token);
    if (token.isCancellationRequested) return [];
    // A handler file shared by several functions (serverless.yml and template.yaml, say) gets one set of
    // lenses per function: name the function so the user can tell them apart.
    const perLine = new Map<number, number>();
    for (const { range } of placed) perLine.set(range.start.line, (perLine.get(range.start.line) ?? 0) + 1);
    return placed.flatMap(({ range, target }) => this.lenses(range, target, (perLine.get(range.start.line) ?? 0) > 1));
  }

  private async placeFunctions(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<{ range: vscode.Range; target: FunctionTarget }[]> {
    const language = sourceLanguage(document.uri.fsPath);
    if (language) {
      const targets = await this.functions.getTargetsForHandlerFile(document.uri.fsPath, token);
      return targets.map((target) => {
        const line = findHandlerLine(document.getText(), handlerExportName(target.fn.handler), language) ?? 0;
        return { range: new vscode.Range(line, 0, line, 0), target };
      });
    }
    const entry = await this.functions.getTemplate(document.uri, token);
    return entry.functions.map((fn) => ({
      range: new vscode.Range(fn.range.start.line, fn.range.start.character, fn.range.end.line, fn.range.end.character),
      target: { templatePath: document.uri.fsPath, fn },
    }));
  }

  private lenses(range: vscode.Range, target: FunctionTarget, named: boolean): vscode.CodeLens[] {
    if (!vscode.workspace.isTrusted) {
      return [new vscode.CodeLens(range, { title: '$(shield) Run and debug need a trusted workspace', command: 'workbench.trust.manage', tooltip: 'Lambda Workbench runs functions only in a trusted workspace.' })];
    }
    const event = eventChoiceLabel(this.choices.get(target));
    const which = named ? ` ${target.fn.id}` : '';
    return [
      new vscode.CodeLens(range, { title: `$(play) Run${which} locally`, command: 'lambdaWorkbench.runLocally', arguments: [target], tooltip: `Run ${target.fn.id} locally with ${event}` }),
      new vscode.CodeLens(range, { title: `$(debug-alt) Debug${which}`, command: 'lambdaWorkbench.debugFunction', arguments: [target], tooltip: `Debug ${target.fn.id} with ${event}` }),
      new vscode.CodeLens(range, { title: `$(symbol-event) Event: ${event}`, command: 'lambdaWorkbench.selectEvent', arguments: [target], tooltip: 'Choose the event Run and Debug use' }),
    ];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
