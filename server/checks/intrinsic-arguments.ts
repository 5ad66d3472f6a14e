// The kind of each argument of Fn::Join, Fn::Select, Fn::Split, Fn::Sub, Fn::Base64 and the condition functions: a
// text where a list is needed, a list where a text is needed, a function where only a literal is allowed. Runs inside the intrinsics
// check's walk (after the argument count is known to be right). Only what is certain is reported: a value of
// unknown kind (a parameter, a GetAtt, an Fn::If, a FindInMap) is given the benefit of the doubt.
import type { Diagnostic } from 'vscode-languageserver/node';
import { getString, type TemplateModel, type TemplateNode } from '../../template-model';
import { error } from './check';
import { intrinsicOf } from './intrinsics-shape';

/** Functions that always return one string, and those that always return a list of strings. */
const STRING_FUNCTIONS = new Set(['Fn::Sub', 'Fn::Join', 'Fn::Base64', 'Fn::ImportValue']);
const LIST_FUNCTIONS = new Set(['Fn::Split', 'Fn::GetAZs', 'Fn::Cidr']);

type Kind = 'string' | 'list' | 'unknown';

/** What a node certainly evaluates to. A Ref to a resource is its one id; a parameter's type is not looked at. */
function kindOf(node: TemplateNode, model: TemplateModel): Kind {
  const intrinsic = intrinsicOf(node);
  if (intrinsic) {
    if (STRING_FUNCTIONS.has(intrinsic.key)) return 'string';
    if (LIST_FUNCTIONS.has(intrinsic.key)) return 'list';
    const target = getString(intrinsic.value);
    return intrinsic.key === 'Ref' && model.resources.some((r) => r.name === target) ? 'string' : 'unknown';
  }
  if (node.kind === 'seq') return 'list';
  return node.kind === 'scalar' && node.value !== null ? 'string' : 'unknown';
}

function describe(node: TemplateNode): string {
  const intrinsic = intrinsicOf(node);
  if (intrinsic?.key === 'Ref') return `Ref ${getString(intrinsic.value) ?? ''}`;
  if (intrinsic) return STRING_FUNCTIONS.has(intrinsic.key) ? `${intrinsic.key} (a text)` : LIST_FUNCTIONS.has(intrinsic.key) ? `${intrinsic.key} (a list)` : intrinsic.key;
  return node.kind === 'seq' ? 'a list' : node.kind === 'map' ? 'a mapping' : 'a single value';
}

/** `argument` must be a list (or a function returning one). */
function needList(fn: string, what: string, argument: TemplateNode, model: TemplateModel, code: string, out: Diagnostic[]): void {
  if (kindOf(argument, model) === 'string') out.push(error(argument.range, code, `${fn}'s ${what} must be a list (or a function returning one, like Fn::Split or a list parameter); got ${describe(argument)}.`));
}

/** `argument` must be one text (or a function returning one). */
function needString(fn: string, what: string, argument: TemplateNode, model: TemplateModel, code: string, out: Diagnostic[]): void {
  if (kindOf(argument, model) === 'list') out.push(error(argument.range, code, `${fn}'s ${what} must be a text, not a list; got ${describe(argument)}. Join the list first with Fn::Join.`));
}

/** `argument` must be written out: a literal text, no function. */
function needLiteral(fn: string, what: string, argument: TemplateNode, code: string, out: Diagnostic[]): void {
  if (argument.kind !== 'scalar' || argument.value === null) out.push(error(argument.range, code, `${fn}'s ${what} must be a literal text (no function, list or mapping); got ${describe(argument)}.`));
}

/** A condition operand: `{ Condition: Name }` alone, or a function (Fn::Equals, Fn::And, …; Rules' Fn::Contains, …). */
function isCondition(node: TemplateNode): boolean {
  if (node.kind !== 'map' || node.entries.length !== 1) return false;
  return node.entries[0].key === 'Condition' || intrinsicOf(node) !== undefined;
}

/** Checks the arguments of one intrinsic call whose argument count is right. */
export function checkArguments(fn: string, code: string, usage: string, value: TemplateNode, model: TemplateModel, out: Diagnostic[]): void {
  const wholeFunction = intrinsicOf(value);
  if (wholeFunction) {
    // A whole argument list cannot come from a function that returns a value (Fn::Transform is expanded first).
    const returnsValue = wholeFunction.key === 'Ref' || wholeFunction.key === 'Fn::GetAtt' || STRING_FUNCTIONS.has(wholeFunction.key);
    if (returnsValue && (fn === 'Fn::Join' || fn === 'Fn::Select' || fn === 'Fn::Split' || fn === 'Fn::Sub')) {
      out.push(error(value.range, code, `${fn} takes its arguments written out (${usage}); got ${describe(value)}.`));
    } else if (fn === 'Fn::Base64') needString(fn, 'argument', value, model, code, out);
    return;
  }
  const items = value.kind === 'seq' ? value.items : [];
  switch (fn) {
    case 'Fn::Join':
      needLiteral(fn, 'delimiter', items[0], code, out);
      needList(fn, 'second argument (the values)', items[1], model, code, out);
      return;
    case 'Fn::Select': {
      const index = items[0];
      const literal = index.kind === 'scalar' ? index.value : undefined;
      if (index.kind === 'seq' || (index.kind === 'map' && !intrinsicOf(index)) || (literal !== undefined && literal !== null && !/^\d+$/.test(String(literal)))) {
        out.push(error(index.range, code, `Fn::Select's index must be a whole number (0 for the first item); got ${describe(index)}.`));
      }
      needList(fn, 'second argument (the values)', items[1], model, code, out);
      return;
    }
    case 'Fn::Split':
      needLiteral(fn, 'delimiter', items[0], code, out);
      needString(fn, 'second argument (the text to split)', items[1], model, code, out);
      return;
    case 'Fn::Sub':
      if (items.length === 2) {
        needLiteral(fn, 'text', items[0], code, out);
        if (items[1].kind !== 'map') out.push(error(items[1].range, code, `Fn::Sub's second argument must be a mapping of variable names to values; got ${describe(items[1])}.`));
      }
      return;
    case 'Fn::Base64':
      needString(fn, 'argument', value, model, code, out);
      return;
    case 'Fn::And':
    case 'Fn::Or':
    case 'Fn::Not':
      for (const item of items) {
        // A list may be a short-form tag the model does not expand (Rules' `!Contains [...]`): let it be.
        if (item.kind !== 'seq' && !isCondition(item)) out.push(error(item.range, code, `${fn} takes conditions as operands: write { Condition: Name } or a condition function (Fn::Equals, …); got ${describe(item)}.`));
      }
      return;
    case 'Fn::Equals':
      for (const item of items) {
        if (item.kind === 'seq' || (item.kind === 'map' && !intrinsicOf(item))) out.push(error(item.range, code, `Fn::Equals compares two single values (or functions returning one); got ${describe(item)}.`));
      }
  }
}
