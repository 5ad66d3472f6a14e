// The parsed template model: what server, debug adapter, runtime and CLI read of a template.
import type { Range } from './ranges';
import type { LineIndex } from './ranges';
import type { MapNode, SyntaxProblem, TemplateNode } from './yaml';

export type Dialect = 'sam' | 'cloudformation' | 'serverless' | 'unknown';

/** A value read from the template with the node it came from (for ranges and unresolved intrinsics). */
export interface Located<T> {
  value: T;
  node: TemplateNode;
  range: Range;
}

export interface NamedSection {
  name: string;
  keyRange: Range;
  node: TemplateNode;
}

export interface ResourceModel extends NamedSection {
  /** `Type`, when it is a plain string. */
  type?: Located<string>;
  properties?: TemplateNode;
}

export interface EventModel {
  /** SAM: the event's key under `Events`; serverless.yml: `<type>` plus its index. */
  name: string;
  /** SAM event `Type` (`S3`, `Api`, …) or serverless.yml event key (`s3`, `http`, …). */
  type: string;
  keyRange: Range;
  /** The event's settings as plain values (SAM `Properties`, or the serverless.yml event's value). */
  properties: unknown;
  node: TemplateNode;
}

export interface FunctionModel {
  /** Logical ID (SAM/CloudFormation) or function key (serverless.yml). */
  id: string;
  kind: 'sam' | 'cloudformation' | 'serverless';
  /** Where the function is declared: its key, for CodeLens and go-to. */
  keyRange: Range;
  node: TemplateNode;
  /** The explicit deployed name (`FunctionName` / `name`), when the template sets one. */
  name?: Located<unknown>;
  handler?: Located<unknown>;
  runtime?: Located<unknown>;
  /** SAM `CodeUri` (a path) — absent for inline code and for serverless.yml (the service directory). */
  codeUri?: Located<unknown>;
  /** CloudFormation `Code.ZipFile` or SAM `InlineCode`. */
  inlineCode?: Located<unknown>;
  memorySize?: Located<unknown>;
  timeout?: Located<unknown>;
  /** Environment variables, function over globals/provider. */
  environment: Record<string, Located<unknown>>;
  /** `LoggingConfig.LogFormat` / `logs.lambda.logFormat`. */
  logFormat?: Located<unknown>;
  architecture?: Located<unknown>;
  reservedConcurrency?: Located<unknown>;
  packageType?: Located<unknown>;
  events: EventModel[];
}

export interface TemplateModel {
  dialect: Dialect;
  root: TemplateNode | undefined;
  lines: LineIndex;
  syntaxErrors: SyntaxProblem[];
  parameters: NamedSection[];
  conditions: NamedSection[];
  mappings: NamedSection[];
  resources: ResourceModel[];
  outputs: NamedSection[];
  functions: FunctionModel[];
  /** serverless.yml only: `service` and the `provider` map. */
  serverless?: { service?: Located<unknown>; provider?: MapNode };
}
