// The serverless.yml keys the framework's own schema (server/checks/serverless-schema.generated.json)
// allows at a key path, with their descriptions: completion and hover read them from here.
import type { Schema } from '../checks/json-schema';
import generated from '../checks/serverless-schema.generated.json';

interface SchemaKey {
  name: string;
  description?: string;
  required: boolean;
}

const root = generated as unknown as Schema & { definitions?: Record<string, Schema> };
/** The framework's placeholder branch in `events` items, not a real key. */
const WORKAROUND = '__schemaWorkaround__';

/** The schemas a value at `path` may match (`-` steps into list items). */
function schemasAt(path: readonly string[]): Schema[] {
  let current = flatten(root, 0);
  for (const key of path) {
    current = current.flatMap((s) => (key === '-' ? (s.items ? flatten(s.items, 0) : []) : childSchemas(s, key)));
  }
  return current;
}

export function keysAt(path: readonly string[]): SchemaKey[] {
  const keys = new Map<string, SchemaKey>();
  for (const schema of schemasAt(path)) {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (name === WORKAROUND) continue;
      const previous = keys.get(name);
      keys.set(name, {
        name,
        description: previous?.description ?? describe(property),
        required: (previous?.required ?? false) || (schema.required?.includes(name) ?? false),
      });
    }
  }
  return [...keys.values()];
}

function childSchemas(schema: Schema, key: string): Schema[] {
  const named = schema.properties?.[key];
  if (named) return flatten(named, 0);
  const pattern = Object.entries(schema.patternProperties ?? {}).find(([p]) => new RegExp(p, 'u').test(key));
  if (pattern) return flatten(pattern[1], 0);
  return typeof schema.additionalProperties === 'object' ? flatten(schema.additionalProperties, 0) : [];
}

/** A schema with its `$ref` followed and its anyOf/oneOf/allOf alternatives spread out. */
function flatten(schema: Schema, depth: number): Schema[] {
  if (depth > 8) return [];
  const target = schema.$ref ? root.definitions?.[schema.$ref.replace('#/definitions/', '')] : schema;
  if (!target) return [];
  const alternatives = [...(target.anyOf ?? []), ...(target.oneOf ?? []), ...(target.allOf ?? [])];
  return [target, ...alternatives.flatMap((a) => flatten(a, depth + 1))];
}

function describe(schema: Schema): string | undefined {
  return flatten(schema, 0).map((s) => s.description).find((d) => d !== undefined);
}
