// `lambda-workbench logs NAME [--follow] [--since DUR] [--filter TEXT]`: log lines as Lambda wrote them.
import { fetchLogEvents, followLogEvents, parseDuration, RemoteError, type LogEvent } from '../../remote';
import { parseCommandArgs } from '../args';
import { AWS_OPTIONS, AWS_OPTIONS_USAGE, connectionFrom, runAws } from '../aws-options';
import { UsageError, type Command } from '../command';

export const logsCommand: Command = {
  usage: `Usage: lambda-workbench logs NAME [--follow] [--since DUR] [--filter TEXT]

  --since DUR           how far back to start: 30s, 10m, 2h, 1d (default 10m)
  --filter TEXT         CloudWatch filter pattern (plain terms match)
  --follow              keep printing new lines until interrupted
${AWS_OPTIONS_USAGE}`,

  async run(args, io, signal) {
    const { values, positionals } = parseCommandArgs(args, {
      ...AWS_OPTIONS,
      follow: { type: 'boolean' },
      since: { type: 'string' },
      filter: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('Expected one function NAME');
    let sinceMs: number;
    try {
      sinceMs = parseDuration(values.since ?? '10m');
    } catch (error) {
      if (error instanceof RemoteError) throw new UsageError(`--since: ${error.message}`);
      throw error;
    }
    const connection = connectionFrom(values);
    const query = { functionName: positionals[0], startTime: Date.now() - sinceMs, filter: values.filter };
    const print = (events: LogEvent[]): void => {
      for (const e of events) {
        io.stdout.write(values.json ? `${JSON.stringify(e)}\n` : e.message.endsWith('\n') ? e.message : `${e.message}\n`);
      }
    };
    return runAws(io, connection, async () => {
      if (values.follow) await followLogEvents(connection, query, print, signal);
      else print(await fetchLogEvents(connection, query, signal));
      return 0;
    });
  },
};
