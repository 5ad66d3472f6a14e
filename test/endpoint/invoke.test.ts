import { FilterLogEventsCommand, DescribeLogStreamsCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateAliasCommand,
  CreateFunctionCommand,
  InvokeCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  UpdateFunctionCodeCommand,
  waitUntilFunctionActiveV2,
  waitUntilFunctionUpdatedV2,
  type LambdaClient,
  type Runtime,
} from '@aws-sdk/client-lambda';
import { strict as assert } from 'node:assert';
import { cpSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { fixturesDir } from '../support/paths';
import { newStateDir, startHarness, zipOf, type Harness } from './harness';

const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('utf8');
const wait = (client: LambdaClient) => ({ client, maxWaitTime: 20, minDelay: 1, maxDelay: 1 });

async function createZipFunction(h: Harness, name: string, source: string, Runtime: Runtime = 'nodejs20.x'): Promise<void> {
  const extension = Runtime.startsWith('python') ? 'py' : Runtime.startsWith('ruby') ? 'rb' : 'js';
  const ZipFile = await zipOf({ [`index.${extension}`]: source });
  await h.lambda.send(new CreateFunctionCommand({ FunctionName: name, Runtime, Handler: 'index.handler', Role: 'arn:aws:iam::000000000000:role/r', Code: { ZipFile } }));
  await waitUntilFunctionActiveV2(wait(h.lambda), { FunctionName: name });
}

describe('endpoint: Invoke runs the code on the local runtime', () => {
  let h: Harness;
  let workspace: string;
  beforeEach(async () => {
    workspace = newStateDir();
    cpSync(join(fixturesDir, 'endpoint-sam'), workspace, { recursive: true });
    h = await startHarness({ templates: [join(workspace, 'template.yaml')] });
  });
  afterEach(async () => h.dispose());

  it('returns the payload, the executed version and the log tail', async () => {
    const result = await h.lambda.send(new InvokeCommand({ FunctionName: 'Echo', Payload: JSON.stringify({ a: 1 }), LogType: 'Tail' }));
    assert.equal(result.StatusCode, 200);
    assert.equal(result.ExecutedVersion, '$LATEST');
    assert.equal(result.FunctionError, undefined);
    assert.deepEqual(JSON.parse(text(result.Payload)), { greeting: 'hello', event: { a: 1 } });
    const tail = Buffer.from(result.LogResult ?? '', 'base64').toString('utf8');
    assert.match(tail, /INFO\techo \{"a":1\}/);
    assert.match(tail, /REPORT RequestId: [0-9a-f-]{36}\tDuration: /);
  });

  it('reports function errors with X-Amz-Function-Error and Lambda’s error payload', async () => {
    const result = await h.lambda.send(new InvokeCommand({ FunctionName: 'orders-api' }));
    assert.equal(result.StatusCode, 200);
    assert.equal(result.FunctionError, 'Unhandled');
    const payload = JSON.parse(text(result.Payload)) as { errorType: string; errorMessage: string };
    assert.equal(payload.errorType, 'TypeError');
    assert.equal(payload.errorMessage, 'orders are closed');
  });

  it('runs a Python function created over the API', async () => {
    await createZipFunction(h, 'py', 'def handler(event, context):\n    print("got", event)\n    return {"name": context.function_name, "event": event}\n', 'python3.11');
    const result = await h.lambda.send(new InvokeCommand({ FunctionName: 'py', Payload: '{"a":1}', LogType: 'Tail' }));
    assert.equal(result.FunctionError, undefined);
    assert.equal(text(result.Payload), '{"name": "py", "event": {"a": 1}}');
    assert.match(Buffer.from(result.LogResult ?? '', 'base64').toString('utf8'), /^got \{'a': 1\}$/m);
  });

  it('answers Event with 202 and DryRun with 204, and throttles at reserved concurrency 0', async () => {
    assert.equal((await h.lambda.send(new InvokeCommand({ FunctionName: 'Echo', InvocationType: 'Event', Payload: '{}' }))).StatusCode, 202);
    assert.equal((await h.lambda.send(new InvokeCommand({ FunctionName: 'Echo', InvocationType: 'DryRun' }))).StatusCode, 204);
    await h.lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'Echo', ReservedConcurrentExecutions: 0 }));
    await assert.rejects(h.lambda.send(new InvokeCommand({ FunctionName: 'Echo' })), (e: Error & { Reason?: string; $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'TooManyRequestsException');
      assert.equal(e.Reason, 'ReservedFunctionConcurrentInvocationLimitExceeded');
      assert.equal(e.$metadata.httpStatusCode, 429);
      return true;
    });
    await assert.rejects(h.lambda.send(new InvokeCommand({ FunctionName: 'Echo', Payload: '{oops' })), { name: 'InvalidRequestContentException' });
  });

  it('runs published versions from their snapshot while $LATEST follows the workspace', async () => {
    await h.lambda.send(new PublishVersionCommand({ FunctionName: 'Echo' }));
    writeFileSync(join(workspace, 'src', 'echo.js'), 'exports.handler = async () => "edited";\n');
    await h.lambda.send(new PublishVersionCommand({ FunctionName: 'Echo' }));
    const invoke = async (Qualifier: string) => text((await h.lambda.send(new InvokeCommand({ FunctionName: 'Echo', Qualifier, Payload: '{}' }))).Payload);
    assert.deepEqual(JSON.parse(await invoke('1')), { greeting: 'hello', event: {} });
    assert.equal(await invoke('2'), '"edited"');
    await h.lambda.send(new CreateAliasCommand({ FunctionName: 'Echo', Name: 'stable', FunctionVersion: '1' }));
    assert.deepEqual(JSON.parse(await invoke('stable')), { greeting: 'hello', event: {} });
  });

  it('runs a version as that version: context, START line and the log stream the function is told of', async () => {
    const source = 'exports.handler = async (e, context) => ({ version: context.functionVersion, stream: context.logStreamName, arn: context.invokedFunctionArn });\n';
    await createZipFunction(h, 'versioned', source);
    await h.lambda.send(new PublishVersionCommand({ FunctionName: 'versioned' }));
    await h.lambda.send(new CreateAliasCommand({ FunctionName: 'versioned', Name: 'live', FunctionVersion: '1' }));
    const run = async (Qualifier?: string) => JSON.parse(text((await h.lambda.send(new InvokeCommand({ FunctionName: 'versioned', Qualifier }))).Payload));
    const one = await run('1');
    const latest = await run();
    assert.equal(one.version, '1');
    assert.equal(one.arn, 'arn:aws:lambda:us-east-1:000000000000:function:versioned:1');
    assert.equal(latest.arn, 'arn:aws:lambda:us-east-1:000000000000:function:versioned');
    const live = await run('live');
    assert.deepEqual([live.version, live.arn, live.stream], ['1', 'arn:aws:lambda:us-east-1:000000000000:function:versioned:live', one.stream], 'the alias ran version 1, warm');
    assert.match(one.stream, /^\d{4}\/\d{2}\/\d{2}\/\[1\][0-9a-f]{32}$/);
    assert.equal(latest.version, '$LATEST');
    const { logStreams = [] } = await h.logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/lambda/versioned' }));
    assert.deepEqual(logStreams.map((s) => s.logStreamName).sort(), [one.stream, latest.stream].sort());
    const { events = [] } = await h.logs.send(new GetLogEventsCommand({ logGroupName: '/aws/lambda/versioned', logStreamName: one.stream, startFromHead: true }));
    assert.match(events[0]?.message ?? '', /^START RequestId: \S+ Version: 1$/);
  });

  it('refuses what a web page can send (an Origin, or a Host that is not loopback) and runs nothing for it', async () => {
    const { port } = new URL(h.endpoint.url);
    const post = (headers: Record<string, string>) =>
      new Promise<{ status: number; type: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/2015-03-31/functions/Echo/invocations', headers: { 'content-type': 'text/plain', ...headers } }, (res) => {
          res.resume().on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['x-amzn-errortype'] ?? '') }));
        });
        req.on('error', reject).end('{}');
      });
    assert.deepEqual(await post({ origin: 'https://evil.example' }), { status: 403, type: 'AccessDeniedException' });
    assert.deepEqual(await post({ host: `rebound.example:${port}` }), { status: 403, type: 'AccessDeniedException' });
    assert.deepEqual(await post({ host: `localhost:${port}` }), { status: 200, type: '' });
    const { events = [] } = await h.logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/Echo', filterPattern: 'START' }));
    assert.equal(events.length, 1, 'only the loopback request ran');
  });

  it('runs uploaded code and the new code after UpdateFunctionCode', async () => {
    await createZipFunction(h, 'uploaded', 'exports.handler = async (e) => ({ v: 1, e });\n');
    const first = await h.lambda.send(new InvokeCommand({ FunctionName: 'uploaded', Payload: '{"x":2}' }));
    assert.deepEqual(JSON.parse(text(first.Payload)), { v: 1, e: { x: 2 } });
    await h.lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'uploaded', ZipFile: await zipOf({ 'index.js': 'exports.handler = async () => ({ v: 2 });\n' }) }));
    await waitUntilFunctionUpdatedV2(wait(h.lambda), { FunctionName: 'uploaded' });
    assert.deepEqual(JSON.parse(text((await h.lambda.send(new InvokeCommand({ FunctionName: 'uploaded' }))).Payload)), { v: 2 });
  });

  it('refuses a runtime the local runtime cannot run with InvalidRuntimeException', async () => {
    await createZipFunction(h, 'snake', 'def handler(event:, context:)\n  1\nend\n', 'ruby3.3');
    await assert.rejects(h.lambda.send(new InvokeCommand({ FunctionName: 'snake' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'InvalidRuntimeException');
      assert.match(e.message, /^Runtime not supported locally: ruby3\.3/);
      assert.equal(e.$metadata.httpStatusCode, 502);
      return true;
    });
  });

  it('routes an alias by AdditionalVersionWeights (1,000 invokes)', async () => {
    await createZipFunction(h, 'noop', 'exports.handler = async () => 1;\n');
    await h.lambda.send(new PublishVersionCommand({ FunctionName: 'noop' }));
    await h.lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'noop', ZipFile: await zipOf({ 'index.js': 'exports.handler = async () => 2;\n' }) }));
    await waitUntilFunctionUpdatedV2(wait(h.lambda), { FunctionName: 'noop' });
    await h.lambda.send(new PublishVersionCommand({ FunctionName: 'noop' }));
    await h.lambda.send(new CreateAliasCommand({ FunctionName: 'noop', Name: 'canary', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.3 } } }));
    const counts = { '1': 0, '2': 0 } as Record<string, number>;
    for (let batch = 0; batch < 250; batch++) {
      const results = await Promise.all(Array.from({ length: 4 }, () => h.lambda.send(new InvokeCommand({ FunctionName: 'noop', Qualifier: 'canary' }))));
      for (const r of results) {
        assert.equal(text(r.Payload), r.ExecutedVersion);
        counts[r.ExecutedVersion!] += 1;
      }
    }
    // Binomial(1000, 0.3): mean 300, standard deviation 14.5; ±5 sd keeps a false failure below 1e-6.
    assert.ok(counts['2'] > 227 && counts['2'] < 373, `version 2 ran ${counts['2']} of 1,000 times`);
    assert.equal(counts['1'] + counts['2'], 1000);
  });

  it('writes each invocation’s logs to /aws/lambda/<name>, readable with GetLogEvents and FilterLogEvents', async () => {
    await h.lambda.send(new InvokeCommand({ FunctionName: 'Echo', Payload: '{"n":1}' }));
    await h.lambda.send(new InvokeCommand({ FunctionName: 'Echo', Payload: '{"n":2}' }));
    const { logStreams = [] } = await h.logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/lambda/Echo' }));
    assert.equal(logStreams.length, 1);
    assert.match(logStreams[0].logStreamName ?? '', /^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
    const { events = [] } = await h.logs.send(new GetLogEventsCommand({ logGroupName: '/aws/lambda/Echo', logStreamName: logStreams[0].logStreamName, startFromHead: true }));
    const messages = events.map((e) => e.message ?? '');
    assert.equal(messages.filter((m) => m.startsWith('START RequestId:')).length, 2);
    assert.equal(messages.filter((m) => m.startsWith('REPORT RequestId:')).length, 2);
    const filtered = await h.logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/Echo', filterPattern: '"echo {\\"n\\":2}"' }));
    assert.equal(filtered.events?.length, 1);
    assert.match(filtered.events?.[0].message ?? '', /INFO\techo \{"n":2\}/);
  });
});
