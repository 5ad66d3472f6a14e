// The shared corpus as the template-check suites read it: the files of a set, cfn-lint's findings per file,
// and one LSP server validating many files in turn (each opened, checked, closed).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import type { LspClient } from '../support/lsp-client';
import { corpusDir } from '../support/paths';

export interface CfnLintFinding {
  rule: string;
  level: 'Error' | 'Warning';
  line: number;
  column: number;
  message: string;
}

export const VALID_SETS = ['sam/valid', 'sam/real', 'cfn/valid', 'cfn/real'];

/** Template files of a corpus set (`sam/valid`, …), without the expected.json metadata. */
export function corpusFiles(set: string): string[] {
  return readdirSync(join(corpusDir, set))
    .filter((name) => name !== 'expected.json')
    .sort()
    .map((name) => `${set}/${name}`);
}

export function cfnLintFindings(): Record<string, CfnLintFinding[]> {
  return (JSON.parse(readFileSync(join(corpusDir, 'cfn-lint-results.json'), 'utf8')) as { files: Record<string, CfnLintFinding[]> }).files;
}

/**
 * Validates a corpus file under a virtual path: the corpus ships templates without their code, so handler
 * files are not looked for (their absence is not what these suites test).
 */
export async function validate(client: LspClient, file: string, text = readFileSync(join(corpusDir, file), 'utf8')): Promise<Diagnostic[]> {
  const uri = `file:///corpus-virtual/${file}`;
  const diagnostics = await client.open(uri, text, file.endsWith('.json') ? 'json' : 'yaml');
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return diagnostics;
}
