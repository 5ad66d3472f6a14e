import {
  CreateFunctionCommand,
  DeleteFunctionCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  ListFunctionsCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionActiveV2,
  waitUntilFunctionExists,
  waitUntilFunctionUpdatedV2,
} from '@aws-sdk/client-lambda';
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fixturesDir } from '../support/paths';
import { startHarness, zipOf, type Harness } from './harness';

const waiter = (h: Harness) => ({ client: h.lambda, maxWaitTime: 20, minDelay: 1, maxDelay: 1 });

describe('endpoint: functions over the Lambda API', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ templates: [join(fixturesDir, 'endpoint-sam', 'template.yaml'), join(fixturesDir, 'endpoint-sls', 'serverless.yml')] });
  });
  afterEach(async () => h.dispose());

  it('lists template functions by their deployed names, Active, with the template configuration', async () => {
    const { Functions = [] } = await h.lambda.send(new ListFunctionsCommand({}));
    assert.deepEqual(Functions.map((f) => f.FunctionName), ['Echo', 'orders-api', 'shop-test-checkout']);
    const echo = Functions[0];
    assert.equal(echo.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:Echo');
    assert.equal(echo.Runtime, 'nodejs20.x');
    assert.equal(echo.Handler, 'echo.handler');
    assert.equal(echo.Timeout, 5);
    assert.deepEqual(echo.Environment?.Variables, { GREETING: 'hello' });
    assert.equal(echo.State, 'Active');
    assert.equal(echo.LastUpdateStatus, 'Successful');
    assert.equal(echo.Version, '$LATEST');
    assert.equal(Functions[1].MemorySize, 256);
  });

  it('creates a function from a zip: Pending, then Active for the waiter; CodeSha256 and Code.Location match the zip', async () => {
    const zip = await zipOf({ 'index.js': 'exports.handler = async () => 1;\n' });
    const created = await h.lambda.send(
      new CreateFunctionCommand({ FunctionName: 'fresh', Runtime: 'nodejs20.x', Handler: 'index.handler', Role: 'arn:aws:iam::000000000000:role/r', Code: { ZipFile: zip } }),
    );
    assert.equal(created.$metadata.httpStatusCode, 201);
    assert.equal(created.State, 'Pending');
    assert.equal(created.StateReasonCode, 'Creating');
    assert.equal(created.CodeSha256, createHash('sha256').update(zip).digest('base64'));
    assert.equal(created.CodeSize, zip.length);
    await waitUntilFunctionExists(waiter(h), { FunctionName: 'fresh' });
    const active = await waitUntilFunctionActiveV2(waiter(h), { FunctionName: 'fresh' });
    assert.equal(active.state, 'SUCCESS');
    const got = await h.lambda.send(new GetFunctionCommand({ FunctionName: 'fresh' }));
    assert.equal(got.Configuration?.State, 'Active');
    const download = await fetch(got.Code!.Location!);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), zip);
  });

  it('updates configuration and code with InProgress → Successful, new RevisionIds and PreconditionFailed on a stale one', async () => {
    const before = await h.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'Echo' }));
    const updated = await h.lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'Echo', Timeout: 9, RevisionId: before.RevisionId }));
    assert.equal(updated.LastUpdateStatus, 'InProgress');
    assert.notEqual(updated.RevisionId, before.RevisionId);
    await waitUntilFunctionUpdatedV2(waiter(h), { FunctionName: 'Echo' });
    await assert.rejects(h.lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'Echo', Timeout: 10, RevisionId: before.RevisionId })), {
      name: 'PreconditionFailedException',
      message: 'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id',
    });
    const zip = await zipOf({ 'echo.js': 'exports.handler = async () => "zipped";\n' });
    const code = await h.lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'Echo', ZipFile: zip }));
    assert.equal(code.CodeSha256, createHash('sha256').update(zip).digest('base64'));
    await waitUntilFunctionUpdatedV2(waiter(h), { FunctionName: 'Echo' });
    const after = await h.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'Echo' }));
    assert.equal(after.Timeout, 9);
    assert.equal(after.LastUpdateStatus, 'Successful');
    assert.equal(after.CodeSize, zip.length);
  });

  it('answers bad requests with the errors AWS returns, and keeps serving', async () => {
    await assert.rejects(h.lambda.send(new GetFunctionCommand({ FunctionName: 'nope' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'ResourceNotFoundException');
      assert.equal(e.message, 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
    const zip = await zipOf({ 'index.js': '' });
    const create = (name: string, ZipFile: Uint8Array) =>
      h.lambda.send(new CreateFunctionCommand({ FunctionName: name, Runtime: 'nodejs20.x', Handler: 'index.handler', Role: 'arn:aws:iam::000000000000:role/r', Code: { ZipFile } }));
    await assert.rejects(create('Echo', zip), { name: 'ResourceConflictException', message: 'Function already exist: Echo' });
    await assert.rejects(create('broken', Buffer.from('not a zip')), {
      name: 'InvalidParameterValueException',
      message: 'Could not unzip uploaded file. Please check your file, then try to upload again.',
    });
    await assert.rejects(h.lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'Echo', MemorySize: 64 })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
    });
    const raw = await fetch(`${h.endpoint.url}/2015-03-31/functions`, { method: 'POST', body: '{not json' });
    assert.equal(raw.status, 400);
    assert.equal(raw.headers.get('x-amzn-errortype'), 'InvalidRequestContentException');
    const listed = await h.lambda.send(new ListFunctionsCommand({}));
    assert.equal(listed.Functions?.length, 3);
  });

  it('accepts names, partial and full ARNs with qualifiers, and deletes a function', async () => {
    const byArn = await h.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'arn:aws:lambda:us-east-1:000000000000:function:orders-api:$LATEST' }));
    assert.equal(byArn.FunctionName, 'orders-api');
    const partial = await h.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: '000000000000:function:orders-api' }));
    assert.equal(partial.FunctionName, 'orders-api');
    await assert.rejects(h.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'orders-api:1', Qualifier: '2' })), {
      name: 'InvalidParameterValueException',
      message: 'The derived qualifier from the function name does not match the specified qualifier.',
    });
    const deleted = await h.lambda.send(new DeleteFunctionCommand({ FunctionName: 'orders-api' }));
    assert.equal(deleted.$metadata.httpStatusCode, 204);
    await assert.rejects(h.lambda.send(new GetFunctionCommand({ FunctionName: 'orders-api' })), { name: 'ResourceNotFoundException' });
  });
});
