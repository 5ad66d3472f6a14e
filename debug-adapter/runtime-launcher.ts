// Launches a function through the local runtime library under its runtime's debugger, held before init so
// breakpoints bind before any user code runs: Node with `--inspect-brk` (CDP), Python under debugpy (DAP).
import { dirname, resolve } from 'node:path';
import { EnvFileError, findBootstrap, LocalFunction, UnsupportedRuntimeError, type EnvironmentInfo } from '../runtime';
import { LaunchConfigError, type ResolvedLaunch } from './launch-config';
import type { Debuggee, DebuggerEndpoint, Launcher, LogLine } from './launcher';

export class RuntimeLauncher implements Launcher {
  async launch(launch: ResolvedLaunch, onLog: (log: LogLine) => void): Promise<Debuggee> {
    const fn = await start(launch, onLog);
    const endpoint = debuggerOf(fn.environments[0]);
    if (!endpoint) {
      await fn.stop();
      throw new Error(`The runtime started no environment with a debugger for ${launch.config.functionName}`);
    }
    return {
      debugger: endpoint,
      userRoots: [resolve(launch.templateDir, launch.config.codeDir)],
      invoke: async (event) => {
        const result = await fn.invoke(event);
        return { requestId: result.requestId, payload: result.payload, functionError: result.functionError };
      },
      suspendTimeout: () => fn.suspendTimeout(),
      resumeTimeout: () => fn.resumeTimeout(),
      stop: () => fn.stop(),
      onDidExit: (listener) => fn.once('environmentStopped', ({ pid }) => listener(`process ${pid} exited`)),
    };
  }
}

function debuggerOf(environment: EnvironmentInfo | undefined): DebuggerEndpoint | undefined {
  if (environment?.inspectorUrl) return { protocol: 'cdp', url: environment.inspectorUrl };
  const address = environment?.debugpyAddress;
  if (!address) return undefined;
  const colon = address.lastIndexOf(':');
  // The Python bootstrap (and its folder) is the runtime's code: hidden as Lambda's runtime frames are.
  return { protocol: 'dap', host: address.slice(0, colon), port: Number(address.slice(colon + 1)), hidden: [dirname(findBootstrap('python-bootstrap.py'))] };
}

async function start(launch: ResolvedLaunch, onLog: (log: LogLine) => void): Promise<LocalFunction> {
  try {
    return await LocalFunction.start({
      config: launch.config,
      templateDir: launch.templateDir,
      envOverrides: launch.envOverrides,
      envFile: launch.envFile,
      inspect: { break: true },
      onLog: (event) => onLog({ stream: event.stream === 'stderr' ? 'stderr' : 'stdout', line: event.line }),
    });
  } catch (error) {
    if (error instanceof EnvFileError) throw new LaunchConfigError('envFile', error.message);
    if (error instanceof UnsupportedRuntimeError) throw new LaunchConfigError('runtime', error.message);
    throw error;
  }
}
