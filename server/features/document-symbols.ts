// The outline: parameters, resources (with their type), outputs; functions with their events.
// SAM/CloudFormation by section, serverless.yml by functions and its CloudFormation resources.
import { SymbolKind, type CancellationToken, type DocumentSymbol } from 'vscode-languageserver/node';
import {
  getEntry,
  getString,
  getValue,
  type EventModel,
  type FunctionModel,
  type NamedSection,
  type Range,
  type ResourceModel,
  type TemplateModel,
  type TemplateNode,
} from '../../template-model';
import { contentRange } from './content-range';

export function documentSymbols(model: TemplateModel, token: CancellationToken): DocumentSymbol[] {
  if (token.isCancellationRequested || model.root?.kind !== 'map') return [];
  const functions = new Map(model.functions.map((f) => [f.node, f]));
  const resource = (r: ResourceModel): DocumentSymbol => {
    const fn = functions.get(r.node);
    return fn ? functionSymbol(model, fn, r.type?.value) : symbol(model, r, r.type?.value ? SymbolKind.Object : SymbolKind.Field, r.type?.value);
  };
  if (model.dialect === 'serverless') {
    const resources = getValue(model.root, 'resources');
    return [
      group(model, ['functions'], SymbolKind.Module, model.functions.map((f) => functionSymbol(model, f, handlerOf(f)))),
      group(model, ['resources', 'Resources'], SymbolKind.Module, model.resources.map(resource), resources),
      group(model, ['resources', 'Outputs'], SymbolKind.Module, model.outputs.map((o) => symbol(model, o, SymbolKind.Property)), resources),
    ].flatMap((g) => g ?? []);
  }
  return [
    group(model, ['Parameters'], SymbolKind.Namespace, model.parameters.map((p) => symbol(model, p, SymbolKind.TypeParameter, getString(getValue(p.node, 'Type'))))),
    group(model, ['Conditions'], SymbolKind.Namespace, model.conditions.map((c) => symbol(model, c, SymbolKind.Boolean))),
    group(model, ['Mappings'], SymbolKind.Namespace, model.mappings.map((m) => symbol(model, m, SymbolKind.Object))),
    group(model, ['Resources'], SymbolKind.Namespace, model.resources.map(resource)),
    group(model, ['Outputs'], SymbolKind.Namespace, model.outputs.map((o) => symbol(model, o, SymbolKind.Property))),
  ].flatMap((g) => g ?? []);
}

function functionSymbol(model: TemplateModel, fn: FunctionModel, detail: string | undefined): DocumentSymbol {
  const children = fn.events.map((e) => eventSymbol(model, e));
  return { ...symbol(model, { keyRange: fn.keyRange, node: fn.node, name: fn.id }, SymbolKind.Function, detail), children };
}

function eventSymbol(model: TemplateModel, event: EventModel): DocumentSymbol {
  return {
    name: event.name,
    detail: event.type,
    kind: SymbolKind.Event,
    range: span(model, event.keyRange, event.node),
    selectionRange: event.keyRange,
  };
}

function handlerOf(fn: FunctionModel): string | undefined {
  return typeof fn.handler?.value === 'string' ? fn.handler.value : undefined;
}

function symbol(model: TemplateModel, section: NamedSection, kind: SymbolKind, detail?: string): DocumentSymbol {
  return { name: section.name, detail, kind, range: span(model, section.keyRange, section.node), selectionRange: section.keyRange };
}

/** A top-level section (or `resources.Resources`) as a parent symbol; none when absent or empty. */
function group(
  model: TemplateModel,
  path: string[],
  kind: SymbolKind,
  children: DocumentSymbol[],
  parent = model.root,
): DocumentSymbol | undefined {
  const entry = getEntry(parent, path[path.length - 1]);
  if (!entry || children.length === 0) return undefined;
  return { name: path.join('.'), kind, range: span(model, entry.keyRange, entry.value), selectionRange: entry.keyRange, children };
}

/** From the key to the last character of its value (node ends include trailing line breaks). */
function span(model: TemplateModel, key: Range, value: TemplateNode): Range {
  const valueEnd = contentRange(model, value).end;
  const after = valueEnd.line > key.end.line || (valueEnd.line === key.end.line && valueEnd.character >= key.end.character);
  return { start: key.start, end: after ? valueEnd : key.end };
}
