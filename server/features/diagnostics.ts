// Publishes diagnostics for open templates: debounced per document, the latest version wins,
// cleared when the document closes.
import { fileURLToPath } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentModels } from '../documents';
import { checkTemplate } from '../index';

const DEBOUNCE_MS = 150;

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly models: DocumentModels,
    private readonly workspaceFolders: () => string[] = () => [],
  ) {}

  schedule(document: TextDocument): void {
    clearTimeout(this.pending.get(document.uri));
    // The first version validates at once (fast first diagnostics); edits are debounced.
    const delay = document.version <= 1 ? 0 : DEBOUNCE_MS;
    this.pending.set(
      document.uri,
      setTimeout(() => this.publish(document), delay),
    );
  }

  clear(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch((error: unknown) => this.connection.console.error(String(error)));
  }

  private publish(document: TextDocument): void {
    this.pending.delete(document.uri);
    let diagnostics: Diagnostic[];
    try {
      diagnostics = checkTemplate(this.models.get(document), {
        templatePath: document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined,
        workspaceFolders: this.workspaceFolders(),
        env: process.env,
        log: (message) => this.connection.console.error(message),
      });
    } catch (error) {
      this.connection.console.error(`internal error validating ${document.uri}: ${error instanceof Error ? error.stack : String(error)}`);
      diagnostics = [];
    }
    void this.connection
      .sendDiagnostics({ uri: document.uri, version: document.version, diagnostics })
      .catch((error: unknown) => this.connection.console.error(String(error)));
  }
}
