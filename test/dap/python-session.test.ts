// F5 on a Python handler through the built adapter (dist/debug-adapter.js), the local runtime and debugpy:
// an SQS-triggered function stops at a breakpoint with only user frames, shows the record, evaluates,
// steps, keeps its 1 s timeout suspended while paused, and ends with its result and `terminated`; entry,
// exception and pause stops; no process left behind; a clear launch error when debugpy is missing.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { distDir, fixturesDir } from '../support/paths';
import { collectOutput, evaluate, launchToBreakpoint, localVariables, step, topFrame } from './support/dap-steps';

const codeDir = join(fixturesDir, 'dap', 'py-handler');
const worker = join(codeDir, 'worker.py');
const launchArgs = { template: join(codeDir, 'serverless.yml'), function: 'worker', sampleEvent: 'sqs:receive-message' };
const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('dap: debugging a Python handler under debugpy', () => {
  let dc: DebugClient;

  before(function () {
    // debugpy itself is installed by scripts/install-system-deps.sh: its absence fails the tests below.
    if (!hasPython) {
      console.warn('    (python3 not found on PATH: Python debugging tests skipped)');
      this.skip();
    }
  });

  beforeEach(async () => {
    dc = new DebugClient(process.execPath, join(distDir, 'debug-adapter.js'), 'lambda');
    await dc.start();
  });

  afterEach(() => dc.stop());

  async function continueToEnd(threadId: number): Promise<void> {
    const terminated = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId });
    await terminated;
  }

  it('stops in the handler with an SQS event: user frames only, the record, evaluate, steps, result', async () => {
    const output = collectOutput(dc);
    const frame = await launchToBreakpoint(dc, launchArgs, worker, [14]);
    assert.deepEqual([frame.source?.path, frame.line, frame.name], [worker, 14, 'handler']);
    const { threads } = (await dc.threadsRequest()).body;
    const threadId = threads[0].id;
    const trace = await dc.stackTraceRequest({ threadId });
    assert.deepEqual(trace.body.stackFrames.map((f) => f.source?.path), [worker], 'the runtime bootstrap frames are hidden');
    assert.equal((await localVariables(dc, frame.id)).get('body')?.value, "'Hello from SQS!'");
    // The sample follows the function's SQS trigger in serverless.yml.
    assert.equal(await evaluate(dc, 'record["eventSourceARN"]', frame.id), "'arn:aws:sqs:us-east-1:123456789012:orders-queue'");
    assert.equal(await evaluate(dc, 'context.function_name', frame.id), "'orders-dev-worker'");
    assert.equal((await step(dc, 'next')).line, 15);
    const inside = await step(dc, 'stepIn');
    assert.deepEqual([inside.name, inside.line], ['queue_name', 8]);
    const back = await step(dc, 'stepOut');
    assert.deepEqual([back.source?.path, back.line], [worker, 15]);
    await continueToEnd(threadId);
    const text = output.text();
    assert.match(text, /^START RequestId: [0-9a-f-]{36} Version: \$LATEST$/m);
    assert.match(text, /^\[INFO\]\t\S+\t[0-9a-f-]{36}\tprocessing [0-9a-f-]{36}$/m);
    assert.match(text, /^REPORT RequestId: [0-9a-f-]{36}\tDuration: [\d.]+ ms/m);
    assert.match(text, /Result of request [0-9a-f-]{36}:\n\{\n {2}"queue": "orders-queue",\n {2}"body": "Hello from SQS!",\n {2}"records": 1\n\}/);
    assert.doesNotMatch(text, /debugpy listening/, 'the debugger’s own chatter is not function output');
  });

  it('honours conditions, hit counts and logpoints', async () => {
    const output = collectOutput(dc);
    const breakpoints = [{ line: 13, logMessage: 'got {record["body"]}' }, { line: 14, condition: 'body == "another"' }, { line: 15, hitCondition: '1' }];
    const configure = () => dc.setBreakpointsRequest({ source: { path: worker }, breakpoints }).then(() => dc.configurationDoneRequest());
    const [, , stopped] = await Promise.all([dc.waitForEvent('initialized').then(configure), dc.launch(launchArgs), dc.waitForEvent('stopped')]);
    assert.equal((await topFrame(dc)).line, 15, 'the false condition on line 14 did not stop');
    assert.match(output.text(), /^got Hello from SQS!$/m);
    await continueToEnd(stopped.body.threadId);
  });

  it('stops the Lambda clock while paused: the 1 s function held longer than 1 s still returns its result', async () => {
    const output = collectOutput(dc);
    const frame = await launchToBreakpoint(dc, launchArgs, worker, [14]);
    // Spends 1.2 s of the function's time while the debugger holds it (the evaluation runs in the paused function).
    await evaluate(dc, '__import__("time").sleep(1.2)', frame.id, 'repl');
    await continueToEnd((await dc.threadsRequest()).body.threads[0].id);
    assert.match(output.text(), /the function's 1 s timeout is suspended while the debugger holds it/);
    assert.doesNotMatch(output.text(), /Task timed out|Sandbox\.Timedout/);
    assert.match(output.text(), /Result of request [0-9a-f-]{36}:\n\{\n {2}"queue": "orders-queue"/);
  });

  it('stops on entry at the handler’s def, then steps into its body', async () => {
    const [, , stopped] = await Promise.all([dc.waitForEvent('initialized').then(() => dc.configurationDoneRequest()), dc.launch({ ...launchArgs, stopOnEntry: true }), dc.waitForEvent('stopped')]);
    assert.equal(stopped.body.reason, 'entry');
    const frame = await topFrame(dc);
    assert.deepEqual([frame.source?.path, frame.line, frame.name], [worker, 11, 'handler']);
    assert.equal((await step(dc, 'next')).line, 12);
    await continueToEnd(stopped.body.threadId);
  });

  it('stops on an exception the handler raises with "All Exceptions", then reports Lambda’s error', async () => {
    const output = collectOutput(dc);
    const args = { ...launchArgs, function: 'failing' };
    const configure = () => dc.setExceptionBreakpointsRequest({ filters: ['all'] }).then(() => dc.configurationDoneRequest());
    const [, , stopped] = await Promise.all([dc.waitForEvent('initialized').then(configure), dc.launch(args), dc.waitForEvent('stopped')]);
    assert.equal(stopped.body.reason, 'exception');
    const frame = await topFrame(dc);
    assert.deepEqual([frame.source?.path, frame.line, frame.name], [worker, 19, 'fail']);
    await continueToEnd(stopped.body.threadId);
    assert.match(output.text(), /Function error \(Unhandled\), request [0-9a-f-]{36}:\n\{\n {2}"errorMessage": "cannot process Hello from SQS!",\n {2}"errorType": "ValueError"/);
  });

  it('pauses a running handler, lists its file, sets a variable that releases it, and returns', async () => {
    const output = collectOutput(dc);
    const spinning = new Promise<void>((resolve) => dc.on('output', (event: DebugProtocol.OutputEvent) => /spinning until/.test(event.body.output) && resolve()));
    await Promise.all([dc.waitForEvent('initialized').then(() => dc.configurationDoneRequest()), dc.launch({ handler: 'worker.spin', codeDir, runtime: 'python3.11', event: {}, timeout: 60 })]);
    await spinning;
    const threadId = (await dc.threadsRequest()).body.threads[0].id;
    const [stopped] = await Promise.all([dc.waitForEvent('stopped'), dc.pauseRequest({ threadId })]);
    assert.equal(stopped.body.reason, 'pause');
    const frame = await topFrame(dc);
    assert.deepEqual([frame.source?.path, frame.name], [worker, 'spin']);
    const loaded = (await dc.customRequest('loadedSources')) as DebugProtocol.LoadedSourcesResponse;
    assert.deepEqual(loaded.body.sources.map((source) => source.path), [worker], 'the handler, not the runtime bootstrap');
    const locals = (await dc.scopesRequest({ frameId: frame.id })).body.scopes.find((scope) => scope.presentationHint === 'locals');
    assert.equal((await dc.setVariableRequest({ variablesReference: locals!.variablesReference, name: 'waiting', value: 'False' })).body.value, 'False');
    await continueToEnd(threadId);
    assert.match(output.text(), /Result of request [0-9a-f-]{36}:\n"released"/);
  });

  it('keeps the environment warm: invokeAgain stops at the same breakpoint with the new event', async () => {
    const output = collectOutput(dc);
    const resultCount = () => output.text().match(/Result of request/g)?.length ?? 0;
    let frame = await launchToBreakpoint(dc, { ...launchArgs, keepWarm: true }, worker, [14]);
    const threadId = (await dc.threadsRequest()).body.threads[0].id;
    const firstResult = new Promise<void>((resolve) => dc.on('output', () => resultCount() === 1 && resolve()));
    await dc.continueRequest({ threadId });
    await firstResult;
    const [stopped] = await Promise.all([dc.waitForEvent('stopped'), dc.customRequest('invokeAgain', { event: { Records: [{ messageId: 'm-2', body: 'second', eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:retries' }] } })]);
    assert.equal(stopped.body.reason, 'breakpoint');
    frame = await topFrame(dc);
    assert.equal(await evaluate(dc, 'body', frame.id), "'second'");
    const secondResult = new Promise<void>((resolve) => dc.on('output', () => resultCount() === 2 && resolve()));
    await dc.continueRequest({ threadId });
    await secondResult;
    assert.match(output.text(), /"queue": "retries",\n {2}"body": "second"/);
    await Promise.all([dc.waitForEvent('terminated'), dc.terminateRequest({})]);
  });

  it('leaves no process behind when the client disconnects while the function is paused', async () => {
    const frame = await launchToBreakpoint(dc, launchArgs, worker, [14]);
    const pid = Number(await evaluate(dc, '__import__("os").getpid()', frame.id));
    await dc.disconnectRequest({});
    assert.throws(() => process.kill(pid, 0), /ESRCH/);
  });

  it('answers a handler module that does not compile with Lambda’s Runtime.UserCodeSyntaxError, then ends', async () => {
    const output = collectOutput(dc);
    const terminated = dc.waitForEvent('terminated');
    await Promise.all([dc.waitForEvent('initialized').then(() => dc.configurationDoneRequest()), dc.launch({ handler: 'broken_syntax.handler', codeDir, runtime: 'python3.11', event: {} })]);
    await terminated;
    assert.match(output.text(), /Function error \(Unhandled\), request [0-9a-f-]{36}:\n\{\n {2}"errorMessage": "Syntax error in module 'broken_syntax': [^"]+",\n {2}"errorType": "Runtime.UserCodeSyntaxError"/);
  });

  it('fails the launch naming what to install when the function’s interpreter cannot import debugpy', async () => {
    await dc.initializeRequest();
    const noDebugpy = join(fixturesDir, 'dap', 'py-no-debugpy');
    await assert.rejects(dc.launchRequest({ handler: 'app.handler', codeDir: noDebugpy, runtime: 'python3.11' } as never), (error: Error) => {
      assert.match(error.message, /^debugpy cannot be imported by python3(\.11)? \(ImportError: No module named 'debugpy'\): install it with `pip install debugpy` \(into the function's \.venv or that interpreter\) or `apt install python3-debugpy`$/);
      return true;
    });
  });
});
