// The server's custom protocol and settings: the only server file the extension imports.
// Each custom method is declared once here as a typed request, used by both sides.
import { RequestType } from 'vscode-languageserver-protocol';
import type { Range } from '../template-model';

/** A function declared in a template, as the server reports it for CodeLens, views and F5. */
export interface TemplateFunction {
  /** Logical ID (SAM/CloudFormation) or function key (serverless.yml). */
  id: string;
  /** Deployed name: FunctionName/name, or `service-stage-function`, or the logical ID. */
  functionName: string;
  kind: 'sam' | 'cloudformation' | 'serverless';
  /** Range of the function's key in the template. */
  range: Range;
  handler: string;
  runtime: string;
  /** Absolute path of the code directory. */
  codeDir: string;
  /** Absolute path of the handler's source file, when found on disk. */
  handlerFile?: string;
  events: { name: string; type: string; range: Range }[];
}

export interface FunctionsParams {
  /** The template document's URI. */
  uri: string;
}

export interface FunctionsResult {
  dialect: 'sam' | 'cloudformation' | 'serverless' | 'unknown';
  functions: TemplateFunction[];
}

export const FunctionsRequest = {
  method: 'lambdaWorkbench/functions',
  type: new RequestType<FunctionsParams, FunctionsResult, void>('lambdaWorkbench/functions'),
} as const;

/** Settings the client sends through `workspace/configuration` (section `lambdaWorkbench`). */
export interface ServerSettings {
  validation: {
    enable: boolean;
    /** Check that handler files and exports exist. */
    handlers: boolean;
  };
}

export const DEFAULT_SETTINGS: ServerSettings = {
  validation: { enable: true, handlers: true },
};
