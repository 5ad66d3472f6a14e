// Completion from the resource specification: resource types, property names (required first) at any
// depth, enum values, GetAtt attributes, SAM event types and their properties, Globals.
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import { getString, getValue, type TemplateModel } from '../../template-model';
import {
  LAMBDA_RUNTIMES,
  getPropertyAt,
  getResourceType,
  getResourceTypeNames,
  getSamEventType,
  getSamEventTypeNames,
  getSamGlobals,
  objectProperties,
  type PropertySpec,
} from '../spec';
import type { CompletionContext } from './completion-context';
import { item, keyItem, nodeAt } from './completion-items';

/** `data` of a resource type item, whose documentation is filled in on completionItem/resolve. */
interface ResourceTypeData {
  resourceType: string;
}

export function resourceTypeItems(context: CompletionContext): CompletionItem[] {
  return getResourceTypeNames().map((name) => ({
    ...item(name, CompletionItemKind.Class, context.prefixStart, context),
    data: { resourceType: name } satisfies ResourceTypeData,
  }));
}

export function resolveCompletionItem(completion: CompletionItem): CompletionItem {
  const data = completion.data as Partial<ResourceTypeData> | undefined;
  const spec = data?.resourceType ? getResourceType(data.resourceType) : undefined;
  if (!spec) return completion;
  return { ...completion, documentation: { kind: MarkupKind.Markdown, value: `${spec.documentation}\n\n[AWS documentation](${spec.docsUrl})` } };
}

export function attributeItems(model: TemplateModel, resource: string, start: number, context: CompletionContext): CompletionItem[] {
  const type = model.resources.find((r) => r.name === resource)?.type?.value;
  const attributes = type ? (getResourceType(type)?.attributes ?? {}) : {};
  return Object.entries(attributes).map(([name, a]) => ({ ...item(name, CompletionItemKind.Field, start, context), documentation: a.documentation }));
}

/** Keys under `Resources.X.Properties…` (path relative to the template's Resources section). */
export function propertyKeyItems(model: TemplateModel, path: readonly string[], context: CompletionContext): CompletionItem[] | undefined {
  const [, resource, properties, ...nested] = path;
  const type = resourceType(model, resource);
  if (!type || properties !== 'Properties') return undefined;
  const present = context.siblings;
  if (nested[0] === 'Events' && nested.length >= 2) {
    if (nested.length === 2) return keyItems(['Type', 'Properties'], present, context);
    const eventType = getString(getValue(nodeAt(model.root, [...prefixOf(model), ...path.slice(0, 5)]), 'Type'));
    const spec = eventType ? getSamEventType(type, eventType) : undefined;
    if (!spec || nested[2] !== 'Properties') return undefined;
    return specKeyItems(propertiesAt(type, spec.properties, nested.slice(3)), present, context);
  }
  const spec = getResourceType(type);
  return spec ? specKeyItems(propertiesAt(type, spec.properties, nested), present, context) : undefined;
}

/** Values of an enum property, or SAM event types for an event's `Type`. */
export function enumValueItems(model: TemplateModel, path: readonly string[], key: string, context: CompletionContext): CompletionItem[] | undefined {
  const [, resource, properties, ...nested] = path;
  const type = resourceType(model, resource);
  if (!type || properties !== 'Properties') return undefined;
  if (nested[0] === 'Events' && nested.length === 2 && key === 'Type') {
    return getSamEventTypeNames(type).map((name) => item(name, CompletionItemKind.Event, context.prefixStart, context, 'SAM event source'));
  }
  const property = getPropertyAt(type, [...nested, key].filter((k) => k !== '-'));
  return property?.enum?.map((value) => item(value, CompletionItemKind.EnumMember, context.prefixStart, context));
}

/** Lambda runtimes: supported ones first, deprecated ones struck through with the runtime to move to. */
export function runtimeItems(context: CompletionContext): CompletionItem[] {
  const today = new Date().toISOString().slice(0, 10);
  return Object.entries(LAMBDA_RUNTIMES).map(([name, life]) => {
    const deprecated = life.deprecated !== undefined && life.deprecated <= today;
    const detail = deprecated ? `Deprecated since ${life.deprecated}${life.successor ? `: move to ${life.successor}` : ''}` : life.deprecated ? `Supported until ${life.deprecated}` : 'Supported';
    return { ...item(name, CompletionItemKind.EnumMember, context.prefixStart, context, detail), sortText: `${deprecated ? 1 : 0}${name}`, tags: deprecated ? [1] : undefined };
  });
}

export function globalsItems(path: readonly string[], context: CompletionContext): CompletionItem[] | undefined {
  const globals = getSamGlobals();
  if (path.length === 1) return keyItems(Object.keys(globals), context.siblings, context, CompletionItemKind.Module);
  return path.length === 2 && globals[path[1]] ? keyItems(globals[path[1]], context.siblings, context) : undefined;
}

function propertiesAt(type: string, top: Record<string, PropertySpec>, nested: readonly string[]): Record<string, PropertySpec> | undefined {
  const spec = getResourceType(type);
  let properties: Record<string, PropertySpec> | undefined = top;
  for (const key of nested) {
    if (key === '-') continue;
    const property: PropertySpec | undefined = properties?.[key];
    properties = property && spec ? objectProperties(spec, property.type) : undefined;
  }
  return properties;
}

function specKeyItems(properties: Record<string, PropertySpec> | undefined, present: Set<string>, context: CompletionContext): CompletionItem[] | undefined {
  if (!properties) return undefined;
  return Object.entries(properties)
    .filter(([name]) => !present.has(name))
    .map(([name, p]) => ({
      ...keyItem(name, CompletionItemKind.Property, context, `${p.required ? 'Required' : 'Optional'} · ${p.typeDescription}`),
      sortText: `${p.required ? 0 : 1}${name}`,
      documentation: { kind: MarkupKind.Markdown, value: p.documentation },
      tags: p.deprecated ? [1] : undefined,
    }));
}

function keyItems(names: readonly string[], present: Set<string>, context: CompletionContext, kind: CompletionItemKind = CompletionItemKind.Property): CompletionItem[] {
  return names.filter((n) => !present.has(n)).map((n) => keyItem(n, kind, context));
}

function resourceType(model: TemplateModel, resource: string | undefined): string | undefined {
  return model.resources.find((r) => r.name === resource)?.type?.value;
}

/** serverless.yml keeps its CloudFormation under `resources:`. */
function prefixOf(model: TemplateModel): string[] {
  return model.dialect === 'serverless' ? ['resources'] : [];
}
