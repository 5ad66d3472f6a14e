// The checks without LSP: what the language server publishes and what `lambda-workbench validate` prints.
// Each check runs on its own: one that throws becomes a single located "internal error" diagnostic and the
// others still report.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { ServerlessCloudFormation, TemplateModel } from '../template-model';
import { error, type Check, type CheckContext, type FileAccess } from './checks/check';
import { handlersCheck } from './checks/handlers';
import { intrinsicsCheck } from './checks/intrinsics';
import { referencesCheck } from './checks/references';
import { resourcesCheck } from './checks/resources';
import { runtimesCheck } from './checks/runtimes';
import { samEventsCheck } from './checks/sam-events';
import { samGlobalsCheck } from './checks/sam-globals';
import { samPoliciesCheck } from './checks/sam-policies';
import { sectionsCheck } from './checks/sections';
import { checkServerless } from './checks/serverless';
import { syntaxCheck } from './checks/syntax';

export type { Check, CheckContext, FileAccess } from './checks/check';

/** Every check, one line each. */
const CHECKS: readonly Check[] = [
  syntaxCheck,
  sectionsCheck,
  resourcesCheck,
  referencesCheck,
  intrinsicsCheck,
  runtimesCheck,
  samEventsCheck,
  samGlobalsCheck,
  samPoliciesCheck,
  handlersCheck,
];

export interface CheckOptions {
  /** Absolute path of the template on disk; without it, handler files are not checked. */
  templatePath?: string;
  /** Whether to look for handler files and exports (setting `lambdaWorkbench.validation.handlers`). */
  handlers?: boolean;
  /** Called with the stack of a check that crashed (the server logs it). */
  onInternalError?: (check: string, error: unknown) => void;
  /** serverless.yml: folders `${file()}` may read from (default: the service directory). */
  workspaceFolders?: string[];
  /** serverless.yml: environment for `${env:}`. */
  env?: Record<string, string | undefined>;
}

/** The file access the checks use in the real world. */
export const nodeFiles: FileAccess = {
  isFile: (path) => existsSync(path) && statSync(path).isFile(),
  isDirectory: (path) => existsSync(path) && statSync(path).isDirectory(),
  readText: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT' || (cause as NodeJS.ErrnoException).code === 'EACCES') return undefined;
      throw new Error(`cannot read ${path}`, { cause });
    }
  },
};

/** Runs each check that applies to the template's dialect; a check that throws becomes one located diagnostic. */
export function runChecks(checks: readonly Check[], model: TemplateModel, context: CheckContext, onInternalError?: (check: string, error: unknown) => void): Diagnostic[] {
  // A document that does not parse yields a partial tree: checking it would only report the parse error again.
  const parsed = model.syntaxErrors.length === 0;
  return checks
    .filter((check) => check.dialects.includes(model.dialect) && (parsed || check === syntaxCheck))
    .flatMap((check) => runCheck(check, model, context, { onInternalError }));
}

export function checkTemplate(model: TemplateModel, options: CheckOptions = {}): Diagnostic[] {
  const context: CheckContext = {
    templatePath: options.handlers === false ? undefined : options.templatePath,
    files: nodeFiles,
    today: new Date().toISOString().slice(0, 10),
  };
  const diagnostics = runChecks(CHECKS, model, context, options.onInternalError);
  // serverless.yml (issue #8): schema, variables, runtimes, handlers; its resources as CloudFormation.
  const namedServerless = model.dialect === 'unknown' && /(^|[\\/.])serverless\.ya?ml$/.test(options.templatePath ?? '');
  if (model.dialect === 'serverless' || namedServerless) {
    diagnostics.push(
      ...checkServerless(model, {
        templatePath: options.handlers === false ? undefined : options.templatePath,
        workspaceFolders: options.workspaceFolders,
        env: options.env,
        today: context.today,
        log: (message) => options.onInternalError?.('serverless', message),
        cloudFormation: (cfn) => checkServerlessCloudFormation(cfn, { today: context.today }, options),
      }),
    );
  }
  return diagnostics;
}

/** What of a serverless.yml reaches CloudFormation goes through the CloudFormation checks. */
const SERVERLESS_CFN_CHECKS: readonly Check[] = [resourcesCheck, referencesCheck, intrinsicsCheck, runtimesCheck];

function checkServerlessCloudFormation(cfn: ServerlessCloudFormation, context: CheckContext, options: CheckOptions): Diagnostic[] {
  // References may name the resources the framework generates; only they need to see them.
  const withGenerated: TemplateModel = { ...cfn.model, resources: [...cfn.model.resources, ...cfn.generated] };
  return SERVERLESS_CFN_CHECKS.flatMap((check) => runCheck(check, check === referencesCheck ? withGenerated : cfn.model, context, options));
}

function runCheck(check: Check, model: TemplateModel, context: CheckContext, options: CheckOptions): Diagnostic[] {
  try {
    return check.run(model, context);
  } catch (cause) {
    options.onInternalError?.(check.name, cause);
    const message = cause instanceof Error ? cause.message : String(cause);
    return [error(model.lines.rangeOf(0, 0), 'E0002', `internal error in check ${check.name}: ${message}. Other checks still ran; please report this.`)];
  }
}
