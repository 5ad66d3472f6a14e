// References between parts of the template: Ref, Fn::GetAtt (resource and attribute), Fn::Sub variables,
// DependsOn, Condition and Fn::If condition names, Fn::FindInMap map and keys. Targets include the
// pseudo parameters and, in SAM templates, the resources the transform generates.
import type { Diagnostic } from 'vscode-languageserver/node';
import { getString, getValue, type Range, type TemplateNode } from '../../template-model';
import { getResourceType } from '../spec';
import { CFN_DIALECTS, error, type Check } from './check';
import { intrinsicOf, walk } from './intrinsics-shape';
import { implicitResources } from './sam-implicit';
import { subVariables } from './sub-variables';
import { closest, didYouMean } from './suggest';

export const PSEUDO_PARAMETERS = ['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix'];

/** Types whose GetAtt attributes are open-ended (`Outputs.X`, custom resource results). */
const OPEN_ATTRIBUTES = /^(Custom::|AWS::CloudFormation::CustomResource$|AWS::CloudFormation::Stack$|AWS::Serverless::Application$|AWS::ServiceCatalog::CloudFormationProvisionedProduct$)/;

interface Names {
  parameters: Set<string>;
  /** Logical ID → type (undefined: unknown or not a string). */
  resources: Map<string, string | undefined>;
  conditions: Set<string>;
  mappings: Map<string, TemplateNode>;
}

export const referencesCheck: Check = {
  name: 'references',
  dialects: CFN_DIALECTS,
  run(model) {
    const names: Names = {
      parameters: new Set(model.parameters.map((p) => p.name)),
      resources: new Map(model.resources.map((r) => [r.name, r.type?.value])),
      conditions: new Set(model.conditions.map((c) => c.name)),
      mappings: new Map(model.mappings.map((m) => [m.name, m.node])),
    };
    for (const implicit of implicitResources(model)) if (!names.resources.has(implicit.name)) names.resources.set(implicit.name, implicit.type);
    const out: Diagnostic[] = [];
    walk(model.root, (node, path) => {
      const intrinsic = intrinsicOf(node);
      if (intrinsic) checkIntrinsic(intrinsic.key, intrinsic.value, names, out);
      if (node.kind === 'map' && isResourceOrOutput(path)) checkAttributes(node, names, out);
    });
    return out;
  },
};

function isResourceOrOutput(path: readonly (string | number)[]): boolean {
  return path.length === 2 && (path[0] === 'Resources' || path[0] === 'Outputs');
}

function checkIntrinsic(name: string, value: TemplateNode, names: Names, out: Diagnostic[]): void {
  switch (name) {
    case 'Ref': {
      const target = getString(value);
      if (target !== undefined && value.kind === 'scalar') checkRefTarget(target, value.range, names, out);
      return;
    }
    case 'Fn::GetAtt':
      return checkGetAtt(value, names, out);
    case 'Fn::Sub':
      return checkSub(value, names, out);
    case 'Fn::If': {
      const condition = value.kind === 'seq' ? value.items[0] : undefined;
      const conditionName = getString(condition);
      if (condition && conditionName !== undefined) checkCondition(conditionName, condition.range, names, out);
      return;
    }
    case 'Fn::FindInMap':
      return checkFindInMap(value, names, out);
  }
}

function checkRefTarget(target: string, range: Range, names: Names, out: Diagnostic[]): void {
  if (names.parameters.has(target) || names.resources.has(target) || PSEUDO_PARAMETERS.includes(target)) return;
  const suggestions = closest(target, [...names.parameters, ...names.resources.keys(), ...PSEUDO_PARAMETERS]);
  out.push(
    error(range, 'E1020', `Ref to a parameter or resource that does not exist: ${target}. Declare it, or refer to an existing one.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined),
  );
}

function checkGetAtt(value: TemplateNode, names: Names, out: Diagnostic[]): void {
  let resource: string | undefined;
  let attribute: string | undefined;
  let resourceRange: Range;
  let attributeRange: Range;
  if (value.kind === 'scalar' && typeof value.value === 'string') {
    const dot = value.value.indexOf('.');
    if (dot < 0) return;
    resource = value.value.slice(0, dot);
    attribute = value.value.slice(dot + 1);
    resourceRange = attributeRange = value.range;
  } else if (value.kind === 'seq' && value.items.length === 2) {
    resource = getString(value.items[0]);
    attribute = intrinsicOf(value.items[1]) ? undefined : getString(value.items[1]);
    resourceRange = value.items[0].range;
    attributeRange = value.items[1].range;
  } else return;
  if (resource === undefined) return;
  // SAM lets GetAtt name generated resources through their source, e.g. [MyFunction, Version.FunctionArn].
  if (attribute && names.resources.has(`${resource}.${attribute.split('.')[0]}`)) return;
  if (!names.resources.has(resource)) {
    const suggestions = closest(resource, names.resources.keys());
    out.push(
      error(resourceRange, 'E1010', `GetAtt of a resource that does not exist: ${resource}. Name a resource in Resources.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined),
    );
    return;
  }
  const type = names.resources.get(resource);
  if (attribute === undefined || type === undefined || OPEN_ATTRIBUTES.test(type)) return;
  const spec = getResourceType(type);
  if (!spec) return;
  const attributes = Object.keys(spec.attributes);
  if (attributes.includes(attribute)) return;
  const suggestions = closest(attribute, attributes);
  const known = attributes.length > 0 ? `${type} has: ${attributes.join(', ')}` : `${type} has no attributes`;
  out.push(error(attributeRange, 'E1010', `GetAtt attribute ${attribute} does not exist on ${resource} (${known}).`, suggestions.length ? { replacements: suggestions } : undefined));
}

function checkSub(value: TemplateNode, names: Names, out: Diagnostic[]): void {
  const text = value.kind === 'seq' ? value.items[0] : value;
  if (text?.kind !== 'scalar' || typeof text.value !== 'string') return;
  const local = value.kind === 'seq' && value.items[1]?.kind === 'map' ? new Set(value.items[1].entries.map((e) => e.key)) : new Set<string>();
  for (const variable of subVariables(text.value)) {
    const name = variable.name.trim();
    if (local.has(name) || names.parameters.has(name) || names.resources.has(name) || PSEUDO_PARAMETERS.includes(name)) continue;
    const dot = name.indexOf('.');
    if (dot > 0 && (names.resources.has(name.slice(0, dot)) || names.resources.has(name))) continue;
    const candidates = [...local, ...names.parameters, ...names.resources.keys(), ...PSEUDO_PARAMETERS];
    const suggestions = closest(dot > 0 ? name.slice(0, dot) : name, candidates);
    // Ranges inside a scalar are exact only for plain and single-line quoted scalars; else the whole string.
    const range = text.range.start.line === text.range.end.line ? subRange(text, variable.offset, variable.name.length) : text.range;
    out.push(error(range, 'E1019', `Fn::Sub variable \${${name}} names no parameter, resource or pseudo parameter.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined));
  }
}

/** The range of a variable name inside a one-line scalar, allowing for an opening quote. */
function subRange(node: TemplateNode, offset: number, length: number): Range {
  const width = node.range.end.character - node.range.start.character;
  const raw = width - (node.kind === 'scalar' ? String(node.value).length : 0);
  const quote = raw >= 2 ? 1 : 0;
  const start = node.range.start.character + quote + offset;
  return { start: { line: node.range.start.line, character: start }, end: { line: node.range.start.line, character: start + length } };
}

function checkCondition(name: string, range: Range, names: Names, out: Diagnostic[]): void {
  if (names.conditions.has(name)) return;
  const suggestions = closest(name, names.conditions);
  out.push(error(range, 'E8002', `Condition ${name} is not declared in Conditions.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined));
}

function checkFindInMap(value: TemplateNode, names: Names, out: Diagnostic[]): void {
  if (value.kind !== 'seq' || value.items.length < 3) return;
  const [mapNode, topNode, secondNode] = value.items;
  const mapName = intrinsicOf(mapNode) ? undefined : getString(mapNode);
  if (mapName === undefined) return;
  const mapping = names.mappings.get(mapName);
  if (!mapping) {
    const suggestions = closest(mapName, names.mappings.keys());
    out.push(error(mapNode.range, 'E1011', `Fn::FindInMap names a mapping that does not exist: ${mapName}.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined));
    return;
  }
  // A fourth item is the DefaultValue (AWS::LanguageExtensions): missing keys are then expected.
  const top = intrinsicOf(topNode) ? undefined : getString(topNode);
  if (top === undefined || mapping.kind !== 'map' || value.items.length > 3) return;
  const topValue = getValue(mapping, top);
  if (!topValue) {
    const suggestions = closest(top, mapping.entries.map((e) => e.key));
    out.push(error(topNode.range, 'E1011', `Mapping ${mapName} has no key ${top}.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined));
    return;
  }
  const second = intrinsicOf(secondNode) ? undefined : getString(secondNode);
  if (second === undefined || topValue.kind !== 'map' || getValue(topValue, second)) return;
  const suggestions = closest(second, topValue.entries.map((e) => e.key));
  out.push(error(secondNode.range, 'E1011', `Mapping ${mapName}.${top} has no key ${second}.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined));
}

/** DependsOn and Condition on a resource or output. */
function checkAttributes(node: TemplateNode, names: Names, out: Diagnostic[]): void {
  const condition = getValue(node, 'Condition');
  const conditionName = getString(condition);
  if (condition && conditionName !== undefined) checkCondition(conditionName, condition.range, names, out);
  const dependsOn = getValue(node, 'DependsOn');
  const targets = dependsOn?.kind === 'seq' ? dependsOn.items : dependsOn ? [dependsOn] : [];
  for (const target of targets) {
    const name = getString(target);
    if (name === undefined || names.resources.has(name)) continue;
    const suggestions = closest(name, names.resources.keys());
    out.push(error(target.range, 'E3005', `DependsOn names a resource that does not exist: ${name}.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined));
  }
}
