// Hover from the resource specification: a resource type (its documentation and AWS page), a property
// (type, required, documentation), a GetAtt attribute, a SAM event type.
import { getString, getValue, pathAt, type Range, type TemplateModel } from '../../template-model';
import { getPropertyAt, getResourceType, getSamEventType } from '../spec';
import { contentRange } from './content-range';

export interface SpecHover {
  markdown: string;
  range: Range;
}

export function specHover(model: TemplateModel, offset: number): SpecHover | undefined {
  const steps = pathAt(model.root, offset);
  const keys = steps.map((s) => (typeof s.key === 'number' ? '-' : s.key));
  const last = steps[steps.length - 1];
  const start = model.dialect === 'serverless' && keys[0] === 'resources' ? 1 : 0;
  const [section, resource, properties, ...nested] = keys.slice(start);
  if (section !== 'Resources' || resource === undefined) return undefined;
  const typeNode = getValue(steps[start + 1]?.node, resource);
  const type = getString(getValue(typeNode, 'Type'));
  if (!type) return undefined;
  const spec = getResourceType(type);
  if (properties === 'Type' && !last.onKey && spec) {
    return { markdown: `**${type}**\n\n${spec.documentation}\n\n[AWS documentation](${spec.docsUrl})`, range: contentRange(model, last.node) };
  }
  if (properties !== 'Properties' || !last.onKey || nested.length === 0) return undefined;
  const entry = last.node.kind === 'map' ? last.node.entries.find((e) => e.key === last.key) : undefined;
  if (!entry) return undefined;
  const names = nested.filter((k): k is string => k !== undefined && k !== '-');
  if (names[0] === 'Events' && names.length >= 3) return eventHover(type, steps, names, entry.keyRange);
  const property = getPropertyAt(type, names);
  if (!property || !spec) return undefined;
  const required = property.required ? 'Required' : 'Optional';
  const allowed = property.enum ? `\n\nAllowed values: ${property.enum.map((v) => `\`${v}\``).join(', ')}` : '';
  return {
    markdown: `**${names.join('.')}** — ${required} · \`${property.typeDescription}\`${property.deprecated ? ' · deprecated' : ''}\n\n${property.documentation}${allowed}\n\n[${type}](${spec.docsUrl})`,
    range: entry.keyRange,
  };
}

/** `Events.<name>.Type` value or `Events.<name>.Properties.<key>` of a SAM function. */
function eventHover(type: string, steps: ReturnType<typeof pathAt>, names: string[], keyRange: Range): SpecHover | undefined {
  const eventNode = steps.find((s, i) => steps[i - 1]?.key === 'Events' && s.key === names[1])?.node;
  const eventType = getString(getValue(getValue(eventNode, names[1]), 'Type'));
  const event = eventType ? getSamEventType(type, eventType) : undefined;
  if (!event || names[2] !== 'Properties' || names.length !== 4) return undefined;
  const property = event.properties[names[3]];
  if (!property) return undefined;
  const required = property.required ? 'Required' : 'Optional';
  return {
    markdown: `**${names[3]}** — ${required} · \`${property.typeDescription}\`\n\n${property.documentation}\n\n[${eventType} event](${event.docsUrl})`,
    range: keyRange,
  };
}

/** `!GetAtt Resource.Attribute` or `${Resource.Attribute}`: the attribute's documentation. */
export function attributeHover(model: TemplateModel, resource: string, attribute: string): string | undefined {
  const type = model.resources.find((r) => r.name === resource)?.type?.value;
  const doc = type ? getResourceType(type)?.attributes[attribute] : undefined;
  return doc ? `**${resource}.${attribute}** — attribute of \`${type}\`\n\n${doc.documentation}` : undefined;
}
