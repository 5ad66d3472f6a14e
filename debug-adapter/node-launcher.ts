// Launches a Node.js function through the local runtime library with the inspector held before init
// (`--inspect-brk` on 127.0.0.1), so breakpoints bind before any user code runs.
import { resolve } from 'node:path';
import { EnvFileError, LocalFunction, UnsupportedRuntimeError } from '../runtime';
import { LaunchConfigError, type ResolvedLaunch } from './launch-config';
import type { Debuggee, Launcher, LogLine } from './launcher';

export class NodeLauncher implements Launcher {
  async launch(launch: ResolvedLaunch, onLog: (log: LogLine) => void): Promise<Debuggee> {
    const fn = await start(launch, onLog);
    const inspectorUrl = fn.environments[0]?.inspectorUrl;
    if (!inspectorUrl) {
      await fn.stop();
      throw new Error(`The runtime started no environment with an inspector for ${launch.config.functionName}`);
    }
    return {
      inspectorUrl,
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
