// Entry point of dist/cli.js, the `lambda-workbench` bin: picks the command and maps errors to exit codes
// (0 success, 1 failure reported by the command, 2 bad usage or bad input — one line, no stack trace).
import { join } from 'node:path';
import { UsageError, type Command, type CommandIo } from './command';
import { loadBundle } from './compile-cache';

/**
 * Each command's module loads only when it runs, from its own bundle (dist/cli/<name>.js: esbuild.mjs builds one
 * per file in commands/): the AWS SDK behind deploy/logs/alias, the resource specification behind validate and
 * the runtime behind invoke would otherwise slow every start-up.
 */
const bundle = <T>(name: string, env: NodeJS.ProcessEnv): T => loadBundle(join(__dirname, 'cli', `${name}.js`), env) as T;

const commands: Record<string, { summary: string; load: (env: NodeJS.ProcessEnv) => Command }> = {
  functions: { summary: 'List the functions of a template with their resolved configuration', load: (env) => bundle<typeof import('./commands/functions.js')>('functions', env).functionsCommand },
  'generate-event': { summary: 'Print a sample event for any Lambda event source (SAM CLI names), or one shaped by a function\'s trigger', load: (env) => bundle<typeof import('./commands/generate-event.js')>('generate-event', env).generateEventCommand },
  invoke: { summary: 'Invoke a function locally, the way Lambda runs it', load: (env) => bundle<typeof import('./commands/invoke.js')>('invoke', env).invokeCommand },
  deploy: { summary: 'Deploy a template function\'s code to AWS, optionally publishing a version', load: (env) => bundle<typeof import('./commands/deploy.js')>('deploy', env).deployCommand },
  versions: { summary: 'List a deployed function\'s versions and aliases', load: (env) => bundle<typeof import('./commands/versions.js')>('versions', env).versionsCommand },
  alias: { summary: 'Promote an alias to a version (optionally as a weighted canary), or roll it back', load: (env) => bundle<typeof import('./commands/alias.js')>('alias', env).aliasCommand },
  logs: { summary: 'Print a deployed function\'s logs (START/END/REPORT included), optionally following them', load: (env) => bundle<typeof import('./commands/logs.js')>('logs', env).logsCommand },
  'start-lambda': { summary: 'Serve the Lambda and CloudWatch Logs APIs on 127.0.0.1, backed by the local runtime', load: (env) => bundle<typeof import('./commands/start-lambda.js')>('start-lambda', env).startLambdaCommand },
  validate: { summary: 'Check templates like the editor does (text, JSON or SARIF output for CI)', load: (env) => bundle<typeof import('./commands/validate.js')>('validate', env).validateCommand },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: lambda-workbench COMMAND [OPTIONS]\n\nCommands:\n${lines.join('\n')}\n\nRun 'lambda-workbench COMMAND --help' for a command's options.\n`;
}

export async function main(argv: string[], io: CommandIo, signal: AbortSignal): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout.write(`${process.env.LAMBDA_WORKBENCH_VERSION ?? 'dev'}\n`);
    return 0;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    io.stderr.write(`lambda-workbench: unknown command: ${name} (commands: ${Object.keys(commands).join(', ')})\n`);
    return 2;
  }
  const command = entry.load(io.env);
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io, signal);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`lambda-workbench ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // `lambda-workbench … | head`: the reader went away, so there is no one left to tell; stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  // stdin opens only for a command that reads it (`invoke --event -`): setting it up costs every start-up.
  const io: CommandIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
  };
  main(process.argv.slice(2), io, controller.signal)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      process.stderr.write(`lambda-workbench: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
