// SAM and plain CloudFormation templates → model: sections, resources and Lambda functions
// (AWS::Serverless::Function with Globals merged, and AWS::Lambda::Function).
import { environmentOf, locate, locateAt, sections } from './located';
import type { EventModel, FunctionModel, Located, ResourceModel, TemplateModel } from './types';
import { getString, getValue, toPlain, type TemplateNode } from './yaml';

type Sections = Pick<TemplateModel, 'parameters' | 'conditions' | 'mappings' | 'resources' | 'outputs' | 'functions'>;

export function readCloudFormation(root: TemplateNode | undefined): Sections {
  const resources = readResources(getValue(root, 'Resources'));
  const globals = getValue(getValue(root, 'Globals'), 'Function');
  return {
    parameters: sections(getValue(root, 'Parameters')),
    conditions: sections(getValue(root, 'Conditions')),
    mappings: sections(getValue(root, 'Mappings')),
    outputs: sections(getValue(root, 'Outputs')),
    resources,
    functions: resources.flatMap((r) => readFunction(r, globals) ?? []),
  };
}

export function readResources(node: TemplateNode | undefined): ResourceModel[] {
  return sections(node).map((section) => {
    const typeNode = getValue(section.node, 'Type');
    const type = getString(typeNode);
    return {
      name: section.name,
      keyRange: section.keyRange,
      node: section.node,
      type: type !== undefined && typeNode ? { value: type, node: typeNode, range: typeNode.range } : undefined,
      properties: getValue(section.node, 'Properties'),
    };
  });
}

function readFunction(resource: ResourceModel, globals: TemplateNode | undefined): FunctionModel | undefined {
  const props = resource.properties;
  if (resource.type?.value === 'AWS::Serverless::Function') {
    const pick = (key: string): Located<unknown> | undefined => locateAt(props, key) ?? locateAt(globals, key);
    return {
      id: resource.name,
      keyRange: resource.keyRange,
      node: resource.node,
      kind: 'sam',
      name: locateAt(props, 'FunctionName'),
      handler: pick('Handler'),
      runtime: pick('Runtime'),
      codeUri: pick('CodeUri'),
      inlineCode: locateAt(props, 'InlineCode'),
      memorySize: pick('MemorySize'),
      timeout: pick('Timeout'),
      environment: {
        ...environmentOf(getValue(getValue(globals, 'Environment'), 'Variables')),
        ...environmentOf(getValue(getValue(props, 'Environment'), 'Variables')),
      },
      logFormat: locateAt(props, 'LoggingConfig', 'LogFormat') ?? locateAt(globals, 'LoggingConfig', 'LogFormat'),
      architecture: firstItem(pick('Architectures')),
      reservedConcurrency: pick('ReservedConcurrentExecutions'),
      packageType: pick('PackageType'),
      events: readSamEvents(getValue(props, 'Events')),
    };
  }
  if (resource.type?.value === 'AWS::Lambda::Function') {
    return {
      id: resource.name,
      keyRange: resource.keyRange,
      node: resource.node,
      kind: 'cloudformation',
      name: locateAt(props, 'FunctionName'),
      handler: locateAt(props, 'Handler'),
      runtime: locateAt(props, 'Runtime'),
      inlineCode: locateAt(props, 'Code', 'ZipFile'),
      memorySize: locateAt(props, 'MemorySize'),
      timeout: locateAt(props, 'Timeout'),
      environment: environmentOf(getValue(getValue(props, 'Environment'), 'Variables')),
      logFormat: locateAt(props, 'LoggingConfig', 'LogFormat'),
      architecture: firstItem(locateAt(props, 'Architectures')),
      reservedConcurrency: locateAt(props, 'ReservedConcurrentExecutions'),
      packageType: locateAt(props, 'PackageType'),
      events: [],
    };
  }
  return undefined;
}

function firstItem(located: Located<unknown> | undefined): Located<unknown> | undefined {
  return located?.node.kind === 'seq' ? locate(located.node.items[0]) : located;
}

function readSamEvents(events: TemplateNode | undefined): EventModel[] {
  return sections(events).map((event) => ({
    name: event.name,
    type: getString(getValue(event.node, 'Type')) ?? '',
    keyRange: event.keyRange,
    properties: toPlain(getValue(event.node, 'Properties')) ?? {},
    node: event.node,
  }));
}
