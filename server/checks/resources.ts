// Resources: each a mapping with a known `Type`, only CloudFormation's resource attributes, and
// properties that match the type's specification (names, required, types, enums, patterns, ranges).
import type { Diagnostic } from 'vscode-languageserver/node';
import { getEntry, getString, getValue, type ResourceModel, type TemplateModel } from '../../template-model';
import { getResourceType, getResourceTypeNames } from '../spec';
import { CFN_DIALECTS, error, warning, type Check } from './check';
import { closest, didYouMean } from './suggest';
import { checkMapping, describeNode } from './value-types';

// `Version` is a legacy attribute CloudFormation still accepts on custom resources.
const RESOURCE_ATTRIBUTES = ['Type', 'Properties', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy', 'UpdateReplacePolicy', 'UpdatePolicy', 'CreationPolicy', 'Version'];
const SAM_RESOURCE_ATTRIBUTES = ['Connectors', 'IgnoreGlobals'];
const DELETION_POLICIES = ['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot'];

/** Namespaces whose types all come from the registry: anything else may be a private extension or module. */
const CHECKED_NAMESPACES = /^(AWS|Alexa)::/;
/** Types CloudFormation accepts outside the registry, or whose properties are the author's own. */
const UNSCHEMAED_TYPES = new Set(['AWS::CDK::Metadata', 'AWS::CloudFormation::CustomResource']);

export const resourcesCheck: Check = {
  name: 'resources',
  dialects: CFN_DIALECTS,
  run(model) {
    const out: Diagnostic[] = [];
    const resourcesNode = getValue(model.root, 'Resources');
    if (resourcesNode && resourcesNode.kind !== 'map') {
      out.push(error(resourcesNode.range, 'E1001', `Resources must be a mapping of logical IDs to resources, not ${describeNode(resourcesNode)}.`));
    }
    for (const resource of model.resources) {
      // AWS::LanguageExtensions loops expand into resources at deploy time.
      if (!resource.name.startsWith('Fn::ForEach::')) checkResource(model, resource, out);
    }
    return out;
  },
};

function checkResource(model: TemplateModel, resource: ResourceModel, out: Diagnostic[]): void {
  if (resource.node.kind !== 'map') {
    out.push(error(resource.node.range, 'E3001', `Resource ${resource.name} must be a mapping with a Type, not ${describeNode(resource.node)}.`));
    return;
  }
  if (!/^[A-Za-z0-9]+$/.test(resource.name)) {
    out.push(error(resource.keyRange, 'E3006', `Logical ID ${resource.name} must be alphanumeric (A-Z, a-z, 0-9).`));
  }
  const allowed = model.dialect === 'sam' ? [...RESOURCE_ATTRIBUTES, ...SAM_RESOURCE_ATTRIBUTES] : RESOURCE_ATTRIBUTES;
  const samResource = resource.type?.value.startsWith('AWS::Serverless::') === true;
  for (const entry of resource.node.entries) {
    if (allowed.includes(entry.key)) continue;
    const suggestions = closest(entry.key, allowed);
    const data = suggestions.length ? { replacements: suggestions } : undefined;
    // The SAM transform drops attributes it does not know; CloudFormation rejects them.
    if (samResource) out.push(warning(entry.keyRange, 'W3001', `Resource ${resource.name} has no attribute '${entry.key}': SAM ignores it.${didYouMean(suggestions)}`, data));
    else out.push(error(entry.keyRange, 'E3001', `Resource ${resource.name} has no attribute '${entry.key}'.${didYouMean(suggestions)}`, data));
  }
  const deletionPolicy = getValue(resource.node, 'DeletionPolicy');
  const policy = getString(deletionPolicy);
  if (deletionPolicy && policy !== undefined && !DELETION_POLICIES.includes(policy)) {
    out.push(error(deletionPolicy.range, 'E3035', `DeletionPolicy must be one of: ${DELETION_POLICIES.join(', ')}. Got: ${policy}`, { replacements: closest(policy, DELETION_POLICIES) }));
  }
  const typeEntry = getEntry(resource.node, 'Type');
  if (!typeEntry) {
    out.push(error(resource.keyRange, 'E3001', `Resource ${resource.name} has no Type. Add one, e.g. Type: AWS::Lambda::Function.`, { missingProperties: ['Type'] }));
    return;
  }
  const type = resource.type?.value;
  if (type === undefined) {
    out.push(error(typeEntry.value.range, 'E3012', `Type of ${resource.name} must be a string naming a resource type, not ${describeNode(typeEntry.value)}.`));
    return;
  }
  if (type === 'AWS::CloudFormation::CustomResource' || type.startsWith('Custom::')) return checkCustomResource(resource, out);
  if (UNSCHEMAED_TYPES.has(type)) return;
  const spec = getResourceType(type);
  if (!spec) {
    if (CHECKED_NAMESPACES.test(type) && !type.endsWith('::MODULE')) {
      const suggestions = closest(type, getResourceTypeNames());
      out.push(error(typeEntry.value.range, 'E3006', `Unknown resource type: ${type}.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined));
    }
    return;
  }
  if (spec.kind === 'sam' && model.dialect !== 'sam') return;
  const properties = getEntry(resource.node, 'Properties');
  const globals = spec.kind === 'sam' ? getValue(getValue(model.root, 'Globals'), type.split('::')[2]) : undefined;
  const providedElsewhere = new Set(globals?.kind === 'map' ? globals.entries.map((e) => e.key) : []);
  const target = { spec, properties: spec.properties, label: `${type} ${resource.name}`, anchor: properties?.keyRange ?? resource.keyRange, providedElsewhere };
  if (properties) checkMapping(target, properties.value, out);
  else checkMapping(target, { kind: 'map', entries: [], range: resource.node.range, offsets: resource.node.offsets }, out);
}

/** A custom resource's properties are its provider's own; CloudFormation needs only the ServiceToken that names it.
 * Without Properties there is nothing to check (serverless.yml's unresolved resources are such placeholders). */
function checkCustomResource(resource: ResourceModel, out: Diagnostic[]): void {
  const properties = getEntry(resource.node, 'Properties');
  if (properties?.value.kind !== 'map') return;
  if (properties.value.entries.some((e) => e.key === 'ServiceToken' || e.key.startsWith('Fn::'))) return;
  const message = `Custom resource ${resource.name} is missing required property: ServiceToken (the ARN of the Lambda function or SNS topic that provides it). Add it.`;
  out.push(error(properties.keyRange, 'E3003', message, { missingProperties: ['ServiceToken'] }));
}
