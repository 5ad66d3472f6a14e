// Intrinsic functions: known names, the number and kind of their arguments, and where they may appear
// (condition functions only in Conditions and as Fn::If conditions; nothing in Parameters).
import type { Diagnostic } from 'vscode-languageserver/node';
import { getString, getValue, type TemplateNode } from '../../template-model';
import { CFN_DIALECTS, error, type Check } from './check';
import { checkArguments } from './intrinsic-arguments';
import { INTRINSIC_FUNCTIONS, intrinsicOf, isForEach, walk } from './intrinsics-shape';
import { closest, didYouMean } from './suggest';

type Shape = 'string' | 'list' | 'any';

interface Arity {
  code: string;
  /** Accepted shapes of the argument; for lists, the allowed item counts. */
  shapes: Shape[];
  items?: [number, number];
  usage: string;
}

const ARITY: Record<string, Arity> = {
  Ref: { code: 'E1020', shapes: ['string'], usage: 'Ref: LogicalName' },
  'Fn::GetAtt': { code: 'E1010', shapes: ['string', 'list'], items: [2, 2], usage: 'Fn::GetAtt: [LogicalName, Attribute] or !GetAtt LogicalName.Attribute' },
  'Fn::Sub': { code: 'E1019', shapes: ['string', 'list'], items: [2, 2], usage: "Fn::Sub: 'text ${Name}' or [text, { Name: value }]" },
  'Fn::Join': { code: 'E1022', shapes: ['list'], items: [2, 2], usage: 'Fn::Join: [delimiter, [values]]' },
  'Fn::Select': { code: 'E1017', shapes: ['list'], items: [2, 2], usage: 'Fn::Select: [index, [values]]' },
  'Fn::Split': { code: 'E1018', shapes: ['list'], items: [2, 2], usage: 'Fn::Split: [delimiter, text]' },
  'Fn::If': { code: 'E1028', shapes: ['list'], items: [3, 3], usage: 'Fn::If: [ConditionName, valueIfTrue, valueIfFalse]' },
  'Fn::FindInMap': { code: 'E1011', shapes: ['list'], items: [3, 4], usage: 'Fn::FindInMap: [MapName, TopLevelKey, SecondLevelKey]' },
  'Fn::Equals': { code: 'E8003', shapes: ['list'], items: [2, 2], usage: 'Fn::Equals: [value1, value2]' },
  'Fn::And': { code: 'E8004', shapes: ['list'], items: [2, 10], usage: 'Fn::And: [condition, condition, …] (2 to 10)' },
  'Fn::Or': { code: 'E8006', shapes: ['list'], items: [2, 10], usage: 'Fn::Or: [condition, condition, …] (2 to 10)' },
  'Fn::Not': { code: 'E8005', shapes: ['list'], items: [1, 1], usage: 'Fn::Not: [condition]' },
  'Fn::Cidr': { code: 'E1024', shapes: ['list'], items: [2, 3], usage: 'Fn::Cidr: [ipBlock, count, cidrBits]' },
  'Fn::GetAZs': { code: 'E1015', shapes: ['string'], usage: "Fn::GetAZs: '' or a region" },
  'Fn::ImportValue': { code: 'E1016', shapes: ['string'], usage: 'Fn::ImportValue: exportName' },
  'Fn::Base64': { code: 'E1021', shapes: ['string'], usage: 'Fn::Base64: text' },
};

const CONDITION_FUNCTIONS = new Set(['Fn::Equals', 'Fn::And', 'Fn::Or', 'Fn::Not']);

export const intrinsicsCheck: Check = {
  name: 'intrinsics',
  dialects: CFN_DIALECTS,
  run(model) {
    const out: Diagnostic[] = [];
    const languageExtensions = hasTransform(model.root, 'AWS::LanguageExtensions');
    walk(model.root, (node, path) => {
      if (node.kind !== 'map') return;
      for (let i = 0; i < node.entries.length; i++) {
        const entry = node.entries[i];
        if (!entry.key.startsWith('Fn::') || isForEach(entry.key)) continue;
        if (!INTRINSIC_FUNCTIONS.has(entry.key)) {
          const suggestions = closest(entry.key, INTRINSIC_FUNCTIONS);
          out.push(error(entry.keyRange, 'E1001', `Unknown intrinsic function: ${entry.key}.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined));
        } else if (node.entries.length > 1 && entry.key !== 'Fn::Transform') {
          out.push(error(entry.keyRange, 'E1001', `${entry.key} must be the only key of its mapping: move the other keys out.`));
        }
      }
      const intrinsic = intrinsicOf(node);
      if (!intrinsic) return;
      const arity = ARITY[intrinsic.key];
      // With AWS::LanguageExtensions, Ref may take an intrinsic (resolved before deployment).
      if (arity && !(languageExtensions && intrinsic.key === 'Ref') && checkArity(intrinsic.key, arity, intrinsic.value, out)) {
        checkArguments(intrinsic.key, arity.code, arity.usage, intrinsic.value, model, out);
      }
      if (path[0] === 'Parameters') out.push(error(intrinsic.keyRange, 'E1001', `${intrinsic.key} cannot be used in Parameters: use a literal value.`));
      else if (CONDITION_FUNCTIONS.has(intrinsic.key) && !inConditionPosition(path)) {
        out.push(error(intrinsic.keyRange, arity.code, `${intrinsic.key} is only allowed in Conditions (or as the condition of Fn::If): declare a condition and refer to it by name.`));
      }
    });
    return out;
  },
};

export function hasTransform(root: TemplateNode | undefined, name: string): boolean {
  const transform = getValue(root, 'Transform');
  return transform?.kind === 'seq' ? transform.items.some((i) => getString(i) === name) : getString(transform) === name;
}

/** False when the arguments are the wrong shape or number (and that was reported). */
function checkArity(name: string, arity: Arity, value: TemplateNode, out: Diagnostic[]): boolean {
  if (intrinsicOf(value) && name !== 'Ref') return true;
  const shape: Shape = value.kind === 'seq' ? 'list' : value.kind === 'scalar' && value.value !== null ? 'string' : 'any';
  const fits = arity.shapes.includes(shape) && (shape !== 'list' || !arity.items || (value.kind === 'seq' && value.items.length >= arity.items[0] && value.items.length <= arity.items[1]));
  if (fits) return true;
  const got = value.kind === 'seq' ? `a list of ${value.items.length}` : value.kind === 'map' ? 'a mapping' : value.value === null ? 'nothing' : 'a single value';
  out.push(error(value.range, arity.code, `${name} takes ${arity.usage}; got ${got}.`));
  return false;
}

/** Inside Conditions, Rules, or the first argument of an Fn::If. */
function inConditionPosition(path: readonly (string | number)[]): boolean {
  if (path[0] === 'Conditions' || path[0] === 'Rules') return true;
  for (let i = path.length - 2; i >= 0; i--) {
    if (path[i] === 'Fn::If' && path[i + 1] === 0) return true;
  }
  return false;
}
