// The `lambda` launch configuration (attributes in launch-arguments.ts) resolved into what a launcher needs. Bad input → LaunchConfigError
// naming the attribute to fix; nothing here starts a process.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { EventParameterError, generateSampleEvent, listTemplateSamples, parseSampleName, sampleEventForFunction, TemplateEventError, UnknownSampleEventError } from '../events';
import { FunctionNotFoundError, parseTemplate, resolveFunction, type FunctionConfig, type TemplateModel } from '../template-model';
import type { LaunchArguments as LambdaLaunchAttributes } from './launch-arguments';

/** The attributes plus DAP's own (noDebug, __restart). */
export interface LaunchArguments extends DebugProtocol.LaunchRequestArguments, LambdaLaunchAttributes {}

export interface ResolvedLaunch {
  config: FunctionConfig;
  /** The folder `config.codeDir` is relative to. */
  templateDir: string;
  event: unknown;
  /** `env`: overrides the template's environment and the env file. */
  envOverrides?: Record<string, string>;
  envFile?: string;
  stopOnEntry: boolean;
  keepWarm: boolean;
}

export class LaunchConfigError extends Error {
  constructor(
    readonly field: keyof LaunchArguments,
    message: string,
  ) {
    super(`Launch configuration "${field}": ${message}`);
  }
}

export async function resolveLaunch(args: LaunchArguments): Promise<ResolvedLaunch> {
  const { config, templateDir, model } = args.template !== undefined || args.function !== undefined ? await fromTemplate(args) : fromHandler(args);
  if (args.handler !== undefined) config.handler = checkedHandler(args.handler);
  if (args.runtime !== undefined) config.runtime = args.runtime;
  if (args.codeDir !== undefined) config.codeDir = relative(templateDir, checkedDir(args.codeDir)) || '.';
  if (args.functionName !== undefined) config.functionName = args.functionName;
  if (args.timeout !== undefined) config.timeout = bounded('timeout', args.timeout, 1, 900);
  if (args.memorySize !== undefined) config.memorySize = bounded('memorySize', args.memorySize, 128, 10240);
  let envFile: string | undefined;
  if (args.envFile !== undefined) {
    envFile = resolve(args.envFile);
    if (!existsSync(envFile)) throw new LaunchConfigError('envFile', `file not found: ${envFile}`);
  }
  const envOverrides = args.env === undefined ? undefined : stringMap(args.env);
  return { config, templateDir, event: await loadEvent(args, model && { model, functionId: config.id }), envOverrides, envFile, stopOnEntry: args.stopOnEntry === true, keepWarm: args.keepWarm === true };
}

interface FromTemplate {
  config: FunctionConfig;
  templateDir: string;
  model?: TemplateModel;
}

async function fromTemplate(args: LaunchArguments): Promise<FromTemplate> {
  if (!args.template) throw new LaunchConfigError('template', 'missing; give the template that declares "function"');
  if (!args.function) throw new LaunchConfigError('function', `missing; give a function of ${args.template}`);
  const path = resolve(args.template);
  if (!existsSync(path) || !statSync(path).isFile()) throw new LaunchConfigError('template', `file not found: ${path}`);
  const model = parseTemplate(await readFile(path, 'utf8'));
  const syntax = model.syntaxErrors[0];
  if (syntax) throw new LaunchConfigError('template', `${syntax.message} (${path}:${syntax.range.start.line + 1}:${syntax.range.start.character + 1})`);
  if (model.dialect === 'unknown') throw new LaunchConfigError('template', `not a SAM, CloudFormation or serverless.yml template: ${path}`);
  try {
    return { config: resolveFunction(model, args.function), templateDir: dirname(path), model };
  } catch (error) {
    if (error instanceof FunctionNotFoundError) throw new LaunchConfigError('function', error.message);
    throw error;
  }
}

function fromHandler(args: LaunchArguments): FromTemplate {
  if (!args.handler) throw new LaunchConfigError('template', 'missing; give "template" and "function", or "handler", "codeDir" and "runtime"');
  if (!args.runtime) throw new LaunchConfigError('runtime', 'missing; give a Lambda runtime such as nodejs20.x');
  // A bare handler's code folder defaults to the adapter's working folder (VS Code: the workspace folder).
  const codeDir = checkedDir(args.codeDir ?? '.');
  const config: FunctionConfig = {
    id: args.functionName ?? args.handler,
    functionName: args.functionName ?? args.handler.replace(/\W+/g, '-'),
    handler: args.handler,
    runtime: args.runtime,
    codeDir: '.',
    memorySize: 128,
    timeout: 3,
    environment: {},
    logFormat: 'Text',
    architecture: 'x86_64',
    region: 'us-east-1',
    unresolved: [],
  };
  return { config, templateDir: codeDir };
}

function checkedHandler(handler: string): string {
  if (!/^[^.]+(\.[^.]+)*\.[A-Za-z_$][\w$]*$/.test(handler)) throw new LaunchConfigError('handler', `expected file.export (e.g. index.handler), got: ${handler}`);
  return handler;
}

function checkedDir(dir: string): string {
  const path = resolve(dir);
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new LaunchConfigError('codeDir', `folder not found: ${path}`);
  return path;
}

/**
 * The invocation event: `event` (file or object), else `sampleEvent`, shaped by the function's matching
 * trigger in the template when it declares one (bucket, key filters, queue…), else the template's first
 * trigger's sample, else `{}`.
 */
async function loadEvent(args: LaunchArguments, template: { model: TemplateModel; functionId: string } | undefined): Promise<unknown> {
  if (args.event !== undefined && args.sampleEvent !== undefined) throw new LaunchConfigError('sampleEvent', 'give either "event" or "sampleEvent", not both');
  if (args.sampleEvent !== undefined) {
    try {
      const { source, type } = parseSampleName(args.sampleEvent);
      const declared = template && listTemplateSamples(template.model, template.functionId).find((s) => s.source === source && s.type === type);
      return declared?.constantInput ?? generateSampleEvent(source, type, declared?.params);
    } catch (error) {
      if (error instanceof UnknownSampleEventError || error instanceof EventParameterError) throw new LaunchConfigError('sampleEvent', error.message);
      throw error;
    }
  }
  if (args.event === undefined) return template ? triggerSample(template.model, template.functionId) : {};
  if (typeof args.event !== 'string') return args.event;
  const path = resolve(args.event);
  if (!existsSync(path)) throw new LaunchConfigError('event', `file not found: ${path}`);
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LaunchConfigError('event', `not valid JSON (${(error as Error).message}): ${path}`);
  }
}

function triggerSample(model: TemplateModel, functionId: string): unknown {
  try {
    return sampleEventForFunction(model, functionId);
  } catch (error) {
    // No trigger with a sample (or none declared): Lambda's console starts from an empty test event too.
    if (error instanceof TemplateEventError) return {};
    throw error;
  }
}

function bounded(field: 'timeout' | 'memorySize', value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new LaunchConfigError(field, `must be a whole number from ${min} to ${max}, got: ${JSON.stringify(value)}`);
  }
  return value;
}

function stringMap(env: unknown): Record<string, string> {
  if (typeof env !== 'object' || env === null || Array.isArray(env)) throw new LaunchConfigError('env', 'must be an object of NAME: "value" pairs');
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
}
