// One parsed template model per open document, re-parsed only when the document's version changes.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseTemplate, type TemplateModel } from '../template-model';

export class DocumentModels {
  private readonly cache = new Map<string, { version: number; model: TemplateModel }>();

  get(document: TextDocument): TemplateModel {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const model = parseTemplate(document.getText());
    this.cache.set(document.uri, { version: document.version, model });
    return model;
  }

  /** The newest model parsed for the document, even when its text has changed since (parsed now if none).
   * Completion reads names and types from it and the current text from the document, so typing never waits
   * for a re-parse of a large template; the debounced diagnostics keep it at most one pause behind. */
  latest(document: TextDocument): TemplateModel {
    return this.cache.get(document.uri)?.model ?? this.get(document);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
