import { CreateAliasCommand, CreateFunctionCommand, GetAliasCommand, GetFunctionCommand, PublishVersionCommand, PutFunctionConcurrencyCommand, waitUntilFunctionActiveV2 } from '@aws-sdk/client-lambda';
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { fixturesDir } from '../support/paths';
import { startHarness, zipOf } from './harness';

describe('endpoint: state persists in --state DIR', () => {
  it('keeps zip functions, versions, aliases and concurrency across a restart', async () => {
    const template = join(fixturesDir, 'endpoint-sam', 'template.yaml');
    const first = await startHarness({ templates: [template] });
    const zip = await zipOf({ 'index.js': 'exports.handler = async () => 2;\n' });
    await first.lambda.send(new CreateFunctionCommand({ FunctionName: 'kept', Runtime: 'nodejs22.x', Handler: 'index.handler', Role: 'arn:aws:iam::000000000000:role/r', Code: { ZipFile: zip }, Publish: true }));
    await waitUntilFunctionActiveV2({ client: first.lambda, maxWaitTime: 10, minDelay: 1, maxDelay: 1 }, { FunctionName: 'kept' });
    await first.lambda.send(new CreateAliasCommand({ FunctionName: 'kept', Name: 'prod', FunctionVersion: '1' }));
    await first.lambda.send(new PublishVersionCommand({ FunctionName: 'Echo' }));
    await first.lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'Echo', ReservedConcurrentExecutions: 3 }));
    const before = await first.lambda.send(new GetFunctionCommand({ FunctionName: 'kept' }));
    await first.stop();

    const second = await startHarness({ templates: [template], stateDir: first.stateDir });
    try {
      const after = await second.lambda.send(new GetFunctionCommand({ FunctionName: 'kept', Qualifier: 'prod' }));
      assert.equal(after.Configuration?.CodeSha256, before.Configuration?.CodeSha256);
      assert.equal(after.Configuration?.Version, '1');
      assert.equal(after.Configuration?.State, 'Active');
      assert.equal((await second.lambda.send(new GetAliasCommand({ FunctionName: 'kept', Name: 'prod' }))).FunctionVersion, '1');
      const echo = await second.lambda.send(new GetFunctionCommand({ FunctionName: 'Echo', Qualifier: '1' }));
      assert.equal(echo.Configuration?.Version, '1');
      assert.equal(echo.Concurrency?.ReservedConcurrentExecutions, 3);
    } finally {
      await second.dispose();
    }
  });
});
