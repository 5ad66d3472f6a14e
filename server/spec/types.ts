// The shapes of the resource specification: what checks, completion and hover read about a resource type.

/** A property's value type, as CloudFormation's registry and SAM's schema declare it. */
export type SpecType =
  | { kind: 'string'; enum?: string[] }
  | { kind: 'integer' | 'number' | 'boolean' | 'json' | 'tag' }
  | { kind: 'array' | 'map'; element: SpecType }
  /** A structured type: its properties are `definitions[name]` of the same resource type. */
  | { kind: 'object'; name: string }
  | { kind: 'union'; types: SpecType[] };

export interface PropertySpec {
  required: boolean;
  type: SpecType;
  /** Human-readable type, e.g. `String`, `List of Tag`, `Code`. */
  typeDescription: string;
  documentation: string;
  /** Allowed values, when the property takes one of a fixed set of strings. */
  enum?: string[];
  deprecated: boolean;
  /** Numeric range and string pattern: from the CloudFormation and SAM docs (constraints.ts). */
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

export interface AttributeSpec {
  documentation: string;
}

export interface DefinitionSpec {
  documentation: string;
  properties: Record<string, PropertySpec>;
}

export interface ResourceTypeSpec {
  name: string;
  kind: 'cloudformation' | 'sam';
  documentation: string;
  docsUrl: string;
  properties: Record<string, PropertySpec>;
  /** What `Fn::GetAtt` may read. */
  attributes: Record<string, AttributeSpec>;
  /** Structured property types by name, for nested properties. */
  definitions: Record<string, DefinitionSpec>;
}

export interface SamEventTypeSpec {
  name: string;
  docsUrl: string;
  /** Whether the event must have a `Properties` mapping. */
  propertiesRequired: boolean;
  properties: Record<string, PropertySpec>;
}

export interface PolicyTemplateSpec {
  name: string;
  description: string;
  parameters: string[];
}

/** The JSON shapes written by scripts/build-spec.mjs and scripts/extract-sam-spec.py. */
export interface RawProperty {
  type: SpecType;
  documentation: string;
  required?: boolean;
  deprecated?: boolean;
  /** SAM: the CloudFormation property this one is copied to unchanged, as `<service>-<resource>.<Name>`. */
  passThrough?: string;
}

export interface RawDefinition {
  documentation: string;
  properties: Record<string, RawProperty>;
}

export interface RawResource extends RawDefinition {
  attributes?: Record<string, { documentation: string }>;
  definitions?: Record<string, RawDefinition>;
}
