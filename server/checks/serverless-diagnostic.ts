// The one way serverless.yml checks build a diagnostic: source, `SLS…` code and the fix data the
// code-action provider reads (replacements, missingProperties, createHandler).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { LineIndex, Range, TemplateNode } from '../../template-model';

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

/** A node's range without the trailing newline, spaces and comment the parser counts as part of a scalar. */
export function valueRange(lines: LineIndex, node: TemplateNode): Range {
  if (node.kind !== 'scalar') return node.range;
  const [start, end] = node.offsets;
  const raw = lines.text.slice(start, end);
  const quote = raw[0] === '"' || raw[0] === "'" ? raw[0] : undefined;
  let length = raw.length;
  if (quote) {
    for (let i = 1; i < raw.length; i++) {
      if (quote === '"' && raw[i] === '\\') i++;
      else if (raw[i] === quote && !(quote === "'" && raw[i + 1] === "'")) {
        length = i + 1;
        break;
      } else if (quote === "'" && raw[i] === "'") i++;
    }
  } else {
    const comment = raw.search(/\s#/);
    if (comment >= 0) length = comment;
  }
  return lines.rangeOf(start, start + raw.slice(0, length).trimEnd().length);
}
