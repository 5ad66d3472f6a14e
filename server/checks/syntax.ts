// YAML/JSON syntax errors, as the parser located them.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TemplateModel } from '../../template-model';

export function checkSyntax(model: TemplateModel): Diagnostic[] {
  return model.syntaxErrors.map((e) => ({
    range: e.range,
    severity: DiagnosticSeverity.Error,
    code: 'E0000',
    source: 'lambda-workbench',
    message: e.message,
  }));
}
