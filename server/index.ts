// The checks without LSP: what the language server publishes and what `lambda-workbench validate` prints.
import type { Diagnostic } from 'vscode-languageserver/node';
import type { TemplateModel } from '../template-model';
import { checkSyntax } from './checks/syntax';

export function checkTemplate(model: TemplateModel): Diagnostic[] {
  return checkSyntax(model);
}
