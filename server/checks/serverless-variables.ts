// serverless.yml: variable references that cannot be resolved, at the exact segment that is wrong.
import type { Diagnostic } from 'vscode-languageserver/node';
import type { VariableResolver } from '../../template-model';
import { slsDiagnostic } from './serverless-diagnostic';

export function checkServerlessVariables(resolver: VariableResolver): Diagnostic[] {
  return resolver.getProblems().map((p) => slsDiagnostic(p.range, p.severity, p.code, p.message, { replacements: p.replacements }));
}
