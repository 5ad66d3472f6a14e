// A Launcher for the CDP-layer tests: runs test/fixtures/dap/driver under `node --inspect-brk` with the
// handler, no Lambda runtime. Lets the session, breakpoints, variables and source maps be tested alone.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ResolvedLaunch } from '../../../debug-adapter/launch-config';
import type { Debuggee, InvokeOutcome, Launcher, LogLine } from '../../../debug-adapter/launcher';
import { fixturesDir } from '../../support/paths';

const driverDir = join(fixturesDir, 'dap', 'driver');

export class DriverLauncher implements Launcher {
  readonly timeoutEvents: string[] = [];

  async launch(launch: ResolvedLaunch, onLog: (log: LogLine) => void): Promise<Debuggee> {
    const codeDir = join(launch.templateDir, launch.config.codeDir);
    const dot = launch.config.handler.lastIndexOf('.');
    const child = spawn(process.execPath, ['--inspect-brk=127.0.0.1:0', join(driverDir, 'driver.js')], {
      env: { ...process.env, HANDLER_FILE: join(codeDir, launch.config.handler.slice(0, dot)), HANDLER_NAME: launch.config.handler.slice(dot + 1) },
    });
    const results: ((outcome: InvokeOutcome) => void)[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('RESULT ')) results.shift()?.(JSON.parse(line.slice(7)) as InvokeOutcome);
      else onLog({ stream: 'stdout', line });
    });
    const inspectorUrl = await inspectorUrlOf(child);
    const timeoutEvents = this.timeoutEvents;
    return {
      debugger: { protocol: 'cdp', url: inspectorUrl },
      userRoots: [codeDir],
      invoke: (event) =>
        new Promise((resolve) => {
          results.push(resolve);
          child.stdin.write(`${JSON.stringify(event)}\n`);
        }),
      suspendTimeout: () => timeoutEvents.push('suspend'),
      resumeTimeout: () => timeoutEvents.push('resume'),
      stop: async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill();
        await once(child, 'exit');
      },
      onDidExit: (listener) => child.once('exit', (code, signal) => listener(signal ?? `exit code ${code}`)),
    };
  }
}

/** Node prints `Debugger listening on ws://…` on stderr once the inspector is up. */
function inspectorUrlOf(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stderr });
    lines.on('line', (line) => {
      const url = /ws:\/\/\S+/.exec(line)?.[0];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`driver exited (${code}) before its inspector listened`)));
  });
}
