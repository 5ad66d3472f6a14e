// Debugging a Python function: finds a debugpy the function's interpreter can import (its own, pip's in the
// function's .venv, else Debian's python3-debugpy folder appended to sys.path), and how the bootstrap then
// listens for the debug adapter (DAP on 127.0.0.1, a free port). No debugpy → a DebugpyNotFoundError naming
// what to install.
import { spawnSync } from 'node:child_process';
import type { DebugListen } from './debug-listen';

/** Where Debian's python3-debugpy (and the python3-pydevd it needs) installs, for /usr/bin/python3. */
export const DEBIAN_PACKAGES = '/usr/lib/python3/dist-packages';

export class DebugpyNotFoundError extends Error {
  constructor(command: string, reason: string) {
    super(`debugpy cannot be imported by ${command} (${reason}): install it with \`pip install debugpy\` (into the function's .venv or that interpreter) or \`apt install python3-debugpy\``);
  }
}

// Imports what debugpy.listen() needs (debugpy and its pydevd); on failure retries with Debian's folder last
// on sys.path, so the interpreter's and the function's own packages keep precedence. Prints where it came from.
const PROBE = `
import sys
def load():
    import debugpy.server.api
    return debugpy.__file__
try:
    print("own " + load())
except Exception as own:
    for name in [m for m in sys.modules if m.split(".")[0] == "debugpy"]:
        del sys.modules[name]
    sys.path.append(sys.argv[1])
    try:
        print("debian " + load())
    except Exception:
        print("none %s: %s" % (type(own).__name__, own))
`;

const found = new Map<string, string>();

/**
 * The folder the bootstrap must append to sys.path for debugpy ('' when the interpreter imports its own).
 * @param pythonPath the PYTHONPATH the function runs with (its dependencies)
 */
export function findDebugpy(command: string, pythonPath: string | undefined): string {
  const key = `${command}\0${pythonPath ?? ''}`;
  const known = found.get(key);
  if (known !== undefined) return known;
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', PYDEVD_DISABLE_FILE_VALIDATION: '1' };
  if (pythonPath) env.PYTHONPATH = pythonPath;
  const probe = spawnSync(command, ['-B', '-c', PROBE, DEBIAN_PACKAGES], { env, encoding: 'utf8' });
  const answer = probe.stdout?.trim().split('\n').pop() ?? '';
  if (probe.status !== 0 || answer.startsWith('none ') || !answer) {
    throw new DebugpyNotFoundError(command, answer.replace(/^none /, '') || probe.error?.message || probe.stderr.trim().split('\n').pop() || `exit code ${probe.status}`);
  }
  const folder = answer.startsWith('debian ') ? DEBIAN_PACKAGES : '';
  found.set(key, folder);
  return folder;
}

/**
 * The bootstrap calls debugpy.listen() before importing the handler and, with `wait`, waits for the
 * adapter's configurationDone, so breakpoints bind before any user code runs.
 */
export function pythonDebugpy(wait: boolean, debugpyFolder: string): DebugListen {
  return {
    // Frozen standard modules would make pydevd warn on every start and miss breakpoints in them.
    args: ['-X', 'frozen_modules=off'],
    env: { LAMBDA_WORKBENCH_DEBUGPY: wait ? 'wait' : 'listen', ...(debugpyFolder ? { LAMBDA_WORKBENCH_DEBUGPY_PATH: debugpyFolder } : {}) },
    announcement: /^lambda-workbench: debugpy listening on (\S+:\d+)$/,
    noise: [/^lambda-workbench: debugpy listening on /],
  };
}
