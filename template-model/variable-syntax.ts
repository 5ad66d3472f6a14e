// serverless.yml variable syntax: `${source(params):address, fallback, …}` → a small AST with offsets.
// Follows the Serverless Framework v3 parser (lib/configuration/variables/parse.js): a variable starts with
// `${` and a lower-case source name followed by `:` or `(`; anything else (`${AWS::Region}`) is not ours.

/** A `${…}` reference; offsets are into the parsed string. */
export interface VariableRef {
  start: number;
  end: number;
  /** The source and its fallbacks, in order: `${env:A, env:B, 'x'}` has three. */
  sources: VariableSource[];
}

export type VariableSource = SourceRef | SourceLiteral;

export interface SourceRef {
  kind: 'ref';
  /** `self`, `opt`, `env`, `sls`, `file`, `param`, `ssm`, … */
  type: string;
  start: number;
  end: number;
  typeEnd: number;
  params: VariablePart[];
  address?: VariablePart;
}

export interface SourceLiteral {
  kind: 'literal';
  value: string | number | boolean | null;
  start: number;
  end: number;
}

/** A param or address: its text, which may itself hold variables (`${self:custom.${sls:stage}}`). */
export interface VariablePart {
  text: string;
  start: number;
  end: number;
  variables: VariableRef[];
}

export interface VariableSyntaxError {
  message: string;
  start: number;
  end: number;
}

export interface ParsedVariables {
  variables: VariableRef[];
  errors: VariableSyntaxError[];
}

const SOURCE_START = /[a-z][a-zA-Z0-9]*[:(]/y;
const LITERAL = /[A-Za-z0-9.-]+/y;

export function parseVariables(text: string): ParsedVariables {
  const variables: VariableRef[] = [];
  const errors: VariableSyntaxError[] = [];
  let index = 0;
  while ((index = text.indexOf('${', index)) >= 0) {
    if (isEscaped(text, index) || !startsVariable(text, index + 2)) {
      index += 2;
      continue;
    }
    try {
      const ref = new Parser(text).variable(index);
      variables.push(ref);
      index = ref.end;
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      errors.push({ message: error.message, start: error.start, end: error.end });
      return { variables, errors };
    }
  }
  return { variables, errors };
}

function isEscaped(text: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

function startsVariable(text: string, index: number): boolean {
  SOURCE_START.lastIndex = index;
  return SOURCE_START.test(text);
}

class ParseError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

class Parser {
  constructor(private readonly text: string) {}

  /** Parses the variable whose `${` is at `start`. */
  variable(start: number): VariableRef {
    const sources: VariableSource[] = [];
    let index = start + 2;
    for (;;) {
      index = this.skipSpaces(index);
      const source = this.source(index, start);
      sources.push(source);
      index = this.skipSpaces(source.end);
      const char = this.text[index];
      if (char === '}') return { start, end: index + 1, sources };
      if (char !== ',') throw this.unclosed(start);
      index++;
    }
  }

  private source(index: number, varStart: number): VariableSource {
    const char = this.text[index];
    if (char === undefined) throw this.unclosed(varStart);
    if (char === '"' || char === "'") {
      const close = this.text.indexOf(char, index + 1);
      if (close < 0) throw new ParseError('Unterminated string in variable', index, this.text.length);
      return { kind: 'literal', value: this.text.slice(index + 1, close), start: index, end: close + 1 };
    }
    SOURCE_START.lastIndex = index;
    if (SOURCE_START.test(this.text)) return this.ref(index, varStart);
    LITERAL.lastIndex = index;
    const literal = LITERAL.exec(this.text);
    if (!literal) throw new ParseError('Invalid variable source', index, index + 1);
    return { kind: 'literal', value: literalValue(literal[0]), start: index, end: index + literal[0].length };
  }

  private ref(start: number, varStart: number): SourceRef {
    let index = start;
    while (/[a-zA-Z0-9]/.test(this.text[index] ?? '')) index++;
    const ref: SourceRef = { kind: 'ref', type: this.text.slice(start, index), start, end: index, typeEnd: index, params: [] };
    if (this.text[index] === '(') {
      index++;
      for (;;) {
        const part = this.part(index, ',)', varStart);
        if (part.text !== '' || this.text[part.end] === ',') ref.params.push(part);
        index = part.end + 1;
        if (this.text[part.end] === ')') break;
      }
    }
    if (this.text[index] === ':') {
      ref.address = this.part(index + 1, ',}', varStart);
      index = ref.address.end;
    }
    ref.end = index;
    return ref;
  }

  /** Text up to one of `stops` at nesting depth 0, trimmed; nested `${…}` parsed. */
  private part(start: number, stops: string, varStart: number): VariablePart {
    const variables: VariableRef[] = [];
    let index = start;
    for (;;) {
      const char = this.text[index];
      if (char === undefined) throw this.unclosed(varStart);
      if (stops.includes(char)) break;
      if (char === '$' && this.text[index + 1] === '{' && startsVariable(this.text, index + 2)) {
        const nested = this.variable(index);
        variables.push(nested);
        index = nested.end;
      } else {
        index++;
      }
    }
    let textStart = start;
    let textEnd = index;
    while (textStart < textEnd && this.text[textStart] === ' ') textStart++;
    while (textEnd > textStart && this.text[textEnd - 1] === ' ') textEnd--;
    return { text: this.text.slice(textStart, textEnd), start: textStart, end: index, variables };
  }

  private skipSpaces(index: number): number {
    while (this.text[index] === ' ') index++;
    return index;
  }

  private unclosed(start: number): ParseError {
    return new ParseError("Variable is not closed: missing '}'", start, this.text.length);
  }
}

function literalValue(text: string): SourceLiteral['value'] {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  const number = Number(text);
  return Number.isNaN(number) ? text : number;
}
