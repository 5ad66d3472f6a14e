// Rename a logical ID: its declaration and every reference to it, including `${Name}` inside Sub strings.
import { ResponseError, type CancellationToken, type Position, type Range, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TemplateModel } from '../../template-model';
import { declarations, referencesTo, symbolAt } from './logical-ids';

/** CloudFormation logical IDs are alphanumeric (A-Za-z0-9). */
const LOGICAL_ID = /^[A-Za-z0-9]+$/;
/** LSP's RequestFailed: the client shows the message. */
const REQUEST_FAILED = -32803;

export function prepareRename(model: TemplateModel, position: Position, token: CancellationToken): { range: Range; placeholder: string } | null {
  const symbol = symbolAt(model, position);
  if (!symbol?.declaration || token.isCancellationRequested) return null;
  return { range: symbol.range, placeholder: symbol.declaration.name };
}

export function rename(
  model: TemplateModel,
  uri: string,
  position: Position,
  newName: string,
  token: CancellationToken,
): WorkspaceEdit | ResponseError | null {
  const declaration = symbolAt(model, position)?.declaration;
  if (!declaration || token.isCancellationRequested) return null;
  if (!LOGICAL_ID.test(newName)) {
    return new ResponseError(REQUEST_FAILED, `Logical IDs are alphanumeric (A-Za-z0-9): ${newName}`);
  }
  const clash = declarations(model).find((d) => d.name === newName && d !== declaration && clashes(d.section, declaration.section));
  if (clash) return new ResponseError(REQUEST_FAILED, `${clash.section} already declares: ${newName}`);
  const ranges = [declaration.keyRange, ...referencesTo(model, declaration).map((r) => r.range)];
  return { changes: { [uri]: ranges.map((range) => ({ range, newText: newName })) } };
}

/** Parameters and resources share one namespace (Ref resolves both); the other sections have their own. */
function clashes(a: string, b: string): boolean {
  const shared = (s: string): string => (s === 'Parameters' ? 'Resources' : s);
  return shared(a) === shared(b);
}
