// Runs `lambda-workbench start-lambda` (dist/cli.js) as a real child process and waits for the line
// that names its URL; kill() ends it like a crash (SIGKILL) or an interrupt (SIGTERM).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { distDir } from '../support/paths';

export interface ServerProcess {
  url: string;
  output(): string;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

export async function startServerProcess(args: string[], cwd: string): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(distDir, 'cli.js'), 'start-lambda', '--port', '0', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: string) => {
      output += chunk;
      const match = /Lambda endpoint on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.setEncoding('utf8').on('data', onData);
    child.stderr!.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => reject(new Error(`start-lambda exited with ${code}:\n${output}`)));
  });
  const exited = once(child, 'exit') as Promise<[number | null]>;
  return {
    url,
    output: () => output,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return (await exited)[0];
    },
  };
}
