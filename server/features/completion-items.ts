// Building completion items: a replacement of the text typed so far, keys with their colon, snippets.
import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem } from 'vscode-languageserver/node';
import { getValue, type TemplateNode } from '../../template-model';
import type { CompletionContext } from './completion-context';

export function item(label: string, kind: CompletionItemKind, start: number, context: CompletionContext, detail?: string, newText = label): CompletionItem {
  const line = context.line;
  return { label, kind, detail, textEdit: { range: { start: { line, character: start }, end: { line, character: context.before.length } }, newText } };
}

export function keyItem(key: string, kind: CompletionItemKind, context: CompletionContext, detail?: string): CompletionItem {
  return item(key, kind, context.prefixStart, context, detail, `${key}: `);
}

export function snippet(label: string, body: string, context: CompletionContext): CompletionItem {
  return {
    ...item(label, CompletionItemKind.Snippet, context.prefixStart, context, undefined, body),
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.adjustIndentation,
  };
}

/** The node at a key path (`-` steps, list items, are not followed). */
export function nodeAt(root: TemplateNode | undefined, path: readonly string[]): TemplateNode | undefined {
  let node = root;
  for (const key of path) node = key === '-' ? undefined : getValue(node, key);
  return node;
}
