// Small readers that turn template nodes into Located values and named sections.
import type { Located, NamedSection } from './types';
import { getValue, toPlain, type TemplateNode } from './yaml';

export function locate(node: TemplateNode | undefined): Located<unknown> | undefined {
  return node ? { value: toPlain(node), node, range: node.range } : undefined;
}

/** `locate(getValue(…))` along a key path. */
export function locateAt(node: TemplateNode | undefined, ...path: string[]): Located<unknown> | undefined {
  let current = node;
  for (let i = 0; i < path.length; i++) current = getValue(current, path[i]);
  return locate(current);
}

export function sections(node: TemplateNode | undefined): NamedSection[] {
  if (node?.kind !== 'map') return [];
  return node.entries.map((e) => ({ name: e.key, keyRange: e.keyRange, node: e.value }));
}

/** Entries of an environment-variables map as Located values. */
export function environmentOf(variables: TemplateNode | undefined): Record<string, Located<unknown>> {
  const result: Record<string, Located<unknown>> = {};
  if (variables?.kind !== 'map') return result;
  for (const entry of variables.entries) result[entry.key] = locate(entry.value)!;
  return result;
}
