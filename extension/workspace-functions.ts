// The workspace's templates and their functions, as the language server reports them (the extension never
// parses templates). Cached per template and refreshed when a template changes; CodeLens, the Local
// Functions view and F5 all read it here.
import * as vscode from 'vscode';
import type { FunctionsResult, TemplateFunction } from '../server/protocol';
import type { FunctionTarget } from './debug/launch-arguments';
import type { TemplateServer } from './language-client';

/** The template names the extension looks for; activationEvents in package.json name the same files. */
export const TEMPLATE_GLOB = '**/{serverless.yml,serverless.yaml,template.yaml,template.yml,template.json}';
const EXCLUDE_GLOB = '**/{node_modules,.aws-sam,.serverless,.git}/**';
/** Typing in a template changes its functions; listeners (tree, CodeLens) hear once the typing pauses. */
const CHANGE_DELAY_MS = 300;

export interface TemplateEntry {
  uri: vscode.Uri;
  dialect: FunctionsResult['dialect'];
  functions: TemplateFunction[];
  /** Why the server could not list this template's functions. */
  error?: string;
}

export class WorkspaceFunctions implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<TemplateEntry>>();
  private readonly didChange = new vscode.EventEmitter<void>();
  readonly onDidChange = this.didChange.event;
  private readonly disposables: vscode.Disposable[] = [this.didChange, { dispose: () => clearTimeout(this.changeTimer) }];
  private changeTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly server: TemplateServer,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(TEMPLATE_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => this.refresh()),
      watcher.onDidDelete((uri) => this.forget(uri)),
      watcher.onDidChange((uri) => this.forget(uri)),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length > 0 && this.cache.has(document.uri.toString())) this.forget(document.uri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresh()),
    );
  }

  refresh(): void {
    this.cache.clear();
    this.announceChange();
  }

  private forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.announceChange();
  }

  private announceChange(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.didChange.fire(), CHANGE_DELAY_MS);
  }

  async getTemplates(token?: vscode.CancellationToken): Promise<TemplateEntry[]> {
    const uris = await vscode.workspace.findFiles(TEMPLATE_GLOB, EXCLUDE_GLOB, undefined, token);
    uris.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    const entries = await Promise.all(uris.map((uri) => this.getTemplate(uri, token)));
    return entries.filter((entry) => entry.dialect !== 'unknown' || entry.error !== undefined);
  }

  getTemplate(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<TemplateEntry> {
    const key = uri.toString();
    let entry = this.cache.get(key);
    if (!entry) {
      entry = this.fetch(uri, token);
      this.cache.set(key, entry);
    }
    return entry;
  }

  private async fetch(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<TemplateEntry> {
    try {
      const result = await this.server.fetchFunctions(uri, token);
      this.log.trace(`Functions of ${uri.fsPath}: ${result.functions.map((f) => f.id).join(', ') || 'none'}`);
      return { uri, dialect: result.dialect, functions: result.functions };
    } catch (error) {
      // Not cached: the next look retries (the server may still be starting).
      this.cache.delete(uri.toString());
      this.log.warn(`Listing the functions of ${uri.fsPath} failed:`, error instanceof Error ? error : String(error));
      return { uri, dialect: 'unknown', functions: [], error: error instanceof Error ? error.message : String(error) };
    }
  }

  async getTargets(token?: vscode.CancellationToken): Promise<FunctionTarget[]> {
    const templates = await this.getTemplates(token);
    return templates.flatMap((t) => t.functions.map((fn) => ({ templatePath: t.uri.fsPath, fn })));
  }

  /** The functions whose handler is in this source file (for CodeLens in handler files). */
  async getTargetsForHandlerFile(path: string, token?: vscode.CancellationToken): Promise<FunctionTarget[]> {
    return (await this.getTargets(token)).filter((t) => t.fn.handlerFile === path);
  }

  async findTarget(templatePath: string, functionId: string): Promise<FunctionTarget | undefined> {
    const entry = await this.getTemplate(vscode.Uri.file(templatePath));
    const fn = entry.functions.find((f) => f.id === functionId);
    return fn && { templatePath, fn };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
