// Build step (run by esbuild.mjs): pre-indexes @aws-cdk/aws-service-spec's CloudFormation registry into
// dist/spec/index.json (type name → service file) plus one dist/spec/<service>.json per service, which the
// server loads on demand. The package's own loader reads files beside itself and does not survive bundling.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** SAM's types come from server/spec/sam-spec.json: the registry's copies of them are stale. */
const SKIPPED_PREFIX = 'AWS::Serverless::';

export function buildSpec(outDir) {
  const dbPath = join(dirname(require.resolve('@aws-cdk/aws-service-spec/package.json')), 'db.json.gz');
  const indexPath = join(outDir, 'index.json');
  if (existsSync(indexPath) && statSync(indexPath).mtimeMs > statSync(dbPath).mtimeMs && statSync(indexPath).mtimeMs > statSync(new URL(import.meta.url)).mtimeMs) return;
  const db = JSON.parse(gunzipSync(readFileSync(dbPath)).toString('utf8'));
  const byId = (entity) => new Map(db.schema[entity].entities.map((e) => [e.$id, e]));
  const resources = byId('resource');
  const typeDefs = byId('typeDefinition');
  const usesType = db.schema.usesType.forward;
  const version = JSON.parse(readFileSync(join(dirname(dbPath), 'package.json'), 'utf8')).version;

  const index = { source: `@aws-cdk/aws-service-spec ${version}`, types: {} };
  mkdirSync(outDir, { recursive: true });
  for (const service of db.schema.service.entities) {
    const file = service.name.replace(/[^a-z0-9-]/gi, '_');
    const out = {};
    for (const { $id } of db.schema.hasResource.forward[service.$id] ?? []) {
      const resource = resources.get($id);
      if (!resource || resource.cloudFormationType.startsWith(SKIPPED_PREFIX)) continue;
      const names = definitionNames((usesType[$id] ?? []).map((r) => typeDefs.get(r.$id)).filter(Boolean));
      const convertType = (t) => specType(t, names);
      const definitions = {};
      for (const [id, name] of names) {
        const def = typeDefs.get(id);
        definitions[name] = { documentation: def.documentation ?? '', properties: properties(def.properties, convertType) };
      }
      out[resource.cloudFormationType] = {
        documentation: resource.documentation ?? '',
        properties: properties(resource.properties, convertType),
        attributes: Object.fromEntries(
          Object.entries(resource.attributes ?? {}).map(([name, a]) => [name, { documentation: a.documentation ?? '', type: convertType(a.type) }]),
        ),
        definitions,
      };
      index.types[resource.cloudFormationType] = file;
    }
    if (Object.keys(out).length > 0) writeFileSync(join(outDir, `${file}.json`), JSON.stringify(out));
  }
  writeFileSync(indexPath, JSON.stringify(index));
}

/** Definition id → a name unique within its resource (the registry reuses short names across resources). */
function definitionNames(defs) {
  const names = new Map();
  const taken = new Set();
  for (const def of defs) {
    let name = def.name;
    for (let i = 2; taken.has(name); i++) name = `${def.name}${i}`;
    taken.add(name);
    names.set(def.$id, name);
  }
  return names;
}

function properties(props, convertType) {
  const result = {};
  for (const [name, p] of Object.entries(props ?? {})) {
    // Types a property used to have are still accepted by CloudFormation (e.g. JSON before a typed object).
    const types = [p.type, ...(p.previousTypes ?? [])].map(convertType);
    const property = { type: types.length === 1 ? types[0] : { kind: 'union', types }, documentation: p.documentation ?? '' };
    if (p.required) property.required = true;
    if (p.deprecated) property.deprecated = true;
    result[name] = property;
  }
  return result;
}

function specType(t, names) {
  switch (t.type) {
    case 'array':
      return { kind: 'array', element: specType(t.element, names) };
    case 'map':
      return { kind: 'map', element: specType(t.element, names) };
    case 'ref':
      return { kind: 'object', name: names.get(t.reference.$ref) ?? 'unknown' };
    case 'union':
      return { kind: 'union', types: t.types.map((u) => specType(u, names)) };
    case 'string':
      return t.allowedValues ? { kind: 'string', enum: t.allowedValues } : { kind: 'string' };
    case 'integer':
    case 'number':
    case 'boolean':
    case 'json':
    case 'tag':
    case 'date-time':
      return { kind: t.type === 'date-time' ? 'string' : t.type };
    default:
      return { kind: 'json' };
  }
}
