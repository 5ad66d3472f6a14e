// The shared template model: text in, typed model with source ranges out. Pure — no vscode, no I/O —
// so the language server, debug adapter, runtime and CLI all read templates the same way.
import { detectDialect } from './dialect';
import { readCloudFormation } from './sam';
import { readServerless } from './serverless';
import type { TemplateModel } from './types';
import { parseYaml } from './yaml';

export function parseTemplate(text: string): TemplateModel {
  const { root, errors, lines } = parseYaml(text);
  const dialect = detectDialect(root);
  const empty = { parameters: [], conditions: [], mappings: [], resources: [], outputs: [], functions: [] };
  const sections =
    dialect === 'serverless' ? { ...empty, ...readServerless(root) } : dialect === 'unknown' ? empty : readCloudFormation(root);
  return { dialect, root, lines, syntaxErrors: errors, ...sections };
}

export { LineIndex, containsPosition, type Position, type Range } from './ranges';
export type { Dialect, EventModel, FunctionModel, Located, NamedSection, ResourceModel, TemplateModel } from './types';
export {
  getEntry,
  getString,
  getValue,
  parseYaml,
  pathAt,
  SHORT_FORM_TAGS,
  toPlain,
  type MapEntry,
  type MapNode,
  type PathStep,
  type ScalarNode,
  type SeqNode,
  type SyntaxProblem,
  type TemplateNode,
} from './yaml';
export {
  describeIntrinsic,
  findFunction,
  FunctionNotFoundError,
  resolveFunction,
  type FunctionConfig,
  type ResolveOptions,
} from './function-config';
export { resolveVariableAt, VariableResolver } from './variables';
export type { ValueOrigin, VariableAt, VariableOptions, VariableProblem, VariableValue } from './variable-types';
export { closest } from './suggest';
export { getServerlessCloudFormation, type ServerlessCloudFormation } from './serverless-cloudformation';
export { getServerlessLogicalIds } from './serverless-logical-ids';
export { handlerLanguage, handlerModule, type HandlerLanguage, type HandlerModule } from './handler-module';
