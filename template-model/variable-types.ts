// The shapes of serverless.yml variable resolution: options, values with their origin, problems.
import type { Range } from './ranges';
import type { TemplateNode } from './yaml';

export interface VariableOptions {
  /** `--stage`; else provider.stage, else `dev` (as the framework does). */
  stage?: string;
  /** CLI options for `${opt:name}` (stage and region included). */
  options?: Record<string, string>;
  /** Environment for `${env:NAME}`: which variables are set (SLS2003 for one that is not). Values are never used. */
  env?: Record<string, string | undefined>;
  /**
   * Text of a `${file(path)}` path as written (relative to the service directory): undefined when there is
   * no such file, null when it may not be read here (outside the workspace), so its value stays unknown.
   */
  readFile?: (path: string) => string | undefined | null;
}

/** Where a resolved value came from: a node of this document, or of a `${file()}` file. */
export interface ValueOrigin {
  file?: string;
  range: Range;
}

export type VariableValue =
  | { state: 'resolved'; value: unknown; origin?: ValueOrigin; node?: TemplateNode; file?: string }
  | { state: 'unknown'; reason: string }
  | { state: 'error'; reason: string };

export interface VariableProblem {
  code: 'SLS2001' | 'SLS2002' | 'SLS2003' | 'SLS2004' | 'SLS2005';
  severity: 'error' | 'warning';
  message: string;
  range: Range;
  /** Texts that could replace the range ("did you mean"). */
  replacements?: string[];
}

export interface VariableAt {
  /** The `${…}` under the offset (innermost). */
  range: Range;
  expression: string;
  value: VariableValue;
}

export interface Miss {
  code: VariableProblem['code'];
  severity: VariableProblem['severity'];
  message: string;
  start: number;
  end: number;
  replacements?: string[];
  /** A value that simply is not known now (an option not given): not a problem. */
  soft?: boolean;
}

export type Reporter = (problem: Omit<VariableProblem, 'range'> & { start: number; end: number }) => void;

