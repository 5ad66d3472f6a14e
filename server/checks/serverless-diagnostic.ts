// The one way serverless.yml checks build a diagnostic: source, `SLS…` code and the fix data the
// code-action provider reads (replacements, missingProperties, createHandler).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Range } from '../../template-model';

export interface FixData {
  replacements?: string[];
  missingProperties?: string[];
  createHandler?: { file: string; name: string };
}

export function slsDiagnostic(range: Range, severity: 'error' | 'warning', code: string, message: string, data?: FixData): Diagnostic {
  const diagnostic: Diagnostic = {
    range,
    severity: severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code,
    source: 'lambda-workbench',
    message,
  };
  const fix = Object.fromEntries(Object.entries(data ?? {}).filter(([, v]) => v !== undefined && (!Array.isArray(v) || v.length > 0)));
  if (Object.keys(fix).length > 0) diagnostic.data = fix;
  return diagnostic;
}
