// Picks the launcher for a function's runtime family. Node.js runs under the inspector (CDP) through the
// local runtime; other families (Python's debugpy relay is a later issue) get a launch error naming the runtime.
import { LaunchConfigError } from './launch-config';
import type { Launcher } from './launcher';
import { NodeLauncher } from './node-launcher';

export function launcherFor(runtime: string): Launcher {
  if (/^nodejs\d+\.x$/.test(runtime)) return new NodeLauncher();
  throw new LaunchConfigError('runtime', `the debugger runs Node.js functions (nodejs18.x and later), not: ${runtime || '(none)'}`);
}
