// `lambda-workbench versions NAME`: a deployed function's versions and the aliases pointing at them.
import { describeRouting, fetchAliases, fetchAllVersions } from '../../remote';
import { parseCommandArgs } from '../args';
import { AWS_OPTIONS, AWS_OPTIONS_USAGE, connectionFrom, runAws } from '../aws-options';
import { UsageError, type Command } from '../command';

export const versionsCommand: Command = {
  usage: `Usage: lambda-workbench versions NAME

${AWS_OPTIONS_USAGE}`,

  async run(args, io, signal) {
    const { values, positionals } = parseCommandArgs(args, AWS_OPTIONS);
    if (positionals.length !== 1) throw new UsageError('Expected one function NAME');
    const name = positionals[0];
    const connection = connectionFrom(values);
    return runAws(io, connection, async () => {
      const [versions, aliases] = await Promise.all([fetchAllVersions(connection, name, signal), fetchAliases(connection, name, signal)]);
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ versions, aliases }, null, 2)}\n`);
        return 0;
      }
      for (const v of versions) {
        io.stdout.write(`${v.Version}\t${v.LastModified ?? ''}\t${v.CodeSha256 ?? ''}\t${v.Description ?? ''}\n`);
      }
      for (const a of aliases) io.stdout.write(`alias ${a.Name}\t${describeRouting(a)}\n`);
      return 0;
    });
  },
};
