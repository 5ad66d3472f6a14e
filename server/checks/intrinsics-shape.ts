// Recognising intrinsic functions in the node tree ({ "Ref": … }, { "Fn::X": … }, and short forms, which
// the template model already expanded to the long form).
import type { MapEntry, TemplateNode } from '../../template-model';

export const INTRINSIC_FUNCTIONS = new Set([
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::If',
  'Fn::Select',
  'Fn::Split',
  'Fn::FindInMap',
  'Fn::Base64',
  'Fn::Cidr',
  'Fn::ImportValue',
  'Fn::GetAZs',
  'Fn::Equals',
  'Fn::And',
  'Fn::Or',
  'Fn::Not',
  'Fn::Transform',
  'Fn::ToJsonString',
  'Fn::Length',
  'Fn::ForEach',
  'Fn::GetParam',
  // Rules-only functions.
  'Fn::Contains',
  'Fn::EachMemberEquals',
  'Fn::EachMemberIn',
  'Fn::RefAll',
  'Fn::ValueOf',
  'Fn::ValueOfAll',
]);

/** The intrinsic function a node is, if it is a one-key mapping whose key is `Ref` or `Fn::…`. */
export function intrinsicOf(node: TemplateNode | undefined): MapEntry | undefined {
  if (node?.kind !== 'map' || node.entries.length !== 1) return undefined;
  const entry = node.entries[0];
  return entry.key === 'Ref' || entry.key.startsWith('Fn::') ? entry : undefined;
}

/** The two values of an `Fn::If: [Condition, valueIfTrue, valueIfFalse]` node; none for any other node. */
export function ifBranches(node: TemplateNode): TemplateNode[] {
  const intrinsic = intrinsicOf(node);
  if (intrinsic?.key !== 'Fn::If' || intrinsic.value.kind !== 'seq' || intrinsic.value.items.length !== 3) return [];
  return intrinsic.value.items.slice(1);
}

/** AWS::LanguageExtensions' `Fn::ForEach::<Name>` loop keys. */
export function isForEach(key: string): boolean {
  return key.startsWith('Fn::ForEach::');
}

/** Calls `visit` for every node in the tree, depth first, with the chain of keys leading to it.
 * Fn::ForEach loop bodies are skipped: their names and references only exist once the loop expands. */
export function walk(node: TemplateNode | undefined, visit: (node: TemplateNode, path: readonly (string | number)[]) => void, path: (string | number)[] = []): void {
  if (!node) return;
  visit(node, path);
  // Index loops: this visits every node of large templates, twice per validation, without allocating.
  if (node.kind === 'map') {
    for (let i = 0; i < node.entries.length; i++) {
      const entry = node.entries[i];
      if (isForEach(entry.key)) continue;
      path.push(entry.key);
      walk(entry.value, visit, path);
      path.pop();
    }
  } else if (node.kind === 'seq') {
    for (let i = 0; i < node.items.length; i++) {
      path.push(i);
      walk(node.items[i], visit, path);
      path.pop();
    }
  }
}
