// Conformance: invocation types (RequestResponse, Event with retries and an on-failure record, DryRun),
// payload limits, and the inspector option the debug adapter uses (spec §1.5, §7; API_Invoke.html).
import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { LambdaServiceError, type AsyncResult } from '../../runtime';
import { useFixtures } from './harness';

describe('runtime: invocation types and limits', () => {
  const start = useFixtures();

  it('answers DryRun with 204 and runs nothing', async () => {
    const { fn, logs } = await start('node', 'index.echo');
    const result = await fn.invoke({}, { invocationType: 'DryRun' });
    assert.deepEqual({ ...result, requestId: 'id' }, { statusCode: 204, requestId: 'id', payload: '' });
    assert.equal(logs.length, 0);
  });

  it('queues an Event invocation (202) and runs it', async () => {
    const { fn } = await start('node', 'index.echo');
    const done = once(fn, 'asyncResult') as Promise<[AsyncResult]>;
    const accepted = await fn.invoke({ queued: true }, { invocationType: 'Event' });
    assert.equal(accepted.statusCode, 202);
    assert.equal(accepted.payload, '');
    const [result] = await done;
    assert.deepEqual(result, { requestId: accepted.requestId, attempts: 1, payload: '{"queued":true}', functionError: undefined, recordPath: undefined });
  });

  it('retries a failing Event invocation twice, then writes the on-failure record', async () => {
    const onFailureDir = mkdtempSync(join(tmpdir(), 'lwb-on-failure-'));
    try {
      const { fn, logs } = await start('node', 'index.flaky', {}, { asyncRetryDelaysMs: [0, 0], onFailureDir });
      const done = once(fn, 'asyncResult') as Promise<[AsyncResult]>;
      const { requestId } = await fn.invoke({ photo: 'a.jpg' }, { invocationType: 'Event' });
      const [result] = await done;
      assert.equal(result.attempts, 3);
      assert.equal(logs.filter((e) => e.record?.type === 'start' && e.requestId === requestId).length, 3, 'same request id on every attempt');
      const record = JSON.parse(readFileSync(result.recordPath!, 'utf8'));
      assert.equal(result.recordPath, join(onFailureDir, `${requestId}.json`));
      assert.deepEqual(record.requestContext, { requestId, functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:fixture-fn:$LATEST', condition: 'RetriesExhausted', approximateInvokeCount: 3 });
      assert.deepEqual(record.requestPayload, { photo: 'a.jpg' });
      assert.deepEqual(record.responseContext, { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' });
      assert.equal(record.responsePayload.errorMessage, 'always fails');
      assert.equal(record.version, '1.0');
    } finally {
      rmSync(onFailureDir, { recursive: true, force: true });
    }
  });

  it('refuses requests over 6 MB (sync) and 1 MB (Event) with RequestEntityTooLargeException', async () => {
    const { fn } = await start('node', 'index.echo');
    const expect413 = (limit: number) => (error: unknown) => {
      assert.ok(error instanceof LambdaServiceError);
      assert.equal(error.statusCode, 413);
      assert.equal(error.message, `RequestEntityTooLargeException: Request must be smaller than ${limit} bytes for the InvokeFunction operation`);
      return true;
    };
    await assert.rejects(fn.invoke('x'.repeat(6 * 1024 * 1024)), expect413(6291456));
    await assert.rejects(fn.invoke('x'.repeat(1024 * 1024), { invocationType: 'Event' }), expect413(1048576));
  });

  it('turns a response over 6 MB into Function.ResponseSizeTooLarge', async () => {
    const { fn } = await start('node', 'index.big');
    const result = await fn.invoke({});
    assert.equal(result.payload, '{"errorType":"Function.ResponseSizeTooLarge","errorMessage":"Response payload size (7340034 bytes) exceeded maximum allowed payload size (6291556 bytes)."}');
    assert.equal(result.functionError, 'Unhandled');
    assert.equal(JSON.parse((await fn.invoke({})).payload).errorType, 'Function.ResponseSizeTooLarge', 'the environment stays usable');
  });

  it('starts the runtime under the inspector, paused before init until a debugger resumes it', async () => {
    const started: string[] = [];
    const { fn, logs } = await start('node', 'index.echo', {}, { inspect: { break: true }, onEnvironmentStarted: ({ inspectorUrl }) => started.push(inspectorUrl ?? '') });
    assert.match(started[0], /^ws:\/\/127\.0\.0\.1:\d+\/[0-9a-f-]{36}$/);
    assert.equal(fn.environments[0].inspectorUrl, started[0]);
    const socket = new WebSocket(started[0]);
    await once(socket, 'open');
    socket.send(JSON.stringify({ id: 1, method: 'Runtime.runIfWaitingForDebugger' }));
    const result = await fn.invoke({ debugged: true });
    socket.close();
    assert.equal(result.payload, '{"debugged":true}');
    assert.ok(!logs.some((e) => /Debugger (listening|attached)/.test(e.line)), 'inspector chatter is not function output');
  });
});
