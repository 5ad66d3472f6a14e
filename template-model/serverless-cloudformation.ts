// A serverless.yml seen as the CloudFormation the framework deploys, so the CloudFormation checks can run on
// it: `resources` (Resources, Outputs, Conditions, …) plus `provider` and `functions`, whose intrinsics the
// framework passes through; serverless variables resolved, each node keeping its original range.
import { readCloudFormation } from './sam';
import { getServerlessLogicalIds } from './serverless-logical-ids';
import type { ResourceModel, TemplateModel } from './types';
import type { VariableResolver } from './variables';
import { getValue, type MapEntry, type TemplateNode } from './yaml';

/** Top-level serverless.yml sections whose CloudFormation intrinsics reach the stack. */
const PASSED_THROUGH = ['provider', 'functions'];

export interface ServerlessCloudFormation {
  /** The CloudFormation model (dialect `cloudformation`): the template's own resources only. */
  model: TemplateModel;
  /** The resources the framework generates (`HelloLambdaFunction`, …), for reference checks. */
  generated: ResourceModel[];
}

export function getServerlessCloudFormation(model: TemplateModel, resolver: VariableResolver): ServerlessCloudFormation | undefined {
  const resources = getValue(model.root, 'resources');
  if (resources?.kind !== 'map' || model.root?.kind !== 'map') return undefined;
  const entries: MapEntry[] = [...resources.entries];
  for (const name of PASSED_THROUGH) {
    const entry = model.root.entries.find((e) => e.key === name);
    if (entry) entries.push(entry);
  }
  const root = substitute({ ...resources, entries }, resolver, 'value');
  const view: TemplateModel = {
    ...model,
    dialect: 'cloudformation',
    root,
    syntaxErrors: [],
    serverless: undefined,
    ...readCloudFormation(root),
  };
  const generated = [...getServerlessLogicalIds(model, resolver)].map(([name, type]): ResourceModel => {
    const node: TemplateNode = { kind: 'map', entries: [], range: model.lines.rangeOf(0, 0), offsets: [0, 0] };
    return { name, keyRange: node.range, node, type: { value: type, node, range: node.range } };
  });
  return { model: view, generated };
}

/** What a value stands for, so an unknown one gets a placeholder of the right shape. */
type Role = 'section' | 'entry' | 'value';

/**
 * Scalars holding serverless variables become their resolved value. A value only a deploy can know becomes
 * a placeholder the CloudFormation checks accept: an empty section, a resource of an unchecked custom type,
 * an output or value of `{ Ref: AWS::NoValue }`.
 */
function substitute(node: TemplateNode, resolver: VariableResolver, role: Role): TemplateNode {
  const inner = (key: string): Role => (role === 'section' ? 'entry' : role === 'value' && ['Resources', 'Outputs', 'Conditions', 'Mappings', 'Parameters'].includes(key) ? 'section' : 'value');
  if (node.kind === 'map') return { ...node, entries: node.entries.map((e) => ({ ...e, value: substitute(e.value, resolver, role === 'entry' ? 'value' : inner(e.key)) })) };
  if (node.kind === 'seq') return { ...node, items: node.items.map((i) => substitute(i, resolver, 'value')) };
  if (typeof node.value !== 'string' || !node.value.includes('${')) return node;
  const value = resolver.valueOf(node);
  if (value.state === 'resolved' && value.node?.kind !== 'map' && value.node?.kind !== 'seq') {
    const resolved = value.value;
    if (resolved === null || ['string', 'number', 'boolean'].includes(typeof resolved)) return { ...node, value: resolved as string | number | boolean | null };
  }
  if (value.state === 'resolved' && value.node && value.node.kind !== 'scalar' && value.file === undefined) return value.node;
  const at = { range: node.range, offsets: node.offsets };
  const scalar = (text: string): TemplateNode => ({ kind: 'scalar', value: text, ...at });
  const map = (key: string, child: TemplateNode): TemplateNode => ({ kind: 'map', ...at, entries: [{ key, keyRange: node.range, keyOffsets: node.offsets, value: child }] });
  if (role === 'section') return { kind: 'map', ...at, entries: [] };
  if (role === 'entry') return map('Type', scalar('Custom::ServerlessVariable'));
  return map('Ref', scalar('AWS::NoValue'));
}
