// Picks the launcher for a function's runtime family. Node.js runs under the inspector (CDP);
// other families get a launch error naming the runtime until their launcher exists.
import { LaunchConfigError } from './launch-config';
import type { Launcher } from './launcher';

export function launcherFor(runtime: string): Launcher {
  throw new LaunchConfigError('runtime', `debugging needs the local runtime, which this build does not include yet: ${runtime || '(none)'}`);
}
