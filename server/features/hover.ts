// Hover: serverless.yml variables (resolved value and origin) and keys (schema descriptions), the resource specification (types,
// properties, attributes), intrinsic functions (what they do, the AWS page) and logical IDs (what a name
// refers to: a parameter with its type and default, a resource with its type, a condition, a mapping).
import { MarkupKind, type CancellationToken, type Hover, type Position, type Range } from 'vscode-languageserver/node';
import { getString, getValue, toPlain, type TemplateModel } from '../../template-model';
import { attributeHover, specHover } from './hover-spec';
import { serverlessKeyHover, variableAt, variableMarkdown } from './hover-serverless';
import { findIntrinsic, intrinsicMarkdown } from './intrinsic-docs';
import { symbolAt, type Declaration } from './logical-ids';
import { documentPath } from './template-paths';

export function hover(model: TemplateModel, uri: string, position: Position, token: CancellationToken): Hover | null {
  if (token.isCancellationRequested) return null;
  const variable = variableAt(model, model.lines.offsetAt(position), documentPath(uri));
  if (variable) return markdown(variableMarkdown(variable), variable.range);
  const key = serverlessKeyHover(model, model.lines.offsetAt(position));
  if (key) return markdown(key.markdown, key.range);
  const symbol = symbolAt(model, position);
  if (symbol?.declaration) return markdown(describe(symbol.declaration), symbol.range);
  const spec = specHover(model, model.lines.offsetAt(position));
  if (spec) return markdown(spec.markdown, spec.range);
  const word = wordAt(model, position);
  if (!word) return null;
  const intrinsic = isFunctionName(word) ? findIntrinsic(word.text) : undefined;
  if (intrinsic) return markdown(intrinsicMarkdown(intrinsic), word.range);
  const attribute = word.resource ? attributeHover(model, word.resource, word.text) : undefined;
  return attribute ? markdown(attribute, word.range) : null;
}

function describe(declaration: Declaration): string {
  const singular = declaration.section.replace(/s$/, '').toLowerCase();
  const lines = [`**${declaration.name}** — ${singular}`];
  const field = (key: string): string | undefined => {
    const value = getValue(declaration.node, key);
    if (!value) return undefined;
    return getString(value) ?? JSON.stringify(toPlain(value));
  };
  const details: [string, string | undefined][] =
    declaration.section === 'Parameters'
      ? [['Type', field('Type')], ['Default', field('Default')], ['Allowed values', field('AllowedValues')], ['', field('Description')]]
      : declaration.section === 'Resources'
        ? [['Type', field('Type')], ['Condition', field('Condition')]]
        : declaration.section === 'Outputs'
          ? [['', field('Description')]]
          : [];
  for (const [label, value] of details) {
    if (value !== undefined) lines.push(label ? `${label}: \`${value}\`` : value);
  }
  return lines.join('\n\n');
}

function markdown(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

interface Word {
  text: string;
  range: Range;
  /** The character after the word (past a closing quote), to tell a key from a value. */
  next: string;
  /** For `Resource.Attribute` in a GetAtt or Sub: the resource, when the word is the attribute. */
  resource?: string;
}

function wordAt(model: TemplateModel, position: Position): Word | undefined {
  const lineStart = model.lines.offsetAt({ line: position.line, character: 0 });
  const line = model.lines.text.slice(lineStart, model.lines.offsetAt({ line: position.line + 1, character: 0 }));
  for (const match of line.matchAll(/!?[A-Za-z0-9_]+(?:::[A-Za-z0-9_]+)*/g)) {
    const end = match.index + match[0].length;
    if (position.character < match.index || position.character > end) continue;
    const next = line.slice(end).replace(/^["']/, '').trimStart()[0] ?? '';
    const resource = /(?:!GetAtt\s+|\$\{)([A-Za-z0-9_]+)\.$/.exec(line.slice(0, match.index))?.[1];
    return { text: match[0], next, resource, range: { start: { line: position.line, character: match.index }, end: { line: position.line, character: end } } };
  }
  return undefined;
}

/** `!Sub` as a tag, or `Fn::Sub`/`Ref` as a key (YAML or JSON); never the same word inside a value. */
function isFunctionName(word: Word): boolean {
  return word.text.startsWith('!') || (word.next === ':' && (word.text === 'Ref' || word.text.startsWith('Fn::')));
}
