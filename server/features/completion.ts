// Completion: Ref/GetAtt/DependsOn/Condition targets, !Sub variables, template keys by position (sections,
// resource attributes, parameters, outputs; from the spec: types, properties, enums, attributes, SAM events),
// runtimes, serverless.yml keys, event types and variable sources, snippets for a new function with an event.
import {
  CompletionItemKind,
  MarkupKind,
  type CancellationToken,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getString, getValue, type TemplateModel } from '../../template-model';
import { completionContext, type CompletionContext } from './completion-context';
import { item, keyItem, nodeAt, snippet } from './completion-items';
import { attributeItems, enumValueItems, globalsItems, propertyKeyItems, resourceTypeItems, runtimeItems } from './completion-spec';
import { PSEUDO_PARAMETERS } from './logical-ids';
import { keysAt } from './serverless-schema-keys';
import { SERVERLESS_VARIABLE_SOURCES } from './serverless-variable-sources';

const TEMPLATE_SECTIONS = ['AWSTemplateFormatVersion', 'Description', 'Transform', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Globals', 'Resources', 'Outputs'];
const RESOURCE_KEYS = ['Type', 'Properties', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy', 'UpdateReplacePolicy', 'CreationPolicy', 'UpdatePolicy'];
const PARAMETER_KEYS = ['Type', 'Default', 'Description', 'AllowedValues', 'AllowedPattern', 'ConstraintDescription', 'MinLength', 'MaxLength', 'MinValue', 'MaxValue', 'NoEcho'];
const OUTPUT_KEYS = ['Value', 'Description', 'Export', 'Condition'];

const SAM_FUNCTION_SNIPPET = [
  '${1:MyFunction}:',
  '  Type: AWS::Serverless::Function',
  '  Properties:',
  '    CodeUri: ${2:src/}',
  '    Handler: ${3:index.handler}',
  '    Runtime: ${4:nodejs20.x}',
  '    Events:',
  '      ${5:Api}:',
  '        Type: HttpApi',
  '        Properties:',
  '          Path: ${6:/}',
  '          Method: ${7:get}',
].join('\n');

const SERVERLESS_FUNCTION_SNIPPET = [
  '${1:hello}:',
  '  handler: ${2:src/handler.hello}',
  '  events:',
  '    - httpApi:',
  '        path: ${3:/hello}',
  '        method: ${4:get}',
].join('\n');

/** The document's current text. The model may be one edit older (see DocumentModels.latest): names and
 * types come from the model, the cursor's context from the text. */
export function completion(
  model: TemplateModel,
  document: TextDocument,
  position: Position,
  options: { editRangeDefault: boolean },
  token: CancellationToken,
): CompletionList | null {
  if (token.isCancellationRequested || model.dialect === 'unknown') return null;
  const lineAt = (line: number): string =>
    document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const context = completionContext(lineAt, document.lineCount, position.line, position.character);
  const items = model.dialect === 'serverless' ? serverlessItems(model, context) : (valueItems(model, context) ?? keyItems(model, context));
  return compact(items ?? [], options.editRangeDefault);
}

/** With LSP 3.17 item defaults (VS Code has them) a shared edit range is sent once, not per item: a list
 * of 1,000 Ref targets shrinks to a third. */
function compact(items: CompletionItem[], editRangeDefault: boolean): CompletionList {
  const range = items[0]?.textEdit && 'range' in items[0].textEdit ? items[0].textEdit.range : undefined;
  const shared = range && items.every((i) => i.textEdit && 'range' in i.textEdit && sameRange(i.textEdit.range, range));
  if (!editRangeDefault || !range || !shared) return { isIncomplete: false, items };
  return {
    isIncomplete: false,
    itemDefaults: { editRange: range },
    items: items.map(({ textEdit, ...rest }) => (textEdit?.newText === rest.label ? rest : { ...rest, textEditText: textEdit?.newText })),
  };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Values that name a logical ID or a Sub variable. */
function valueItems(model: TemplateModel, context: CompletionContext): CompletionItem[] | undefined {
  const { before, path } = context;
  const self = path[0] === 'Resources' || path[1] === 'Resources' ? path[path.indexOf('Resources') + 1] : undefined;
  const resources = (start: number): CompletionItem[] =>
    model.resources.filter((r) => r.name !== self).map((r) => item(r.name, CompletionItemKind.Reference, start, context, r.type?.value));
  const attribute = /(?:!GetAtt\s+|Fn::GetAtt["']?\s*:\s*\[\s*["']?|\$\{)([A-Za-z0-9_]+)(?:\.|["']?,\s*["']?)([A-Za-z0-9_.]*)$/.exec(before);
  if (attribute) return attributeItems(model, attribute[1], before.length - attribute[2].length, context);
  const sub = /\$\{([A-Za-z0-9_:]*)$/.exec(before);
  if (sub && model.dialect !== 'serverless') return refTargets(model, context, before.length - sub[1].length, self);
  const ref = /(?:!Ref\s+|\bRef["']?\s*:\s*["']?)([A-Za-z0-9_:]*)$/.exec(before);
  if (ref) return refTargets(model, context, before.length - ref[1].length, self);
  const getAtt = /(?:!GetAtt\s+|Fn::GetAtt["']?\s*:\s*\[?\s*["']?)([A-Za-z0-9_]*)$/.exec(before);
  if (getAtt) return resources(before.length - getAtt[1].length);
  const dependsOn = /\bDependsOn:\s*\[?(?:[A-Za-z0-9_]+,\s*)*([A-Za-z0-9_]*)$/.exec(before);
  const dependsOnItem = path[path.length - 2] === 'DependsOn' && path[path.length - 1] === '-' && /^\s*-\s+[A-Za-z0-9_]*$/.test(before);
  if (dependsOn || dependsOnItem) {
    return resources(before.length - context.prefix.length);
  }
  const condition = /(?:\bCondition:\s*|!Condition\s+|!If\s*\[\s*|Fn::If:\s*\[\s*)([A-Za-z0-9_]*)$/.exec(before);
  if (condition) {
    return model.conditions.map((c) => item(c.name, CompletionItemKind.Constant, before.length - condition[1].length, context, 'Condition'));
  }
  if (context.valueOf === 'Type' && path.length === 2 && path[0] === 'Resources') return resourceTypeItems(context);
  if (context.valueOf === 'Runtime' && (path[0] === 'Resources' || path[0] === 'Globals')) return runtimeItems(context);
  if (context.valueOf === undefined || path[0] !== 'Resources') return undefined;
  return enumValueItems(model, path, context.valueOf, context);
}

function refTargets(model: TemplateModel, context: CompletionContext, start: number, self: string | undefined): CompletionItem[] {
  return [
    ...model.parameters.map((p) => item(p.name, CompletionItemKind.Variable, start, context, `Parameter · ${getString(getValue(p.node, 'Type')) ?? ''}`)),
    ...model.resources.filter((r) => r.name !== self).map((r) => item(r.name, CompletionItemKind.Reference, start, context, r.type?.value)),
    ...PSEUDO_PARAMETERS.map((p) => item(p, CompletionItemKind.Constant, start, context, 'Pseudo parameter')),
  ];
}

/** Keys for the mapping the cursor is in, minus those already there. */
function keyItems(model: TemplateModel, context: CompletionContext): CompletionItem[] | undefined {
  if (context.valueOf !== undefined) return undefined;
  const { path } = context;
  const present = context.siblings;
  const keys = (names: readonly string[], kind: CompletionItemKind = CompletionItemKind.Property): CompletionItem[] =>
    names.filter((n) => !present.has(n)).map((n, i) => ({ ...keyItem(n, kind, context), sortText: String(i).padStart(3, '0') }));
  if (at(path)) return keys(TEMPLATE_SECTIONS, CompletionItemKind.Module);
  if (at(path, 'Resources')) return model.dialect === 'sam' ? [snippet('Serverless function with an event', SAM_FUNCTION_SNIPPET, context)] : [];
  if (at(path, 'Resources', '*')) return keys(RESOURCE_KEYS);
  if (at(path, 'Parameters', '*')) return keys(PARAMETER_KEYS);
  if (at(path, 'Outputs', '*')) return keys(OUTPUT_KEYS);
  if (path[0] === 'Globals') return globalsItems(path, context);
  return path[0] === 'Resources' && path.length >= 3 ? propertyKeyItems(model, path, context) : undefined;
}

function serverlessItems(model: TemplateModel, context: CompletionContext): CompletionItem[] | undefined {
  const variable = /\$\{([^}]*)$/.exec(context.before);
  if (variable) return variableItems(model, context, variable[1]);
  const { path } = context;
  const nested = path[0] === 'resources' ? { ...context, path: path.slice(1) } : context;
  const value = valueItems(model, nested);
  if (context.valueOf === 'runtime' && (path[0] === 'provider' || path[0] === 'functions')) return runtimeItems(context);
  if (value || context.valueOf !== undefined) return value;
  if (at(path, 'functions')) return [snippet('Function with an httpApi event', SERVERLESS_FUNCTION_SNIPPET, context)];
  if (path[0] === 'resources' && path.length > 1) return keyItems(model, nested);
  // Keys from the framework's schema: event types are the keys of an `events` item.
  const kind = path[path.length - 1] === '-' && path[path.length - 2] === 'events' ? CompletionItemKind.Event : path.length === 0 ? CompletionItemKind.Module : CompletionItemKind.Property;
  return keysAt(path)
    .filter((k) => !context.siblings.has(k.name))
    .map((k) => ({
      ...keyItem(k.name, kind, context),
      sortText: `${k.required ? 0 : 1}${k.name}`,
      documentation: k.description ? { kind: MarkupKind.Markdown, value: k.description } : undefined,
    }));
}

function at(path: readonly string[], ...expected: string[]): boolean {
  return expected.length === path.length && expected.every((e, i) => e === '*' || e === path[i]);
}

/** `${…}`: the variable sources, or after `self:` the keys of this file along the dotted path. */
function variableItems(model: TemplateModel, context: CompletionContext, inner: string): CompletionItem[] {
  const self = /^self:([\w.-]*)$/.exec(inner);
  if (self) {
    const parts = self[1].split('.');
    const partial = parts.pop() ?? '';
    const node = nodeAt(model.root, parts);
    const start = context.before.length - partial.length;
    return node?.kind === 'map' ? node.entries.map((e) => item(e.key, CompletionItemKind.Field, start, context, e.value.kind === 'scalar' ? String(e.value.value) : e.value.kind)) : [];
  }
  const start = context.before.length - inner.length;
  return SERVERLESS_VARIABLE_SOURCES.map((s) => item(s.label, CompletionItemKind.Module, start, context, s.detail));
}
