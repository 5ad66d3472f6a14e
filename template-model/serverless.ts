// serverless.yml → model: provider defaults, functions with their events, and the CloudFormation
// `resources` section (read like any template's Resources).
import { environmentOf, locateAt, sections } from './located';
import { readResources } from './sam';
import type { EventModel, FunctionModel, Located, TemplateModel } from './types';
import { getValue, toPlain, type MapNode, type TemplateNode } from './yaml';

type ServerlessSections = Pick<TemplateModel, 'resources' | 'outputs' | 'functions' | 'serverless'>;

export function readServerless(root: TemplateNode | undefined): ServerlessSections {
  const provider = getValue(root, 'provider');
  const cfn = getValue(root, 'resources');
  return {
    serverless: {
      service: locateAt(root, 'service'),
      provider: provider?.kind === 'map' ? (provider as MapNode) : undefined,
    },
    resources: readResources(getValue(cfn, 'Resources')),
    outputs: sections(getValue(cfn, 'Outputs')),
    functions: sections(getValue(root, 'functions')).map((fn) => readFunction(fn.name, fn.keyRange, fn.node, provider)),
  };
}

function readFunction(
  id: string,
  keyRange: FunctionModel['keyRange'],
  node: TemplateNode,
  provider: TemplateNode | undefined,
): FunctionModel {
  const pick = (key: string): Located<unknown> | undefined => locateAt(node, key) ?? locateAt(provider, key);
  return {
    id,
    kind: 'serverless',
    keyRange,
    node,
    name: locateAt(node, 'name'),
    handler: locateAt(node, 'handler'),
    runtime: pick('runtime'),
    memorySize: pick('memorySize'),
    timeout: pick('timeout'),
    environment: { ...environmentOf(getValue(provider, 'environment')), ...environmentOf(getValue(node, 'environment')) },
    logFormat: locateAt(node, 'logs', 'logFormat') ?? locateAt(provider, 'logs', 'lambda', 'logFormat'),
    architecture: pick('architecture'),
    reservedConcurrency: locateAt(node, 'reservedConcurrency'),
    events: readEvents(getValue(node, 'events')),
  };
}

function readEvents(events: TemplateNode | undefined): EventModel[] {
  if (events?.kind !== 'seq') return [];
  return events.items.flatMap((item, index) => {
    const entry = item.kind === 'map' ? item.entries[0] : undefined;
    if (!entry) return [];
    return [{ name: `${entry.key}${index + 1}`, type: entry.key, keyRange: entry.keyRange, properties: toPlain(entry.value), node: item }];
  });
}
