// The checks without LSP: what the language server publishes and what `lambda-workbench validate` prints.
import type { Diagnostic } from 'vscode-languageserver/node';
import type { TemplateModel } from '../template-model';
import { checkServerless, type ServerlessCheckOptions } from './checks/serverless';
import { checkSyntax } from './checks/syntax';

/** Where the template lives and what it may read; each dialect's checks take what they need. */
export type CheckOptions = ServerlessCheckOptions;

export function checkTemplate(model: TemplateModel, options: CheckOptions = {}): Diagnostic[] {
  const diagnostics = checkSyntax(model);
  // serverless.yml (issue #8): schema, variables, runtimes, handlers; resources go through the CFN checks.
  const namedServerless = model.dialect === 'unknown' && /(^|[\\/.])serverless\.ya?ml$/.test(options.templatePath ?? '');
  if (model.dialect === 'serverless' || namedServerless) diagnostics.push(...checkServerless(model, options));
  return diagnostics;
}
