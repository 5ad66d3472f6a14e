// AWS-only failure modes through aws-sdk-client-mock: throttling, expired tokens, pagination, conflicts.
import { strict as assert } from 'node:assert';
import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetAliasCommand, ListFunctionsCommand, ListVersionsByFunctionCommand, UpdateAliasCommand } from '@aws-sdk/client-lambda';
import { ConcurrentChangeError, fetchAllVersions, fetchFunctions, fetchLogEvents, promoteAlias, rollbackAlias } from '../../remote';
import { useMockedAws } from './mocked-aws';

function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: {} });
}

describe('remote: AWS failure modes (mocked AWS)', () => {
  const aws = useMockedAws('dev-sso', 'eu-west-1');

  it('tells the user to log in again when the SSO token has expired', async () => {
    aws.lambda.on(ListFunctionsCommand).rejects(awsError('ExpiredTokenException', 'The security token included in the request is expired'));
    await assert.rejects(fetchFunctions(aws.connection), {
      message: 'List functions: ExpiredTokenException: The security token included in the request is expired — the session token has expired: run aws sso login --profile dev-sso (or refresh your credentials)',
    });
  });

  it('names throttling and what to do', async () => {
    aws.lambda.on(ListFunctionsCommand).rejects(awsError('TooManyRequestsException', 'Rate exceeded'));
    await assert.rejects(fetchFunctions(aws.connection), /TooManyRequestsException: Rate exceeded — AWS is throttling requests/);
  });

  it('follows version pages until the last marker', async () => {
    aws.lambda
      .on(ListVersionsByFunctionCommand, { FunctionName: 'fn', Marker: undefined })
      .resolves({ Versions: [{ Version: '$LATEST' }, { Version: '1' }], NextMarker: 'm1' })
      .on(ListVersionsByFunctionCommand, { FunctionName: 'fn', Marker: 'm1' })
      .resolves({ Versions: [{ Version: '2' }] });
    const versions = await fetchAllVersions(aws.connection, 'fn');
    assert.deepEqual(versions.map((v) => v.Version), ['$LATEST', '1', '2']);
  });

  it('follows log pages and sorts events by time', async () => {
    aws.logs
      .on(FilterLogEventsCommand, { nextToken: undefined })
      .resolves({ events: [{ eventId: 'b', timestamp: 20, message: 'END RequestId: r1\n' }], nextToken: 't1' })
      .on(FilterLogEventsCommand, { nextToken: 't1' })
      .resolves({ events: [{ eventId: 'a', timestamp: 10, message: 'START RequestId: r1 Version: $LATEST\n' }] });
    const events = await fetchLogEvents(aws.connection, { functionName: 'fn', startTime: 0 });
    assert.deepEqual(events.map((e) => e.eventId), ['a', 'b']);
    assert.equal(aws.logs.commandCalls(FilterLogEventsCommand)[0].args[0].input.logGroupName, '/aws/lambda/fn');
  });

  it('reports a concurrent alias change instead of overwriting it', async () => {
    aws.lambda.on(GetAliasCommand).resolves({ Name: 'live', FunctionVersion: '3', RevisionId: 'rev-1' });
    aws.lambda.on(UpdateAliasCommand).rejects(awsError('PreconditionFailedException', 'The Revision Id provided does not match the latest Revision Id.'));
    await assert.rejects(promoteAlias(aws.connection, 'fn', 'live', '4'), (error: unknown) => {
      assert.ok(error instanceof ConcurrentChangeError);
      assert.match(error.message, /Alias fn:live was changed by someone else since it was read \(revision rev-1\); nothing was overwritten/);
      return true;
    });
    assert.equal(aws.lambda.commandCalls(UpdateAliasCommand)[0].args[0].input.RevisionId, 'rev-1');
  });

  it('records the previous version on promotion and rolls back to it', async () => {
    aws.lambda.on(GetAliasCommand).resolvesOnce({ Name: 'live', FunctionVersion: '3', Description: 'prod traffic', RevisionId: 'r1' });
    aws.lambda.on(UpdateAliasCommand).callsFake((input: { FunctionVersion: string; Description: string }) => ({ Name: 'live', ...input, RevisionId: 'r2' }));
    const promoted = await promoteAlias(aws.connection, 'fn', 'live', '4');
    assert.equal(promoted.FunctionVersion, '4');
    assert.equal(promoted.Description, 'prod traffic [lambda-workbench previous=3]');
    aws.lambda.on(GetAliasCommand).resolves(promoted);
    const rolledBack = await rollbackAlias(aws.connection, 'fn', 'live');
    assert.equal(rolledBack.FunctionVersion, '3');
    assert.equal(rolledBack.Description, 'prod traffic');
  });
});
