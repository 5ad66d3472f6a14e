// Which kind of template a document is, decided by its content (file names lie: `template.yml`,
// `stack.json`, `serverless.yaml`, …).
import type { Dialect } from './types';
import { getString, getValue, type TemplateNode } from './yaml';

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

export function detectDialect(root: TemplateNode | undefined): Dialect {
  if (root?.kind !== 'map') return 'unknown';
  const keys = new Set(root.entries.map((e) => e.key));
  if (keys.has('service') && (keys.has('provider') || keys.has('functions'))) return 'serverless';
  if (hasSamTransform(getValue(root, 'Transform')) || hasServerlessResource(getValue(root, 'Resources'))) return 'sam';
  if (keys.has('AWSTemplateFormatVersion') || keys.has('Resources')) return 'cloudformation';
  return 'unknown';
}

function hasSamTransform(transform: TemplateNode | undefined): boolean {
  if (!transform) return false;
  if (transform.kind === 'seq') return transform.items.some((i) => getString(i) === SAM_TRANSFORM);
  return getString(transform) === SAM_TRANSFORM;
}

function hasServerlessResource(resources: TemplateNode | undefined): boolean {
  if (resources?.kind !== 'map') return false;
  return resources.entries.some((e) => getString(getValue(e.value, 'Type'))?.startsWith('AWS::Serverless::'));
}
