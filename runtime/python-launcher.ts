// How a Python execution environment starts: the interpreter matching the function's runtime (python3.12 for
// python3.12, else python3 with a warning), the bootstrap beside the bundle, and PYTHONPATH with the
// function's dependencies (.aws-sam/build/<Fn>, a .venv in the code or template folder). -B: no __pycache__ in
// the user's folders (Lambda's /var/task is read-only).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctionConfig } from '../template-model';
import { findBootstrap } from './bootstrap-path';

export interface Launch {
  command: string;
  args: string[];
  /** Added to the Lambda environment (PYTHONPATH). */
  env: Record<string, string>;
  /** Set when the runtime's interpreter is missing and python3 stands in. */
  warning?: string;
}

export const isPythonRuntime = (runtime: string): boolean => /^python3\.\d+$/.test(runtime);

const working = new Map<string, boolean>();

/** True when the command runs (a pyenv shim for a version that is not installed does not). */
function runs(command: string): boolean {
  let ok = working.get(command);
  if (ok === undefined) {
    ok = spawnSync(command, ['-c', ''], { stdio: 'ignore' }).status === 0;
    working.set(command, ok);
  }
  return ok;
}

function sitePackages(venv: string): string[] {
  const lib = join(venv, 'lib');
  if (!existsSync(lib)) return [];
  return readdirSync(lib)
    .filter((name) => name.startsWith('python'))
    .map((name) => join(lib, name, 'site-packages'))
    .filter(existsSync);
}

export function pythonLaunch(config: FunctionConfig, taskRoot: string, templateDir: string, pythonPath?: string): Launch {
  let command = pythonPath ?? config.runtime;
  let warning: string | undefined;
  if (!pythonPath && !runs(command)) {
    command = 'python3';
    const version = spawnSync(command, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).stdout?.trim();
    warning = `${config.runtime} not found; running ${config.functionName} with python3 (${version || 'unknown version'}) instead`;
  }
  const folders = [...new Set([taskRoot, templateDir])];
  const dependencies = [
    join(templateDir, '.aws-sam', 'build', config.id),
    ...folders.flatMap((dir) => sitePackages(join(dir, '.venv'))),
  ].filter(existsSync);
  const requirements = folders.map((dir) => join(dir, 'requirements.txt')).filter(existsSync);
  return {
    command,
    args: ['-u', '-B', findBootstrap('python-bootstrap.py'), ...requirements],
    env: dependencies.length ? { PYTHONPATH: dependencies.join(':') } : {},
    warning,
  };
}
