// Picks the launcher for a function's runtime family: Node.js (inspector) and Python (debugpy) run through
// the local runtime; other families get a launch error naming the runtime.
import { LaunchConfigError } from './launch-config';
import type { Launcher } from './launcher';
import { RuntimeLauncher } from './runtime-launcher';

export function launcherFor(runtime: string): Launcher {
  if (/^nodejs\d+\.x$|^python3\.\d+$/.test(runtime)) return new RuntimeLauncher();
  throw new LaunchConfigError('runtime', `the debugger runs Node.js (nodejs18.x and later) and Python (python3.x) functions, not: ${runtime || '(none)'}`);
}
