// Run control over a plain Node inspector (no Lambda runtime): hit counts, exception breakpoints,
// stopOnEntry, warm re-invocation (`invokeAgain`) and terminate.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { fixturesDir } from '../support/paths';
import { collectOutput, evaluate, topFrame } from './support/dap-steps';
import { DriverLauncher } from './support/driver-launcher';
import { startInProcess, type InProcessAdapter } from './support/in-process-adapter';

const codeDir = join(fixturesDir, 'dap', 'loop-handler');
const sizes = join(codeDir, 'sizes.js');
const records = (...sizes: number[]) => sizes.map((size) => ({ s3: { object: { size } } }));
const launchArgs = (event: object, extra: object = {}) => ({ handler: 'sizes.handler', codeDir, runtime: 'nodejs20.x', event, ...extra });

describe('dap: run control over a plain Node inspector', () => {
  let dc: DebugClient;
  let adapter: InProcessAdapter;

  beforeEach(async () => {
    adapter = await startInProcess(new DriverLauncher());
    dc = adapter.dc;
  });

  afterEach(() => adapter.stop());

  async function configureAndLaunch(args: object, configure: () => Promise<unknown>): Promise<string> {
    const [, , stopped] = await Promise.all([
      dc.waitForEvent('initialized').then(configure).then(() => dc.configurationDoneRequest()),
      dc.launch(args),
      dc.waitForEvent('stopped'),
    ]);
    return stopped.body.reason as string;
  }

  async function continueToEnd(): Promise<void> {
    const terminated = dc.waitForEvent('terminated');
    await dc.continueRequest({ threadId: 1 });
    await terminated;
  }

  it('stops on the second hit of a breakpoint with hit count 2', async () => {
    const reason = await configureAndLaunch(launchArgs({ Records: records(10, 20, 30) }), () =>
      dc.setBreakpointsRequest({ source: { path: sizes }, breakpoints: [{ line: 5, hitCondition: '2' }] }),
    );
    assert.equal(reason, 'breakpoint');
    const frame = await topFrame(dc);
    assert.equal(await evaluate(dc, 'total', frame.id), '10');
    await continueToEnd();
  });

  it('pauses on a thrown error with "All Exceptions" and then prints the Lambda error payload', async () => {
    const output = collectOutput(dc);
    const reason = await configureAndLaunch(launchArgs({ Records: records(1), fail: true }), () => dc.setExceptionBreakpointsRequest({ filters: ['all'] }));
    assert.equal(reason, 'exception');
    const frame = await topFrame(dc);
    assert.deepEqual([frame.source?.path, frame.line], [sizes, 7]);
    await continueToEnd();
    assert.match(output.text(), /Function error \(Unhandled\), request request-1:\n\{\n {2}"errorType": "TypeError",\n {2}"errorMessage": "cannot resize 1 photos"/);
  });

  it('stops on entry at the first line of the handler file', async () => {
    const reason = await configureAndLaunch(launchArgs({ Records: [] }, { stopOnEntry: true }), async () => undefined);
    assert.equal(reason, 'entry');
    const frame = await topFrame(dc);
    assert.deepEqual([frame.source?.path, frame.line], [sizes, 2]);
    await continueToEnd();
  });

  it('keeps the environment warm and invokes it again with a new event', async () => {
    const output = collectOutput(dc);
    const firstResult = new Promise<void>((resolve) => dc.on('output', () => output.text().includes('request-1') && resolve()));
    await Promise.all([dc.configurationSequence(), dc.launch(launchArgs({ Records: records(5) }, { keepWarm: true }))]);
    await firstResult;
    const secondResult = new Promise<void>((resolve) => dc.on('output', () => output.text().includes('request-2') && resolve()));
    await dc.customRequest('invokeAgain', { event: { Records: records(7, 8) } });
    await secondResult;
    assert.match(output.text(), /request-1:\n\{\n {2}"total": 5\n\}/);
    assert.match(output.text(), /request-2:\n\{\n {2}"total": 15\n\}/);
    const terminated = dc.waitForEvent('terminated');
    await dc.terminateRequest();
    await terminated;
  });
});
