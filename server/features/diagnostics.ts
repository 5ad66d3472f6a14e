// Publishes diagnostics for open templates: debounced per document, the latest version wins, cleared
// when the document closes. Documents too large to check on every keystroke get one notice instead.
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentModels } from '../documents';
import { checkTemplate } from '../index';

const DEBOUNCE_MS = 150;
/** Beyond this many characters (~1.5 MB; a 1,000-resource template is ~0.3 MB) a template is not checked as you
 * type: parsing alone would stall the server for longer than a keystroke. */
const MAX_CHECKED_LENGTH = 1_500_000;

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
    const diagnostics = document.getText().length > MAX_CHECKED_LENGTH ? [tooLarge()] : this.check(document);
    void this.connection
      .sendDiagnostics({ uri: document.uri, version: document.version, diagnostics })
      .catch((error: unknown) => this.connection.console.error(String(error)));
  }

  private check(document: TextDocument): Diagnostic[] {
    try {
      return checkTemplate(this.models.get(document), {
        templatePath: document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined,
        workspaceFolders: this.workspaceFolders(),
        env: process.env,
        onInternalError: (check, error) =>
          this.connection.console.error(`internal error in check ${check} on ${document.uri}: ${error instanceof Error ? error.stack : String(error)}`),
      });
    } catch (error) {
      // Parsing itself failed: report it where the user looks, and keep serving.
      this.connection.console.error(`internal error validating ${document.uri}: ${error instanceof Error ? error.stack : String(error)}`);
      return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, code: 'E0002', source: 'lambda-workbench', message: `internal error reading the template: ${String(error)}` }];
    }
  }
}

function tooLarge(): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'I0001',
    source: 'lambda-workbench',
    message: `This file is over ${MAX_CHECKED_LENGTH / 1_000_000} MB: it is not checked as you type. Run lambda-workbench validate on it.`,
  };
}
