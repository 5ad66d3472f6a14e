// `lambda-workbench alias promote NAME ALIAS VERSION [--weight PCT]` and `alias rollback NAME ALIAS`.
import { describeRouting, promoteAlias, rollbackAlias } from '../../remote';
import { parseCommandArgs } from '../args';
import { AWS_OPTIONS, AWS_OPTIONS_USAGE, connectionFrom, runAws } from '../aws-options';
import { UsageError, type Command } from '../command';

export const aliasCommand: Command = {
  usage: `Usage: lambda-workbench alias promote NAME ALIAS VERSION [--weight PCT]
       lambda-workbench alias rollback NAME ALIAS

promote without --weight moves ALIAS to VERSION and clears its weights (this also completes a canary);
with --weight, ALIAS keeps its version and sends PCT% of invocations to VERSION.
rollback drops a canary, or moves a promoted alias back to the version it pointed to before (recorded
in the alias's description, so it works from any machine).
Every change uses the alias's RevisionId: a concurrent change is reported, never overwritten.
  --weight PCT          canary percentage, between 0 and 100
${AWS_OPTIONS_USAGE}`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...AWS_OPTIONS, weight: { type: 'string' } });
    const [action, name, alias, version, ...extra] = positionals;
    const expected = action === 'promote' ? 4 : action === 'rollback' ? 3 : 0;
    if (expected === 0) throw new UsageError(`Expected 'promote' or 'rollback', got: ${action ?? '(nothing)'}`);
    if (positionals.length !== expected || extra.length > 0) {
      throw new UsageError(action === 'promote' ? 'Expected: alias promote NAME ALIAS VERSION' : 'Expected: alias rollback NAME ALIAS');
    }
    if (action === 'rollback' && values.weight !== undefined) throw new UsageError('--weight goes with promote, not rollback');
    const weight = values.weight === undefined ? undefined : Number(values.weight);
    if (weight !== undefined && !(weight > 0 && weight < 100)) throw new UsageError(`--weight must be a number between 0 and 100: ${values.weight}`);
    const connection = connectionFrom(values);
    return runAws(io, connection, async () => {
      const result = action === 'promote' ? await promoteAlias(connection, name, alias, version, { weight }) : await rollbackAlias(connection, name, alias);
      if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else io.stdout.write(`${name}:${alias} → ${describeRouting(result)}\n`);
      return 0;
    });
  },
};
