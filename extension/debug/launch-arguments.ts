// The `lambda` launch configuration as the extension builds and checks it (its attributes are the debug
// adapter's, debug-adapter/launch-arguments.ts): pure builders from the server's list.
import { posix, relative, sep } from 'node:path';
import type { LaunchArguments } from '../../debug-adapter/launch-arguments';
import type { TemplateFunction } from '../../server/protocol';

export type { LaunchArguments } from '../../debug-adapter/launch-arguments';

export interface LambdaLaunchConfig extends LaunchArguments {
  type: 'lambda';
  request: 'launch';
  name: string;
}

/** What a run uses as its event: a saved JSON file, a generated sample, or none (`{}`). */
export type EventChoice = { kind: 'file'; path: string; name: string } | { kind: 'sample'; sampleEvent: string } | { kind: 'none' };

/** A template function as F5, CodeLens and the view name it. */
export interface FunctionTarget {
  /** Absolute path of the template. */
  templatePath: string;
  fn: TemplateFunction;
}

/**
 * A launch configuration for one function. Paths under `folderPath` are written with `${workspaceFolder}`
 * so a configuration saved to launch.json works on every machine.
 */
export function buildLaunchConfig(target: FunctionTarget, event: EventChoice, folderPath?: string): LambdaLaunchConfig {
  const config: LambdaLaunchConfig = {
    type: 'lambda',
    request: 'launch',
    name: `${target.fn.id} (${baseName(target.templatePath)})${eventSuffix(event)}`,
    template: portablePath(target.templatePath, folderPath),
    function: target.fn.id,
  };
  if (event.kind === 'file') config.event = portablePath(event.path, folderPath);
  if (event.kind === 'sample') config.sampleEvent = event.sampleEvent;
  return config;
}

function eventSuffix(event: EventChoice): string {
  if (event.kind === 'file') return `: ${event.name}`;
  if (event.kind === 'sample') return `: ${event.sampleEvent}`;
  return '';
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function portablePath(path: string, folderPath: string | undefined): string {
  if (!folderPath) return path;
  const rel = relative(folderPath, path);
  if (rel.startsWith('..') || rel === path) return path;
  return `\${workspaceFolder}/${rel.split(sep).join(posix.sep)}`;
}

/** Problems in a launch configuration, each naming the attribute to fix; empty when it can start. */
export function checkLaunchArguments(args: LaunchArguments): string[] {
  const problems: string[] = [];
  if (args.template === undefined && args.handler === undefined) {
    problems.push('Set `template` and `function` (a function of your template), or `handler` (file.function) with `codeDir`.');
  }
  if (args.template !== undefined && args.function === undefined && args.handler === undefined) {
    problems.push(`Set \`function\` to the function of the template to run: ${args.template}`);
  }
  if (args.event !== undefined && args.sampleEvent !== undefined) {
    problems.push('Set either `event` or `sampleEvent`, not both.');
  }
  if (args.sampleEvent !== undefined && !/^[a-z0-9-]+:[a-z0-9-]+$/.test(args.sampleEvent)) {
    problems.push(`\`sampleEvent\` must be SOURCE:TYPE, e.g. s3:put: ${args.sampleEvent}`);
  }
  if (args.handler !== undefined && !/^[^.]+(\.[^.]+)*\.[A-Za-z_$][\w$]*$/.test(args.handler)) {
    problems.push(`\`handler\` must be file.function, e.g. index.handler: ${args.handler}`);
  }
  if (args.timeout !== undefined && !(args.timeout >= 1 && args.timeout <= 900)) {
    problems.push(`\`timeout\` must be 1–900 seconds: ${args.timeout}`);
  }
  if (args.memorySize !== undefined && !(args.memorySize >= 128 && args.memorySize <= 10240)) {
    problems.push(`\`memorySize\` must be 128–10240 MB: ${args.memorySize}`);
  }
  return problems;
}

/** A function is identified across the workspace by its template and ID. */
export function functionKey(templatePath: string, functionId: string): string {
  return `${templatePath}#${functionId}`;
}
