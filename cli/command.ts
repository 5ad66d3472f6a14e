// What every CLI command implements, and the error that means "bad usage or bad input" (exit 2).

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  /** The full usage text for `lambda-workbench COMMAND --help`. */
  usage: string;
  /** Resolves to the exit code: 0 success, 1 failure the command reports, 2 bad usage or input. */
  run(args: string[], io: CommandIo, signal: AbortSignal): Promise<number>;
}

const USAGE_ERROR = Symbol.for('lambda-workbench.UsageError');

/**
 * Bad usage or bad input: the CLI prints the message on one line and exits 2. Each command is bundled apart
 * from dist/cli.js (esbuild.mjs), each with its own copy of this class, so `instanceof` checks a shared brand.
 */
export class UsageError extends Error {
  readonly [USAGE_ERROR] = true;

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && USAGE_ERROR in value;
  }
}
