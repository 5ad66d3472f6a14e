// The resource specification: CloudFormation registry types (pre-indexed at build time into dist/spec/ by
// scripts/build-spec.mjs, one file per service read on first use) and SAM's own types (sam-spec.json).
// Checks, completion and hover read resource types only through this module.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONSTRAINTS, PACKAGEABLE, type Constraint } from './constraints';
import samSpec from './sam-spec.json';
import { SAM_UNDERLYING_TYPES, samEventDocsUrl, samResourceDocsUrl } from './sam-types';
import type {
  DefinitionSpec,
  PolicyTemplateSpec,
  PropertySpec,
  RawDefinition,
  RawProperty,
  RawResource,
  ResourceTypeSpec,
  SamEventTypeSpec,
  SpecType,
} from './types';

export type {
  AttributeSpec,
  DefinitionSpec,
  PolicyTemplateSpec,
  PropertySpec,
  ResourceTypeSpec,
  SamEventTypeSpec,
  SpecType,
} from './types';

interface SamSpecFile {
  source: string;
  resources: Record<string, RawResource>;
  definitions: Record<string, RawDefinition>;
  events: Record<string, Record<string, { properties: SpecType; required: boolean }>>;
  globals: Record<string, string[]>;
  policyTemplates: Record<string, { description: string; parameters: string[] }>;
}

const sam = samSpec as unknown as SamSpecFile;
const CFN_DOCS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';

let index: { source: string; types: Record<string, string> } | undefined;
/** Parsed service files, most recently used last. Only a few stay: each type is built once (`built`), and keeping
 * every file a session touches would hold megabytes of types no template uses (the valid corpus reads 82 files). */
const serviceFiles = new Map<string, Record<string, RawResource>>();
const RECENT_SERVICE_FILES = 6;
const built = new Map<string, ResourceTypeSpec | undefined>();

/** dist/spec: beside the bundle (dist/server.js, dist/cli.js), or found upwards (tests run from out/). */
function specDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'spec', 'index.json'))) return join(dir, 'spec');
    if (existsSync(join(dir, 'dist', 'spec', 'index.json'))) return join(dir, 'dist', 'spec');
    if (dirname(dir) === dir) throw new Error(`resource specification not found above ${__dirname} (run npm run build)`);
  }
}

function cfnIndex(): Record<string, string> {
  index ??= JSON.parse(readFileSync(join(specDir(), 'index.json'), 'utf8')) as { source: string; types: Record<string, string> };
  return index.types;
}

function rawCfnResource(name: string): RawResource | undefined {
  const file = cfnIndex()[name];
  if (!file) return undefined;
  const service = serviceFiles.get(file) ?? (JSON.parse(readFileSync(join(specDir(), `${file}.json`), 'utf8')) as Record<string, RawResource>);
  serviceFiles.delete(file);
  serviceFiles.set(file, service);
  if (serviceFiles.size > RECENT_SERVICE_FILES) serviceFiles.delete(serviceFiles.keys().next().value as string);
  return service[name];
}

/** Every resource type name: CloudFormation's registry and SAM's `AWS::Serverless::*`. */
export function getResourceTypeNames(): string[] {
  return [...Object.keys(cfnIndex()), ...Object.keys(sam.resources)].sort();
}

export function getResourceType(name: string): ResourceTypeSpec | undefined {
  if (!built.has(name)) built.set(name, name in sam.resources ? buildSam(name) : buildCfn(name));
  return built.get(name);
}

/** The property reached by a path of property names (list items are skipped over), e.g. `['Code', 'S3Bucket']`. */
export function getPropertyAt(resourceType: string, path: readonly string[]): PropertySpec | undefined {
  const spec = getResourceType(resourceType);
  let properties: Record<string, PropertySpec> | undefined = spec?.properties;
  let property: PropertySpec | undefined;
  for (const key of path) {
    property = properties?.[key];
    if (!property || !spec) return undefined;
    properties = objectProperties(spec, property.type);
  }
  return property;
}

/** The properties of a structured type (through lists, maps and unions), if it has a known shape. */
export function objectProperties(spec: ResourceTypeSpec, type: SpecType): Record<string, PropertySpec> | undefined {
  switch (type.kind) {
    case 'object':
      return spec.definitions[type.name]?.properties;
    case 'array':
    case 'map':
      return objectProperties(spec, type.element);
    case 'union': {
      const shapes = type.types.map((t) => objectProperties(spec, t)).filter((p) => p !== undefined);
      return shapes.length === 1 ? shapes[0] : undefined;
    }
    default:
      return undefined;
  }
}

/** SAM event source types (`S3`, `Api`, …) that a SAM resource type's `Events` accept. */
export function getSamEventTypeNames(resourceType: string): string[] {
  return Object.keys(sam.events[resourceType] ?? {});
}

export function getSamEventType(resourceType: string, eventType: string): SamEventTypeSpec | undefined {
  const raw = sam.events[resourceType]?.[eventType];
  const spec = getResourceType(resourceType);
  if (!raw || !spec) return undefined;
  return {
    name: eventType,
    docsUrl: samEventDocsUrl(eventType),
    propertiesRequired: raw.required,
    properties: objectProperties(spec, raw.properties) ?? {},
  };
}

/** `Globals` sections (`Function`, `Api`, …) and the properties each may set. */
export function getSamGlobals(): Readonly<Record<string, readonly string[]>> {
  return sam.globals;
}

export function getPolicyTemplates(): PolicyTemplateSpec[] {
  return Object.entries(sam.policyTemplates).map(([name, t]) => ({ name, ...t }));
}

function buildCfn(name: string): ResourceTypeSpec | undefined {
  const raw = rawCfnResource(name);
  if (!raw) return undefined;
  const [, service, resource] = name.toLowerCase().split('::');
  const constraints = CONSTRAINTS[name] ?? {};
  const definitions: Record<string, DefinitionSpec> = {};
  for (const [defName, def] of Object.entries(raw.definitions ?? {})) {
    definitions[defName] = { documentation: def.documentation, properties: properties(def.properties, constraints, `${defName}.`) };
  }
  const own = properties(raw.properties, constraints, '');
  for (const packaged of PACKAGEABLE[name] ?? []) {
    // `aws cloudformation package` / `sam deploy` upload a local path written here and put the S3 location in.
    if (own[packaged]) own[packaged] = { ...own[packaged], type: { kind: 'union', types: [own[packaged].type, { kind: 'string' }] } };
  }
  return {
    name,
    kind: 'cloudformation',
    documentation: raw.documentation,
    docsUrl: `${CFN_DOCS}/aws-resource-${service}-${resource}.html`,
    properties: own,
    attributes: raw.attributes ?? {},
    definitions,
  };
}

function buildSam(name: string): ResourceTypeSpec {
  const raw = sam.resources[name];
  const constraints = CONSTRAINTS[name] ?? {};
  const underlying = SAM_UNDERLYING_TYPES[name] ? getResourceType(SAM_UNDERLYING_TYPES[name]) : undefined;
  const definitions: Record<string, DefinitionSpec> = {};
  for (const [defName, def] of Object.entries(sam.definitions)) {
    definitions[defName] = { documentation: def.documentation, properties: properties(def.properties, constraints, `${defName}.`) };
  }
  const own = properties(raw.properties, constraints, '');
  // A pass-through property has exactly the type (and constraints) of the property SAM copies it to.
  const page = underlying ? underlying.name.toLowerCase().split('::').slice(1).join('-') : undefined;
  for (const [propName, rawProp] of Object.entries(raw.properties)) {
    const [targetPage, targetName] = rawProp.passThrough?.split('.') ?? [];
    // SAM's Tags are always a string map, whatever shape the underlying resource uses.
    const target = targetPage === page && propName !== 'Tags' ? underlying?.properties[targetName] : undefined;
    if (target && underlying) {
      own[propName] = { ...target, required: own[propName].required, documentation: own[propName].documentation };
      importDefinitions(definitions, underlying, target.type);
    }
  }
  return {
    name,
    kind: 'sam',
    documentation: raw.documentation,
    docsUrl: samResourceDocsUrl(name),
    properties: own,
    attributes: underlying?.attributes ?? {},
    definitions,
  };
}

/** Copies the structured types a pass-through property uses from the underlying CloudFormation type. */
function importDefinitions(into: Record<string, DefinitionSpec>, from: ResourceTypeSpec, type: SpecType): void {
  if (type.kind === 'object' && !into[type.name] && from.definitions[type.name]) {
    into[type.name] = from.definitions[type.name];
    for (const p of Object.values(from.definitions[type.name].properties)) importDefinitions(into, from, p.type);
  } else if (type.kind === 'array' || type.kind === 'map') importDefinitions(into, from, type.element);
  else if (type.kind === 'union') for (const t of type.types) importDefinitions(into, from, t);
}

function properties(raw: Record<string, RawProperty>, constraints: Record<string, Constraint>, prefix: string): Record<string, PropertySpec> {
  const result: Record<string, PropertySpec> = {};
  for (const [name, p] of Object.entries(raw)) {
    const constraint = constraints[`${prefix}${name}`] ?? {};
    const enumValues = enumOf(p.type);
    result[name] = {
      required: p.required === true,
      type: p.type,
      typeDescription: describeType(p.type),
      documentation: p.documentation,
      deprecated: p.deprecated === true,
      ...(enumValues ? { enum: enumValues } : {}),
      ...constraint,
    };
  }
  return result;
}

function enumOf(type: SpecType): string[] | undefined {
  if (type.kind === 'string') return type.enum;
  if (type.kind === 'array') return enumOf(type.element);
  return undefined;
}

export function describeType(type: SpecType): string {
  switch (type.kind) {
    case 'array':
      return `List of ${describeType(type.element)}`;
    case 'map':
      return `Map of ${describeType(type.element)}`;
    case 'object':
      return type.name;
    case 'union':
      return [...new Set(type.types.map(describeType))].join(' | ');
    case 'json':
      return 'JSON';
    default:
      return type.kind[0].toUpperCase() + type.kind.slice(1);
  }
}

export { LAMBDA_RUNTIMES, type RuntimeLifecycle } from './lambda-runtimes';
