// Tokenizes text with TextMate grammars the way VS Code does (vscode-textmate + Oniguruma WASM), so the
// injection grammars in syntaxes/ are tested by the scopes a theme colours.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { fixturesDir, repoRoot } from './paths';

export interface Token {
  text: string;
  line: number;
  scopes: string[];
}

let wasm: Promise<void> | undefined;

/** Grammar files by scope name: the product's injections over small base grammars from fixtures. */
const GRAMMARS: Record<string, string> = {
  'source.yaml': join(fixturesDir, 'grammars', 'yaml-base.tmLanguage.json'),
  'source.json': join(fixturesDir, 'grammars', 'json-base.tmLanguage.json'),
  'lambda-workbench.yaml.injection': join(repoRoot, 'syntaxes', 'cloudformation-yaml.tmLanguage.json'),
  'lambda-workbench.json.injection': join(repoRoot, 'syntaxes', 'cloudformation-json.tmLanguage.json'),
};

export async function loadGrammar(scopeName: 'source.yaml' | 'source.json', injections: Record<string, string[]>): Promise<IGrammar> {
  wasm ??= loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')));
  await wasm;
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async (scope) => (GRAMMARS[scope] ? parseRawGrammar(readFileSync(GRAMMARS[scope], 'utf8'), GRAMMARS[scope]) : null),
    getInjections: (scope) => injections[scope],
  });
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar not found: ${scopeName}`);
  return grammar;
}

export function tokenize(grammar: IGrammar, text: string): Token[] {
  let state = INITIAL;
  return text.split('\n').flatMap((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: lineText.slice(t.startIndex, t.endIndex), line, scopes: t.scopes }));
  });
}
