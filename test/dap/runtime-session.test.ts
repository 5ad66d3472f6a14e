// F5 end to end through the built adapter (dist/debug-adapter.js) and the local Lambda runtime: a JS and
// a TypeScript handler and a SAM function by logical ID stop at breakpoints, show the S3 event, step,
// and finish with the result, Lambda's START/END/REPORT lines and `terminated`.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { distDir, fixturesDir, photoPipelineDir } from '../support/paths';
import { collectOutput, evaluate, launchToBreakpoint, localVariables, step } from './support/dap-steps';

const dap = join(fixturesDir, 'dap');
const s3Event = join(dap, 'events', 's3-put.json');

describe('dap: debugging through the local runtime', () => {
  let dc: DebugClient;

  beforeEach(async () => {
    dc = new DebugClient(process.execPath, join(distDir, 'debug-adapter.js'), 'lambda');
    await dc.start();
  });

  afterEach(() => dc.stop());

  async function continueToEnd(): Promise<void> {
    const terminated = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId: 1 });
    await terminated;
  }

  it('debugs a JS handler with an S3 event: user frame first, variables, evaluate, step, result, REPORT', async () => {
    const output = collectOutput(dc);
    const app = join(dap, 'js-handler', 'app.js');
    const frame = await launchToBreakpoint(dc, { handler: 'app.handler', codeDir: join(dap, 'js-handler'), runtime: 'nodejs20.x', event: s3Event }, app, [4]);
    assert.deepEqual([frame.source?.path, frame.line], [app, 4]);
    const trace = await dc.stackTraceRequest({ threadId: 1 });
    assert.ok(trace.body.stackFrames.slice(1).every((f) => f.presentationHint === 'subtle'), 'runtime frames are deemphasised');
    assert.ok((await localVariables(dc, frame.id)).has('record'));
    assert.equal(await evaluate(dc, 'event.Records[0].s3.bucket.name', frame.id), '"photos"');
    assert.equal(await evaluate(dc, 'context.functionName', frame.id), '"app-handler"');
    assert.equal((await step(dc, 'next')).line, 5);
    await continueToEnd();
    const text = output.text();
    assert.match(text, /timeout is suspended while the debugger holds it/);
    assert.match(text, /^START RequestId: [0-9a-f-]{36} Version: \$LATEST$/m);
    assert.match(text, /\tINFO\tgot s3:\/\/photos\/uploads\/beach day\.jpg$/m);
    assert.match(text, /^END RequestId: [0-9a-f-]{36}$/m);
    assert.match(text, /^REPORT RequestId: [0-9a-f-]{36}\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB/m);
    assert.match(text, /Result of request [0-9a-f-]{36}:\n\{\n {2}"bucket": "photos",\n {2}"key": "uploads\/beach day\.jpg"/);
  });

  it('debugs a TypeScript handler the runtime compiles, showing only .ts positions', async () => {
    const app = join(dap, 'ts-handler', 'src', 'app.ts');
    const frame = await launchToBreakpoint(dc, { handler: 'src/app.handler', codeDir: join(dap, 'ts-handler'), runtime: 'nodejs20.x', event: s3Event }, app, [11]);
    assert.deepEqual([frame.source?.path, frame.line], [app, 11]);
    assert.equal(await evaluate(dc, 'event.Records[0].s3.bucket.name', frame.id), '"photos"');
    const next = await step(dc, 'next');
    assert.deepEqual([next.source?.path, next.line], [app, 12]);
    await continueToEnd();
  });

  it('launches a SAM function by logical ID with a sample S3 event, and steps in and out of a helper', async () => {
    const output = collectOutput(dc);
    const thumbnail = join(photoPipelineDir, 'src', 'thumbnail', 'index.js');
    const frame = await launchToBreakpoint(dc, { template: join(photoPipelineDir, 'template.yaml'), function: 'Thumbnail', sampleEvent: 's3:put' }, thumbnail, [15]);
    assert.deepEqual([frame.source?.path, frame.line], [thumbnail, 15]);
    // The sample follows the template's S3 trigger: its bucket and a key matching the uploads/*.jpg filter.
    assert.equal(await evaluate(dc, 'record.s3.bucket.name', frame.id), '"photo-pipeline-dev-123456789012"');
    assert.match(await evaluate(dc, 'key', frame.id), /^"uploads\/.*\.jpg"$/);
    assert.equal(await evaluate(dc, 'process.env.THUMBNAIL_WIDTH', frame.id), '"200"');
    const inside = await step(dc, 'stepIn');
    assert.deepEqual([inside.name, inside.line], ['thumbnailKey', 7]);
    const back = await step(dc, 'stepOut');
    assert.deepEqual([back.source?.path, back.line], [thumbnail, 16]);
    await continueToEnd();
    assert.match(output.text(), /^REPORT RequestId: .*\tMemory Size: 512 MB\t/m);
    assert.match(output.text(), /"thumbnail": "thumbnails\/.*-200w\.jpg"/);
  });

  it('leaves no process behind when the client disconnects while the function is paused', async () => {
    const app = join(dap, 'js-handler', 'app.js');
    const frame = await launchToBreakpoint(dc, { handler: 'app.handler', codeDir: join(dap, 'js-handler'), runtime: 'nodejs20.x', event: s3Event }, app, [4]);
    const pid = Number(await evaluate(dc, 'process.pid', frame.id));
    await dc.disconnectRequest({});
    assert.throws(() => process.kill(pid, 0), /ESRCH/);
  });

  it('says the session was stopped, not that the function failed, when the user stops it while paused', async () => {
    const output = collectOutput(dc);
    const app = join(dap, 'js-handler', 'app.js');
    await launchToBreakpoint(dc, { handler: 'app.handler', codeDir: join(dap, 'js-handler'), runtime: 'nodejs20.x', event: s3Event }, app, [4]);
    await Promise.all([dc.waitForEvent('terminated'), dc.terminateRequest({})]);
    assert.match(output.text(), /The debug session was stopped before the function returned\./);
    assert.doesNotMatch(output.text(), /Function error/);
  });

  it('stops the Lambda clock while paused: a 1 s function held longer than 1 s still returns its result', async () => {
    const output = collectOutput(dc);
    const app = join(dap, 'js-handler', 'app.js');
    const frame = await launchToBreakpoint(dc, { handler: 'app.handler', codeDir: join(dap, 'js-handler'), runtime: 'nodejs20.x', event: s3Event, timeout: 1 }, app, [4]);
    // Spends 1.2 s of the function's time while the debugger holds it (the evaluation runs in the paused function).
    await evaluate(dc, 'for (const end = Date.now() + 1200; Date.now() < end;);', frame.id, 'repl');
    await continueToEnd();
    assert.match(output.text(), /the function's 1 s timeout is suspended while the debugger holds it/);
    assert.doesNotMatch(output.text(), /Task timed out/);
    assert.match(output.text(), /Result of request [0-9a-f-]{36}:\n\{\n {2}"bucket": "photos"/);
  });
});
