import {
  CreateAliasCommand,
  DeleteAliasCommand,
  DeleteFunctionCommand,
  DeleteFunctionConcurrencyCommand,
  GetAliasCommand,
  GetFunctionConcurrencyCommand,
  GetFunctionConfigurationCommand,
  ListAliasesCommand,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  UpdateAliasCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionUpdatedV2,
  waitUntilPublishedVersionActive,
} from '@aws-sdk/client-lambda';
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { fixturesDir } from '../support/paths';
import { startHarness, type Harness } from './harness';

describe('endpoint: versions, aliases and concurrency over the Lambda API', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ templates: [join(fixturesDir, 'endpoint-sam', 'template.yaml')] });
  });
  afterEach(async () => h.dispose());

  const timeoutOf = async (Qualifier: string) => (await h.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'Echo', Qualifier }))).Timeout;

  it('publishes immutable versions, reuses an unchanged one and lists them after $LATEST', async () => {
    const v1 = await h.lambda.send(new PublishVersionCommand({ FunctionName: 'Echo', Description: 'first' }));
    assert.equal(v1.$metadata.httpStatusCode, 201);
    assert.equal(v1.Version, '1');
    assert.equal(v1.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:Echo:1');
    assert.equal((await h.lambda.send(new PublishVersionCommand({ FunctionName: 'Echo', Description: 'first' }))).Version, '1');
    await waitUntilPublishedVersionActive({ client: h.lambda, maxWaitTime: 10 }, { FunctionName: 'Echo', Qualifier: '1' });
    await h.lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'Echo', Timeout: 30 }));
    await waitUntilFunctionUpdatedV2({ client: h.lambda, maxWaitTime: 10, minDelay: 1, maxDelay: 1 }, { FunctionName: 'Echo' });
    await assert.rejects(h.lambda.send(new PublishVersionCommand({ FunctionName: 'Echo', CodeSha256: 'bm9wZQ==' })), { name: 'InvalidParameterValueException' });
    const v2 = await h.lambda.send(new PublishVersionCommand({ FunctionName: 'Echo', CodeSha256: v1.CodeSha256 }));
    assert.equal(v2.Version, '2');
    assert.equal(await timeoutOf('1'), 5);
    assert.equal(await timeoutOf('2'), 30);
    const { Versions = [] } = await h.lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'Echo' }));
    assert.deepEqual(Versions.map((v) => [v.Version, v.FunctionArn?.split(':').at(-1)]), [['$LATEST', '$LATEST'], ['1', '1'], ['2', '2']]);
    const paged = await h.lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'Echo', MaxItems: 2 }));
    assert.equal(paged.Versions?.length, 2);
    const rest = await h.lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'Echo', Marker: paged.NextMarker }));
    assert.deepEqual(rest.Versions?.map((v) => v.Version), ['2']);
  });

  it('creates, reads, updates with RevisionId locking, lists and deletes aliases', async () => {
    const v1 = await h.lambda.send(new PublishVersionCommand({ FunctionName: 'Echo' }));
    await h.lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'Echo', Description: 'second' }));
    await waitUntilFunctionUpdatedV2({ client: h.lambda, maxWaitTime: 10, minDelay: 1, maxDelay: 1 }, { FunctionName: 'Echo' });
    const v2 = await h.lambda.send(new PublishVersionCommand({ FunctionName: 'Echo' }));
    const live = await h.lambda.send(new CreateAliasCommand({ FunctionName: 'Echo', Name: 'live', FunctionVersion: v1.Version }));
    assert.equal(live.AliasArn, 'arn:aws:lambda:us-east-1:000000000000:function:Echo:live');
    await assert.rejects(h.lambda.send(new CreateAliasCommand({ FunctionName: 'Echo', Name: 'live', FunctionVersion: '1' })), {
      name: 'ResourceConflictException',
      message: 'Alias already exists: arn:aws:lambda:us-east-1:000000000000:function:Echo:live',
    });
    await assert.rejects(h.lambda.send(new CreateAliasCommand({ FunctionName: 'Echo', Name: 'ghost', FunctionVersion: '9' })), { name: 'ResourceNotFoundException' });
    await assert.rejects(
      h.lambda.send(new UpdateAliasCommand({ FunctionName: 'Echo', Name: 'live', FunctionVersion: '$LATEST', RoutingConfig: { AdditionalVersionWeights: { '1': 0.5 } } })),
      { name: 'InvalidParameterValueException', message: '$LATEST is not supported for an alias pointing to more than 1 version' },
    );
    const shifted = await h.lambda.send(
      new UpdateAliasCommand({ FunctionName: 'Echo', Name: 'live', RevisionId: live.RevisionId, FunctionVersion: v2.Version, RoutingConfig: { AdditionalVersionWeights: { '1': 0.25 } } }),
    );
    assert.deepEqual(shifted.RoutingConfig?.AdditionalVersionWeights, { '1': 0.25 });
    await assert.rejects(h.lambda.send(new UpdateAliasCommand({ FunctionName: 'Echo', Name: 'live', RevisionId: live.RevisionId, Description: 'late' })), {
      name: 'PreconditionFailedException',
    });
    assert.equal((await h.lambda.send(new GetAliasCommand({ FunctionName: 'Echo', Name: 'live' }))).FunctionVersion, '2');
    assert.equal((await h.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'Echo:live' }))).Description, 'second');
    await assert.rejects(h.lambda.send(new DeleteFunctionCommand({ FunctionName: 'Echo', Qualifier: '1' })), {
      name: 'ResourceConflictException',
      message: 'Unable to delete version because the following aliases reference it: [live]',
    });
    await h.lambda.send(new CreateAliasCommand({ FunctionName: 'Echo', Name: 'old', FunctionVersion: '1' }));
    assert.deepEqual((await h.lambda.send(new ListAliasesCommand({ FunctionName: 'Echo' }))).Aliases?.map((a) => a.Name), ['live', 'old']);
    assert.deepEqual((await h.lambda.send(new ListAliasesCommand({ FunctionName: 'Echo', FunctionVersion: '1' }))).Aliases?.map((a) => a.Name), ['old']);
    await h.lambda.send(new DeleteAliasCommand({ FunctionName: 'Echo', Name: 'old' }));
    await assert.rejects(h.lambda.send(new GetAliasCommand({ FunctionName: 'Echo', Name: 'old' })), {
      name: 'ResourceNotFoundException',
      message: 'Alias not found: arn:aws:lambda:us-east-1:000000000000:function:Echo:old',
    });
  });

  it('reserves concurrency within the account limit and removes it', async () => {
    const put = await h.lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'Echo', ReservedConcurrentExecutions: 5 }));
    assert.equal(put.ReservedConcurrentExecutions, 5);
    assert.equal((await h.lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'Echo' }))).ReservedConcurrentExecutions, 5);
    await assert.rejects(h.lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'orders-api', ReservedConcurrentExecutions: 896 })), {
      name: 'InvalidParameterValueException',
      message: "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
    });
    await h.lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: 'Echo' }));
    assert.equal((await h.lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'Echo' }))).ReservedConcurrentExecutions, undefined);
  });
});
