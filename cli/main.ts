// Entry point of dist/cli.js, the `lambda-workbench` bin: picks the command and maps errors to exit codes
// (0 success, 1 failure reported by the command, 2 bad usage or bad input — one line, no stack trace).
import { UsageError, type Command, type CommandIo } from './command';
import { aliasCommand } from './commands/alias';
import { deployCommand } from './commands/deploy';
import { functionsCommand } from './commands/functions';
import { generateEventCommand } from './commands/generate-event';
import { invokeCommand } from './commands/invoke';
import { logsCommand } from './commands/logs';
import { startLambdaCommand } from './commands/start-lambda';
import { validateCommand } from './commands/validate';
import { versionsCommand } from './commands/versions';

const commands: Record<string, Command> = {
  functions: functionsCommand,
  'generate-event': generateEventCommand,
  invoke: invokeCommand,
  deploy: deployCommand,
  versions: versionsCommand,
  alias: aliasCommand,
  logs: logsCommand,
  'start-lambda': startLambdaCommand,
  validate: validateCommand,
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
  const command = commands[name];
  if (!command) {
    io.stderr.write(`lambda-workbench: unknown command: ${name} (commands: ${Object.keys(commands).join(', ')})\n`);
    return 2;
  }
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
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }, controller.signal)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      process.stderr.write(`lambda-workbench: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
