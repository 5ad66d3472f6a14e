// Find references of a logical ID: every Ref/GetAtt/Sub/DependsOn/Condition/FindInMap naming it, and,
// when asked, its declaration.
import type { CancellationToken, Location, Position } from 'vscode-languageserver/node';
import type { TemplateModel } from '../../template-model';
import { referencesTo, symbolAt } from './logical-ids';

export function references(
  model: TemplateModel,
  uri: string,
  position: Position,
  includeDeclaration: boolean,
  token: CancellationToken,
): Location[] | null {
  const declaration = symbolAt(model, position)?.declaration;
  if (!declaration || token.isCancellationRequested) return null;
  const uses = referencesTo(model, declaration).map((r) => ({ uri, range: r.range }));
  return includeDeclaration ? [{ uri, range: declaration.keyRange }, ...uses] : uses;
}
