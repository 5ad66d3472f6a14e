// Logical IDs of a template: where each is declared and every place that names it (Ref, GetAtt, Sub
// variables, DependsOn, Condition, FindInMap). Shared by definition, references, rename, hover and completion.
import {
  containsPosition,
  type MapEntry,
  type Position,
  type Range,
  type ScalarNode,
  type TemplateModel,
  type TemplateNode,
} from '../../template-model';

export type Section = 'Parameters' | 'Resources' | 'Conditions' | 'Mappings' | 'Outputs';

export interface Declaration {
  name: string;
  section: Section;
  keyRange: Range;
  node: TemplateNode;
}

export interface Reference {
  name: string;
  /** The name's own range inside the referencing text (`Bucket` in `!GetAtt Bucket.Arn`). */
  range: Range;
  via: 'Ref' | 'GetAtt' | 'Sub' | 'DependsOn' | 'Condition' | 'FindInMap';
  /** The sections the name is looked up in, in order. */
  targets: readonly Section[];
}

const VALUE_TARGETS: readonly Section[] = ['Parameters', 'Resources'];
const RESOURCE_TARGETS: readonly Section[] = ['Resources'];

/** The names of AWS pseudo parameters (`AWS::Region`, …) are never logical IDs. */
export const PSEUDO_PARAMETERS = [
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
];

/** Per parsed model (models are immutable): hover, definition and references ask again and again. */
const declarationCache = new WeakMap<TemplateModel, Declaration[]>();
const referenceCache = new WeakMap<TemplateModel, Reference[]>();
const byNameCache = new WeakMap<TemplateModel, Map<string, Declaration[]>>();

export function declarations(model: TemplateModel): Declaration[] {
  let cached = declarationCache.get(model);
  if (!cached) declarationCache.set(model, (cached = readDeclarations(model)));
  return cached;
}

function readDeclarations(model: TemplateModel): Declaration[] {
  const named = (section: Section, list: { name: string; keyRange: Range; node: TemplateNode }[]): Declaration[] =>
    list.map((s) => ({ name: s.name, section, keyRange: unquoted(model, s.keyRange), node: s.node }));
  return [
    ...named('Parameters', model.parameters),
    ...named('Resources', model.resources),
    ...named('Conditions', model.conditions),
    ...named('Mappings', model.mappings),
    ...named('Outputs', model.outputs),
  ];
}

export function collectReferences(model: TemplateModel): Reference[] {
  let found = referenceCache.get(model);
  if (!found) {
    found = [];
    visit(model, model.root, found);
    referenceCache.set(model, found);
  }
  return found;
}

/** The declaration a reference names, if the template declares it. */
export function resolveReference(model: TemplateModel, reference: Reference): Declaration | undefined {
  let byName = byNameCache.get(model);
  if (!byName) {
    byName = new Map();
    for (const d of declarations(model)) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
    byNameCache.set(model, byName);
  }
  const named = byName.get(reference.name) ?? [];
  for (const section of reference.targets) {
    const match = named.find((d) => d.section === section);
    if (match) return match;
  }
  return undefined;
}

/** The logical ID under the cursor: a declaration's key or a reference to one. */
export function symbolAt(
  model: TemplateModel,
  position: Position,
): { declaration?: Declaration; reference?: Reference; range: Range } | undefined {
  const declaration = declarations(model).find((d) => containsPosition(d.keyRange, position));
  if (declaration) return { declaration, range: declaration.keyRange };
  const reference = collectReferences(model).find((r) => containsPosition(r.range, position));
  if (reference) return { reference, declaration: resolveReference(model, reference), range: reference.range };
  return undefined;
}

/** Every reference that resolves to the declaration. */
export function referencesTo(model: TemplateModel, declaration: Declaration): Reference[] {
  return collectReferences(model).filter((r) => {
    const target = resolveReference(model, r);
    return target?.section === declaration.section && target.name === declaration.name;
  });
}

function visit(model: TemplateModel, node: TemplateNode | undefined, found: Reference[]): void {
  if (!node) return;
  if (node.kind === 'seq') {
    for (const item of node.items) visit(model, item, found);
    return;
  }
  if (node.kind !== 'map') return;
  for (const entry of node.entries) {
    if (!visitIntrinsic(model, entry, found)) visit(model, entry.value, found);
  }
}

/** Records the references an entry makes; false when the entry is no reference (visit its value instead). */
function visitIntrinsic(model: TemplateModel, entry: MapEntry, found: Reference[]): boolean {
  const { key, value } = entry;
  const add = (scalar: TemplateNode | undefined, via: Reference['via'], targets: readonly Section[], length?: number): void => {
    const name = scalarText(scalar);
    if (scalar?.kind !== 'scalar' || !name || name.startsWith('AWS::')) return;
    const start = scalar.offsets[0] + quoteWidth(model, scalar);
    found.push({ name: name.slice(0, length), range: model.lines.rangeOf(start, start + (length ?? name.length)), via, targets });
  };
  const items = value.kind === 'seq' ? value.items : [];
  switch (key) {
    case 'Ref':
      add(value, 'Ref', VALUE_TARGETS);
      return true;
    case 'Fn::GetAtt': {
      const first = value.kind === 'seq' ? items[0] : value;
      const text = scalarText(first) ?? '';
      add(first, 'GetAtt', RESOURCE_TARGETS, value.kind === 'seq' || !text.includes('.') ? undefined : text.indexOf('.'));
      items.slice(1).forEach((item) => visit(model, item, found));
      return true;
    }
    case 'Fn::Sub': {
      const locals = new Set(items[1]?.kind === 'map' ? items[1].entries.map((e) => e.key) : []);
      addSubVariables(model, value.kind === 'seq' ? items[0] : value, locals, found);
      if (items[1]) visit(model, items[1], found);
      return true;
    }
    case 'DependsOn':
      if (value.kind === 'scalar') add(value, 'DependsOn', RESOURCE_TARGETS);
      items.forEach((item) => add(item, 'DependsOn', RESOURCE_TARGETS));
      return value.kind === 'scalar' || value.kind === 'seq';
    case 'Condition':
      if (value.kind !== 'scalar') return false;
      add(value, 'Condition', ['Conditions']);
      return true;
    case 'Fn::If':
      add(items[0], 'Condition', ['Conditions']);
      items.slice(1).forEach((item) => visit(model, item, found));
      return true;
    case 'Fn::FindInMap':
      add(items[0], 'FindInMap', ['Mappings']);
      items.slice(1).forEach((item) => visit(model, item, found));
      return true;
    default:
      return false;
  }
}

/** `${Name}` and `${Resource.Attribute}` inside a Sub string, located in the source text (quotes and block
 * scalars included), skipping `${!Literal}`, pseudo parameters and the Sub's own variables. */
function addSubVariables(model: TemplateModel, node: TemplateNode | undefined, locals: Set<string>, found: Reference[]): void {
  if (node?.kind !== 'scalar') return;
  const [start, end] = node.offsets;
  const source = model.lines.text.slice(start, end);
  for (const match of source.matchAll(/\$\{([^}!][^}]*)\}/g)) {
    const content = match[1];
    const name = content.split('.')[0].trim();
    if (!name || name.startsWith('AWS::') || locals.has(content.trim())) continue;
    const at = start + match.index + 2 + content.indexOf(name);
    found.push({ name, range: model.lines.rangeOf(at, at + name.length), via: 'Sub', targets: VALUE_TARGETS });
  }
}

/** JSON keys are quoted: the name is what lies inside the quotes. */
function unquoted(model: TemplateModel, range: Range): Range {
  const start = model.lines.offsetAt(range.start);
  const end = model.lines.offsetAt(range.end);
  const first = model.lines.text[start];
  const quoted = end - start >= 2 && (first === '"' || first === "'") && model.lines.text[end - 1] === first;
  return quoted ? model.lines.rangeOf(start + 1, end - 1) : range;
}

function scalarText(node: TemplateNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

function quoteWidth(model: TemplateModel, node: ScalarNode): number {
  const first = model.lines.text[node.offsets[0]];
  return first === '"' || first === "'" ? 1 : 0;
}
