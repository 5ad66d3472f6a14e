// The DAP/CDP layer against a plain `node --inspect-brk` child (test/fixtures/dap/driver), no Lambda
// runtime: breakpoints, variables, evaluate, stepping, source maps, logpoints, conditions, set variable.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { fixturesDir } from '../support/paths';
import { collectOutput, evaluate, launchToBreakpoint, localVariables, step, topFrame } from './support/dap-steps';
import { DriverLauncher } from './support/driver-launcher';
import { startInProcess, type InProcessAdapter } from './support/in-process-adapter';

const dap = join(fixturesDir, 'dap');
const jsApp = join(dap, 'js-handler', 'app.js');
const tsApp = join(dap, 'ts-handler', 'src', 'app.ts');
const s3Event = join(dap, 'events', 's3-put.json');
const jsLaunch = { handler: 'app.handler', codeDir: join(dap, 'js-handler'), runtime: 'nodejs20.x', event: s3Event };
const tsLaunch = { handler: 'lib/app.handler', codeDir: join(dap, 'ts-handler'), runtime: 'nodejs20.x', event: s3Event };

describe('dap: the debug session over a plain Node inspector', () => {
  let dc: DebugClient;
  let adapter: InProcessAdapter;
  let launcher: DriverLauncher;

  beforeEach(async () => {
    launcher = new DriverLauncher();
    adapter = await startInProcess(launcher);
    dc = adapter.dc;
  });

  afterEach(() => adapter.stop());

  it('stops at a JS breakpoint, shows the event, steps, and prints the result before terminating', async () => {
    const output = collectOutput(dc);
    const frame = await launchToBreakpoint(dc, jsLaunch, jsApp, [4]);
    assert.equal(frame.source?.path, jsApp);
    assert.equal(frame.line, 4);
    assert.equal(frame.name, 'exports.handler');
    const locals = await localVariables(dc, frame.id);
    const record = await dc.variablesRequest({ variablesReference: locals.get('record')!.variablesReference });
    assert.deepEqual(record.body.variables.map((v) => v.name), ['eventSource', 'eventName', 'awsRegion', 's3']);
    assert.equal(await evaluate(dc, 'event.Records[0].s3.bucket.name', frame.id), '"photos"');
    const next = await step(dc, 'next');
    assert.equal(next.line, 5);
    assert.equal(await evaluate(dc, 'bucket', next.id, 'hover'), '"photos"');
    assert.match(output.text(), /timeout is suspended while the debugger holds it/);

    const terminated = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId: 1 });
    await terminated;
    assert.match(output.text(), /got s3:\/\/photos\/uploads\/beach day\.jpg/);
    assert.match(output.text(), /Result of request request-1:\n\{\n {2}"bucket": "photos"/);
    assert.deepEqual(launcher.timeoutEvents, ['suspend', 'resume', 'suspend', 'resume']);
  });

  it('maps a TypeScript breakpoint through the source map and shows only .ts positions', async () => {
    const frame = await launchToBreakpoint(dc, tsLaunch, tsApp, [11]);
    assert.equal(frame.source?.path, tsApp);
    assert.equal(frame.line, 11);
    assert.equal(await evaluate(dc, 'uploads[0].key', frame.id), '"uploads/beach%20day.jpg"');
    const next = await step(dc, 'next');
    assert.equal(next.source?.path, tsApp);
    assert.equal(next.line, 12);
    const sources = (await dc.customRequest('loadedSources')) as DebugProtocol.LoadedSourcesResponse;
    assert.ok(sources.body.sources.some((s) => s.path === tsApp), 'app.ts is a loaded source');
    const terminated = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId: 1 });
    await terminated;
  });

  it('runs logpoints without stopping and stops on a conditional breakpoint only when it holds', async () => {
    const output = collectOutput(dc);
    await Promise.all([
      dc
        .waitForEvent('initialized')
        .then(() =>
          dc.setBreakpointsRequest({
            source: { path: jsApp },
            breakpoints: [
              { line: 4, logMessage: 'record from {record.eventSource}' },
              { line: 5, condition: 'bucket === "elsewhere"' },
              { line: 6, condition: 'bucket === "photos"' },
            ],
          }),
        )
        .then(() => dc.configurationDoneRequest()),
      dc.launch(jsLaunch),
      dc.waitForEvent('stopped'),
    ]);
    assert.equal((await topFrame(dc)).line, 6);
    assert.match(output.text(), /record from aws:s3/);
    const terminated = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId: 1 });
    await terminated;
  });

  it('sets a variable while paused and the handler returns the new value', async () => {
    const output = collectOutput(dc);
    const frame = await launchToBreakpoint(dc, jsLaunch, jsApp, [7]);
    const locals = await localVariables(dc, frame.id);
    assert.equal(locals.get('size')?.value, '2048');
    const scopes = await dc.scopesRequest({ frameId: frame.id });
    const set = await dc.setVariableRequest({ variablesReference: scopes.body.scopes[0]!.variablesReference, name: 'size', value: '4096' });
    assert.equal(set.body.value, '4096');
    const terminated = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId: 1 });
    await terminated;
    assert.match(output.text(), /"size": 4096/);
  });
});
