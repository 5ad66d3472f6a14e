// Debugging a Python function: the bootstrap imports debugpy (the interpreter's own, pip's in the function's
// .venv, else Debian's python3-debugpy folder appended last to sys.path) and listens for the debug adapter
// (DAP on 127.0.0.1, a free port) before importing the handler. No debugpy → DebugpyNotFoundError naming
// what to install. The search runs inside the bootstrap: a separate probe process would cost ~0.3 s per F5.
import type { DebugListen } from './debug-listen';

/** Where Debian's python3-debugpy (and the python3-pydevd it needs) installs, for /usr/bin/python3. */
const DEBIAN_PACKAGES = '/usr/lib/python3/dist-packages';

export class DebugpyNotFoundError extends Error {
  constructor(command: string, reason: string) {
    super(`debugpy cannot be imported by ${command} (${reason}): install it with \`pip install debugpy\` (into the function's .venv or that interpreter) or \`apt install python3-debugpy\``);
  }
}

/** With `wait`, the bootstrap holds init until the adapter's configurationDone, so breakpoints bind first. */
export function pythonDebugpy(wait: boolean, command: string): DebugListen {
  return {
    // Frozen standard modules would make pydevd warn on every start and miss breakpoints in them.
    args: ['-X', 'frozen_modules=off'],
    env: { LAMBDA_WORKBENCH_DEBUGPY: wait ? 'wait' : 'listen', LAMBDA_WORKBENCH_DEBUGPY_FALLBACK: DEBIAN_PACKAGES },
    announcement: /^lambda-workbench: debugpy listening on (\S+:\d+)$/,
    noise: [/^lambda-workbench: debugpy listening on /],
    failure: (line) => {
      const reason = /^lambda-workbench: debugpy not importable: (.*)$/.exec(line)?.[1];
      return reason === undefined ? undefined : new DebugpyNotFoundError(command, reason);
    },
  };
}
