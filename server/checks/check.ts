// What every check is: a pure function from the parsed template (and what it needs of the outside world,
// injected) to diagnostics; plus the one way checks build a diagnostic (source, code, fix data).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Dialect, Range, TemplateModel } from '../../template-model';

/** File access for the checks that look at the workspace (handlers); injected so checks stay testable. */
export interface FileAccess {
  isFile(path: string): boolean;
  isDirectory(path: string): boolean;
  /** The file's text, or undefined when it cannot be read. */
  readText(path: string): string | undefined;
}

export interface CheckContext {
  /** Absolute path of the template file, when it is on disk (handlers resolve against its folder). */
  templatePath?: string;
  files?: FileAccess;
  /** Today, for runtime deprecation dates (`YYYY-MM-DD`). */
  today: string;
}

export interface Check {
  name: string;
  dialects: readonly Dialect[];
  run(model: TemplateModel, context: CheckContext): Diagnostic[];
}

/** Fix data the code-action provider reads (see BRIEF: replacements / missingProperties / createHandler). */
export type FixData =
  | { replacements: string[] }
  | { missingProperties: string[] }
  | { createHandler: { file: string; name: string } };

function make(severity: DiagnosticSeverity, range: Range, code: string, message: string, data?: FixData): Diagnostic {
  return { range, severity, code, source: 'lambda-workbench', message, ...(data ? { data } : {}) };
}

export function error(range: Range, code: string, message: string, data?: FixData): Diagnostic {
  return make(DiagnosticSeverity.Error, range, code, message, data);
}

export function warning(range: Range, code: string, message: string, data?: FixData): Diagnostic {
  return make(DiagnosticSeverity.Warning, range, code, message, data);
}

export const CFN_DIALECTS: readonly Dialect[] = ['sam', 'cloudformation'];
