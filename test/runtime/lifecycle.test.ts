// Conformance: the life of execution environments — timeouts, crashes, memory limit, resets and cold
// starts, concurrency and throttling, idle shutdown, stop() (spec §5.3–§5.5, §7).
import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
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

  it('stops an init that outruns the init phase, then runs init again inside the first invoke, on its clock', async () => {
    const { fn, logs, linesOf } = await start('node', 'slow-init.handler', { timeout: 3, environment: { INIT_MS: '600' } }, { initTimeoutMs: 300 });
    const firstPid = pidOf(fn);
    const { requestId, payload, report } = await fn.invoke({});
    const initPhase = logs.filter((e) => e.requestId === undefined).map((e) => e.line);
    assert.equal(initPhase.length, 2);
    assert.match(initPhase[0], new RegExp(`^${ISO}\tundefined\tINFO\tinit started, pid ${firstPid}$`));
    assert.match(initPhase[1], /^INIT_REPORT Init Duration: \d+\.\d\d ms\tPhase: init\tStatus: timeout$/);
    assert.ok(Number(/Duration: ([\d.]+)/.exec(initPhase[1])![1]) >= 300);
    assert.equal(isRunning(firstPid), false, 'the timed-out runtime was stopped');
    const lines = linesOf(requestId);
    const { pid } = JSON.parse(payload);
    assert.notEqual(pid, firstPid);
    assert.equal(lines.length, 4);
    assert.deepEqual([lines[0], lines[2]], [`START RequestId: ${requestId} Version: $LATEST`, `END RequestId: ${requestId}`]);
    assert.match(lines[1], new RegExp(`^${ISO}\\tundefined\\tINFO\\tinit started, pid ${pid}$`), 'init ran again in the invoke, in the runtime that answered');
    assert.deepEqual([report?.status, report?.initDurationMs], ['success', undefined], 'init ran inside the invoke, so REPORT has no Init Duration');
    assert.ok(report!.durationMs >= 600, `Duration ${report?.durationMs} includes the init`);
  });

  it('times the invoke out when init run again inside it outlasts the function timeout (JSON platform records)', async () => {
    const { fn, logs, linesOf } = await start('node', 'slow-init.handler', { timeout: 1, logFormat: 'JSON', environment: { INIT_MS: '5000' } }, { initTimeoutMs: 300 });
    const { requestId, payload, report } = await fn.invoke({});
    assert.equal(payload, `{"errorType":"Sandbox.Timedout","errorMessage":"RequestId: ${requestId} Error: Task timed out after 1.00 seconds"}`);
    const records = (lines: string[]): { type: string; record: Record<string, unknown> }[] => lines.filter((l) => l.startsWith('{"time"')).map((l) => JSON.parse(l));
    const initReport = records(logs.filter((e) => e.requestId === undefined).map((e) => e.line)).find((r) => r.type === 'platform.initReport');
    assert.deepEqual({ ...initReport?.record, metrics: undefined }, { initializationType: 'on-demand', phase: 'init', status: 'timeout', metrics: undefined });
    const invokeRecords = records(linesOf(requestId));
    assert.deepEqual(invokeRecords.map((r) => r.type), ['platform.start', 'platform.initReport', 'platform.runtimeDone', 'platform.report']);
    assert.deepEqual({ ...invokeRecords[1].record, metrics: undefined }, { initializationType: 'on-demand', phase: 'invoke', status: 'timeout', metrics: undefined });
    // The init ran from the invoke's start to its timeout (a timer may fire a fraction of a millisecond early, or late on a busy machine).
    const reinitMs = (invokeRecords[1].record.metrics as { durationMs: number }).durationMs;
    assert.ok(reinitMs >= 990 && reinitMs < 2000, JSON.stringify(invokeRecords[1].record));
    assert.deepEqual([report?.status, report?.initDurationMs], ['timeout', undefined]);
    const reinit = logs.find((e) => e.requestId === requestId && e.line.includes('init started'));
    assert.ok(reinit, 'init ran again in the invoke');
    assert.equal(isRunning(Number(/pid (\d+)/.exec(reinit.line)![1])), false, 'the environment was reset');
  });

  it('freezes the environment between invokes: a timer the handler left running does not fire until the next invoke', async () => {
    const { fn } = await start('node', 'index.ticker');
    const pid = pidOf(fn);
    assert.equal(JSON.parse((await fn.invoke({})).payload), 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.match(readFileSync(`/proc/${pid}/status`, 'utf8'), /^State:\s+T/m, 'stopped between invokes');
    // Thawed, the overdue interval fires once before the handler reads the count (about 30 times had it run on).
    const ticks = JSON.parse((await fn.invoke({})).payload);
    assert.ok(ticks <= 5, `${ticks} ticks`);
  });

  it('stops the Lambda clock while suspended (a debugger paused the function), and REPORT leaves the pause out', async () => {
    const { fn } = await start('node', 'index.sleep', { timeout: 1 });
    fn.on('log', ({ record }) => {
      if (record?.type === 'start') fn.suspendTimeout();
    });
    const result = await fn.invoke({ ms: 1100 });
    assert.equal(result.functionError, undefined, result.payload);
    assert.equal(JSON.parse(result.payload).ms, 1100);
    // Suspended from START on: nothing ran on the Lambda clock.
    assert.ok(result.report!.durationMs < 100, `Duration ${result.report?.durationMs} ms`);
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
