// Every serverless.yml check, composed: schema, variables, runtimes, handlers. One variable resolver is
// shared so each value is resolved once. A check that crashes becomes one located diagnostic.
import { dirname } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { getServerlessCloudFormation, getString, getValue, VariableResolver, type ServerlessCloudFormation, type TemplateModel } from '../../template-model';
import { createWorkspaceReader } from '../workspace-files';
import { checkServerlessHandlers } from './serverless-handlers';
import { checkServerlessRuntimes } from './serverless-runtimes';
import { checkServerlessSchema } from './serverless-schema';
import { checkServerlessVariables } from './serverless-variables';

export interface ServerlessCheckOptions {
  /** Absolute path of the serverless.yml; without it handlers and `${file()}` are not checked. */
  templatePath?: string;
  /** Folders `${file()}` may read from (default: the service directory). */
  workspaceFolders?: string[];
  /** Environment for `${env:}` (the server passes its own). */
  env?: Record<string, string | undefined>;
  /** YYYY-MM-DD for runtime deprecation (default today). */
  today?: string;
  /** Where a crashing check is logged. */
  log?: (message: string) => void;
  /** Runs the CloudFormation checks on what of the file reaches the stack (resources, intrinsics). */
  cloudFormation?: (cfn: ServerlessCloudFormation) => Diagnostic[];
}

export function checkServerless(model: TemplateModel, options: ServerlessCheckOptions = {}): Diagnostic[] {
  const serviceDir = options.templatePath ? dirname(options.templatePath) : undefined;
  const read = serviceDir ? createWorkspaceReader(serviceDir, options.workspaceFolders ?? []) : undefined;
  const resolver = new VariableResolver(model, { env: options.env, readFile: read });
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const guarded = (name: string, check: () => Diagnostic[]): Diagnostic[] => {
    try {
      return check();
    } catch (error) {
      options.log?.(`internal error in check ${name}: ${error instanceof Error ? error.stack : String(error)}`);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      return [{ range, severity: DiagnosticSeverity.Error, code: 'SLS0000', source: 'lambda-workbench', message: `Internal error in check ${name}: ${String(error)}` }];
    }
  };
  const variables = guarded('serverless-variables', () => checkServerlessVariables(resolver));
  // Other providers (azure, google, …) bring their own plugins' schemas and runtimes; we know AWS.
  const provider = getValue(model.root, 'provider');
  const providerName = getString(provider?.kind === 'map' ? getValue(provider, 'name') : provider);
  if (providerName !== undefined && providerName !== 'aws') return variables;
  return [
    ...guarded('serverless-schema', () => checkServerlessSchema(resolver)),
    ...variables,
    ...guarded('serverless-runtimes', () => checkServerlessRuntimes(resolver, today)),
    ...(serviceDir && read ? guarded('serverless-handlers', () => checkServerlessHandlers(resolver, serviceDir, read)) : []),
    ...guarded('serverless-resources', () => {
      const cfn = options.cloudFormation && getServerlessCloudFormation(model, resolver);
      return cfn ? options.cloudFormation!(cfn) : [];
    }),
  ];
}
