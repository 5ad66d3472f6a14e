// Conformance: the life of execution environments — timeouts, crashes, memory limit, resets and cold
// starts, concurrency and throttling, idle shutdown, stop() (spec §5.3–§5.5, §7).
import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import { LambdaServiceError, type LocalFunction } from '../../runtime';
import { isRunning, useFixtures } from './harness';

const ISO = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';

describe('runtime: lifecycle', () => {
  const start = useFixtures();

  const pidOf = (fn: LocalFunction): number => fn.environments[0].pid;

  it('times out with Sandbox.Timedout, kills the environment and cold-starts the next invoke', async () => {
    const { fn, linesOf } = await start('node', 'index.sleep', { timeout: 1 });
    const firstPid = pidOf(fn);
    const timedOut = await fn.invoke({ ms: 30_000 });
    assert.equal(timedOut.payload, `{"errorType":"Sandbox.Timedout","errorMessage":"RequestId: ${timedOut.requestId} Error: Task timed out after 1.00 seconds"}`);
    assert.equal(timedOut.functionError, 'Unhandled');
    const lines = linesOf(timedOut.requestId);
    assert.match(lines[1], new RegExp(`^${ISO} ${timedOut.requestId} Task timed out after 1.00 seconds$`));
    assert.equal(lines[2], `END RequestId: ${timedOut.requestId}`);
    assert.match(lines[3], /\tDuration: 1000.00 ms\tBilled Duration: \d+ ms\t.*\tStatus: timeout\t$/);
    const next = await fn.invoke({ ms: 0 });
    assert.notEqual(JSON.parse(next.payload).pid, firstPid);
    assert.equal(typeof next.report?.initDurationMs, 'number', 'the next invoke is a cold start');
    assert.equal(isRunning(firstPid), false);
  });

  it('stops the Lambda clock while suspended (a debugger paused the function)', async () => {
    const { fn } = await start('node', 'index.sleep', { timeout: 1 });
    fn.on('log', ({ record }) => {
      if (record?.type === 'start') fn.suspendTimeout();
    });
    const result = await fn.invoke({ ms: 1100 });
    assert.equal(result.functionError, undefined, result.payload);
    assert.equal(JSON.parse(result.payload).ms, 1100);
  });

  it('reports process.exit during an invoke as Runtime.ExitError, with its log lines', async () => {
    const { fn, linesOf } = await start('node', 'index.exit');
    const { requestId, payload, report } = await fn.invoke({});
    assert.equal(payload, `{"errorType":"Runtime.ExitError","errorMessage":"RequestId: ${requestId} Error: Runtime exited with error: exit status 3"}`);
    assert.deepEqual(linesOf(requestId).slice(1, 4), [`RequestId: ${requestId} Error: Runtime exited with error: exit status 3`, 'Runtime.ExitError', `END RequestId: ${requestId}`]);
    assert.match(linesOf(requestId)[4], /\tStatus: error\tError Type: Runtime\.ExitError\t$/);
    assert.equal(report?.status, 'error');
  });

  it('reports an uncaught exception (3.x: posted, logged, exit 129) and resets the environment', async () => {
    const { fn, linesOf } = await start('node', 'index.uncaught');
    const pid = pidOf(fn);
    const stopped = once(fn, 'environmentStopped');
    const { requestId, payload } = await fn.invoke({});
    const error = JSON.parse(payload);
    assert.deepEqual([error.errorType, error.errorMessage], ['Error', 'async boom']);
    assert.match(linesOf(requestId)[1], new RegExp(`^${ISO}\\t${requestId}\\tERROR\\tUncaught Exception \\t\\{"errorType":"Error","errorMessage":"async boom"`));
    await stopped;
    assert.equal(isRunning(pid), false);
  });

  it('reports an unhandled rejection as Runtime.UnhandledPromiseRejection', async () => {
    const { fn } = await start('node', 'index.rejection');
    const error = JSON.parse((await fn.invoke({})).payload);
    assert.deepEqual([error.errorType, error.errorMessage], ['Runtime.UnhandledPromiseRejection', 'Error: rejected boom']);
  });

  it('lets an uncaught exception end the process on nodejs24.x (4.x has no handlers)', async () => {
    const { fn } = await start('node', 'index.uncaught', { runtime: 'nodejs24.x' });
    const { requestId, payload } = await fn.invoke({});
    assert.equal(payload, `{"errorType":"Runtime.ExitError","errorMessage":"RequestId: ${requestId} Error: Runtime exited with error: exit status 1"}`);
  });

  it('kills a function over its memory size with Runtime.OutOfMemory', async () => {
    const { fn, linesOf } = await start('node', 'index.rss', { memorySize: 128 });
    const { requestId, payload } = await fn.invoke({});
    assert.equal(payload, `{"errorType":"Runtime.OutOfMemory","errorMessage":"RequestId: ${requestId} Error: Runtime exited with error: signal: killed"}`);
    assert.match(linesOf(requestId).at(-1)!, /\tStatus: error\tError Type: Runtime\.OutOfMemory\t$/);
  });

  it('limits the V8 heap to the memory size', async () => {
    const { fn } = await start('node', 'index.heap', { memorySize: 128 });
    assert.equal(JSON.parse((await fn.invoke({})).payload).errorType, 'Runtime.OutOfMemory');
  });

  it('sizes the V8 heap from the memory size, as Lambda starts Node', async () => {
    // The heap flags cost start-up time (bench/runtime.mjs); the RSS watchdog alone would leave V8 its default heap.
    const limitOf = async (memorySize: number): Promise<number> => JSON.parse((await (await start('node', 'index.heapLimit', { memorySize })).fn.invoke({})).payload);
    const small = await limitOf(128);
    assert.ok(small <= 128 * 1024 * 1024, `heap limit ${small} over 128 MB`);
    assert.ok((await limitOf(1024)) > 5 * small, 'the limit follows the memory size');
  });

  it('runs concurrent invokes in separate environments', async () => {
    const { fn } = await start('node', 'index.sleep');
    const [a, b] = await Promise.all([fn.invoke({ ms: 100 }), fn.invoke({ ms: 100 })]);
    assert.notEqual(JSON.parse(a.payload).pid, JSON.parse(b.payload).pid);
    assert.equal(fn.environments.length, 2);
  });

  it('throttles beyond reserved concurrency with TooManyRequestsException', async () => {
    const { fn } = await start('node', 'index.sleep', { reservedConcurrency: 1 });
    const first = fn.invoke({ ms: 200 });
    await assert.rejects(fn.invoke({ ms: 0 }), (error: unknown) => {
      assert.ok(error instanceof LambdaServiceError);
      assert.equal(error.statusCode, 429);
      assert.equal(error.code, 'TooManyRequestsException');
      assert.deepEqual(error.body, { Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded', Type: 'User', message: 'Rate Exceeded.' });
      return true;
    });
    assert.equal((await first).functionError, undefined);
    const zero = await start('node', 'index.echo', { reservedConcurrency: 0 });
    assert.equal(zero.fn.environments.length, 0);
    await assert.rejects(zero.fn.invoke({}), /TooManyRequestsException: Rate Exceeded\./);
  });

  it('shuts an idle environment down', async () => {
    const { fn } = await start('node', 'index.echo', {}, { idleTimeoutMs: 20 });
    const pid = pidOf(fn);
    const stopped = once(fn, 'environmentStopped');
    await fn.invoke({});
    assert.deepEqual(await stopped, [{ pid }]);
    assert.equal(isRunning(pid), false);
  });

  it('leaves no process behind after stop(), not even ones the function started', async () => {
    const { fn } = await start('node', 'index.spawnChild');
    const pid = pidOf(fn);
    const grandchild = Number((await fn.invoke({})).payload);
    assert.equal(isRunning(grandchild), true);
    await fn.stop();
    assert.equal(isRunning(pid), false);
    assert.equal(isRunning(grandchild), false);
  });
});
