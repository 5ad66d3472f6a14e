// Conformance: the Runtime API server's answers to requests a runtime should not make, over real HTTP
// (status codes and error bodies as RAPID renders them; lambda-runtime-spec §1.1).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findBootstrap } from '../../runtime';
import { runtimeFixtures, startFixture, useFixtures, type Started } from './harness';

async function call(api: string, method: string, path: string, body = ''): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://${api}/2018-06-01${path}`, { method, body: method === 'GET' ? undefined : body });
  return { status: response.status, body: await response.text() };
}

describe('runtime: Runtime API server', () => {
  let started: Started;
  let api: string;
  before(async () => {
    started = await startFixture('node', 'index.env');
    api = JSON.parse((await started.fn.invoke({})).payload).AWS_LAMBDA_RUNTIME_API;
  });
  after(() => started.fn.stop());

  it('refuses a result for a request id that is not the current invocation (400 InvalidRequestID)', async () => {
    assert.deepEqual(await call(api, 'POST', '/runtime/invocation/not-the-current-id/response', '{}'), {
      status: 400,
      body: '{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}',
    });
  });

  it('refuses an init error after init (403 InvalidStateTransition)', async () => {
    assert.deepEqual(await call(api, 'POST', '/runtime/init/error', '{}'), {
      status: 403,
      body: '{"errorMessage":"State transition from Ready to InitError failed for runtime. Error: State transition is not allowed","errorType":"InvalidStateTransition"}',
    });
  });

  it('answers 404 outside the API', async () => {
    assert.deepEqual(await call(api, 'GET', '/runtime/nothing-here'), { status: 404, body: '404 page not found\n' });
  });

  it('keeps serving the runtime after refusing those requests', async () => {
    assert.equal(JSON.parse((await started.fn.invoke({})).payload).AWS_LAMBDA_RUNTIME_API, api);
  });
});

describe('runtime: Runtime API server, a client that pipelines', () => {
  let started: Started;
  before(async () => {
    started = await startFixture('pipelining', 'client.handler', {}, { runtimeClient: join(runtimeFixtures, 'pipelining', 'client.js') });
  });
  after(() => started.fn.stop());

  it('reads a /next sent with the previous /response on one connection after that response, so invokes keep completing', async () => {
    const results = [];
    for (const event of [{ n: 1 }, { n: 2 }, { n: 3 }]) results.push(await started.fn.invoke(event));
    assert.deepEqual(results.map((r) => [r.functionError, JSON.parse(r.payload)]), [
      [undefined, { n: 1 }],
      [undefined, { n: 2 }],
      [undefined, { n: 3 }],
    ]);
  });
});

describe('runtime: Runtime API server, a client that answers but never asks for the next event', () => {
  let started: Started;
  before(async () => {
    started = await startFixture('no-next', 'client.handler', { timeout: 1 }, { runtimeClient: join(runtimeFixtures, 'no-next', 'client.js') });
  });
  after(() => started.fn.stop());

  it('ends the invoke at the timeout with the answer it gave, and the next invoke starts a new environment', async () => {
    const first = await started.fn.invoke({ n: 1 });
    assert.deepEqual([first.functionError, JSON.parse(first.payload), first.report?.status], [undefined, { n: 1 }, 'timeout']);
    assert.ok(started.linesOf(first.requestId).some((line) => line.endsWith(`${first.requestId} Task timed out after 1.00 seconds`)));
    const second = await started.fn.invoke({ n: 2 });
    assert.deepEqual([JSON.parse(second.payload), second.report?.initDurationMs !== undefined], [{ n: 2 }, true]);
  });
});

describe('runtime: the bootstrap’s connection to the Runtime API', () => {
  const start = useFixtures();
  const transports = [
    { name: 'a libuv TCP handle, without node:net', nodeOptions: undefined, netLoaded: false },
    // process.binding would print DEP0111 into the function's logs under --pending-deprecation.
    { name: 'node:net under --pending-deprecation', nodeOptions: '--pending-deprecation', netLoaded: true },
  ];
  it('fails with an error it reports, not an abort, when the Runtime API address has no usable port', () => {
    for (const address of ['127.0.0.1', '127.0.0.1:99999']) {
      const env = { PATH: process.env.PATH ?? '', AWS_LAMBDA_RUNTIME_API: address, _HANDLER: 'index.echo', LAMBDA_TASK_ROOT: join(runtimeFixtures, 'node') };
      const run = spawnSync(process.execPath, [findBootstrap()], { env, encoding: 'utf8' });
      assert.equal(run.status, 129, `${address}: ${run.stderr}`);
      assert.match(run.stdout, /\tERROR\tUncaught Exception \t\{"errorType":"RangeError"/, address);
    }
  });

  for (const { name, nodeOptions, netLoaded } of transports)
    it(`carries a 5 MB event and its answer, an error and the next invoke over ${name}, warning of nothing`, async () => {
      const environment: Record<string, string> = nodeOptions ? { NODE_OPTIONS: nodeOptions } : {};
      const { fn, logs } = await start('node', 'index.echo', { environment });
      const event = { text: 'é'.repeat(2.5 * 1024 * 1024) };
      assert.deepEqual(JSON.parse((await fn.invoke(event)).payload), event);
      const thrown = await start('node', 'index.throws', { environment });
      assert.equal(JSON.parse((await thrown.fn.invoke({})).payload).errorType, 'TypeError');
      const probe = await start('node', 'index.netLoaded', { environment });
      assert.equal(JSON.parse((await probe.fn.invoke({})).payload), netLoaded);
      assert.equal(JSON.parse((await probe.fn.invoke({})).payload), netLoaded);
      const lines = [...logs, ...thrown.logs, ...probe.logs].map((e) => e.line);
      assert.deepEqual(lines.filter((line) => /Warning|DEP0/.test(line)), []);
    });
});
