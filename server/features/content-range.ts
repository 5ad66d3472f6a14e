// Node ranges from the parser run to the start of the next token (trailing line breaks included):
// these give the range of what a node actually shows, for hovers, outlines and inserts.
import type { Range, TemplateModel, TemplateNode } from '../../template-model';

/** The offset after the last non-blank character before `end` (never before `start`). */
export function contentEnd(text: string, end: number, start = 0): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1])) at--;
  return at;
}

export function contentRange(model: TemplateModel, node: TemplateNode): Range {
  return model.lines.rangeOf(node.offsets[0], contentEnd(model.lines.text, node.offsets[1], node.offsets[0]));
}
