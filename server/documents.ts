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

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
