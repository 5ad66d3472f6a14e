// `npm run bench:debug`: time from the DAP `launch` request to the `stopped` event at a breakpoint in a
// handler, through the built adapter (dist/debug-adapter.js) and the local runtime. Median of 10.
// Floors, same run: a bare `node --inspect-brk` running the same handler to the same breakpoint over raw CDP;
// for Python, bare python3 with debugpy listening, attached over DAP, to the same breakpoint.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import testsupport from '@vscode/debugadapter-testsupport';
import WebSocket from 'ws';
import { median, percentile, round, sample } from './_measure.mjs';

const { DebugClient } = testsupport;
const root = join(fileURLToPath(import.meta.url), '..', '..');
const adapter = join(root, 'dist', 'debug-adapter.js');
const dap = join(root, 'test', 'fixtures', 'dap');
const RUNS = 10;

const scenarios = [
  { name: 'launch → stopped at a breakpoint, JS handler', path: join(dap, 'js-handler', 'app.js'), line: 4, args: { handler: 'app.handler', codeDir: join(dap, 'js-handler'), runtime: 'nodejs20.x', event: join(dap, 'events', 's3-put.json') } },
  { name: 'launch → stopped at a breakpoint, TypeScript handler (compiled by the runtime, source map)', path: join(dap, 'ts-handler', 'src', 'app.ts'), line: 11, args: { handler: 'src/app.handler', codeDir: join(dap, 'ts-handler'), runtime: 'nodejs20.x', event: join(dap, 'events', 's3-put.json') } },
  { name: 'launch → stopped at a breakpoint, Python handler (debugpy, SQS sample event)', path: join(dap, 'py-handler', 'worker.py'), line: 14, args: { template: join(dap, 'py-handler', 'serverless.yml'), function: 'worker', sampleEvent: 'sqs:receive-message' }, floor: 'python' },
];

/** Resolves with [launch → stopped, adapter start → stopped] in ms. */
async function launchToStop({ path, line, args }) {
  const spawned = performance.now();
  const dc = new DebugClient(process.execPath, adapter, 'lambda');
  await dc.start();
  await dc.initializeRequest();
  const start = performance.now();
  await Promise.all([
    dc.waitForEvent('initialized', 10_000).then(() => dc.setBreakpointsRequest({ source: { path }, breakpoints: [{ line }] })).then(() => dc.configurationDoneRequest()),
    dc.launchRequest(args),
    dc.waitForEvent('stopped', 10_000),
  ]);
  const stopped = performance.now();
  await dc.stop();
  return [stopped - start, stopped - spawned];
}

/** The floor: Node's own inspector start, a CDP connection and one breakpoint hit, nothing else. */
function bareInspector() {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const file = join(dap, 'js-handler', 'app.js');
    const script = `require(${JSON.stringify(file)}).handler(${JSON.stringify({ Records: [{ s3: { bucket: { name: 'photos' }, object: { key: 'k', size: 1 } } }] })}, {})`;
    const child = spawn(process.execPath, ['--inspect-brk=127.0.0.1:0', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.setEncoding('utf8').on('data', (text) => {
      const url = /ws:\/\/\S+/.exec(text)?.[0];
      if (!url) return;
      const ws = new WebSocket(url);
      let id = 0;
      const send = (method, params = {}) => ws.send(JSON.stringify({ id: ++id, method, params }));
      ws.on('open', () => {
        for (const m of ['Runtime.enable', 'Debugger.enable']) send(m);
        send('Debugger.setBreakpointByUrl', { url: pathToFileURL(file).href, lineNumber: 3 });
        send('Runtime.runIfWaitingForDebugger');
      });
      let elapsed;
      ws.on('message', (data) => {
        const message = JSON.parse(String(data));
        if (message.method !== 'Debugger.paused' || elapsed !== undefined) return;
        if (message.params.reason === 'Break on start') return send('Debugger.resume');
        elapsed = performance.now() - start;
        child.once('exit', () => resolve(elapsed));
        child.kill();
      });
      // Killing the child resets the socket; only an error before the stop is a failure.
      ws.on('error', (error) => (elapsed === undefined ? reject(error) : undefined));
    });
  });
}

/** The Python floor: python3 with debugpy listening (Debian's folder last on sys.path), a DAP attach, one breakpoint hit. */
async function bareDebugpy() {
  const start = performance.now();
  const codeDir = join(dap, 'py-handler');
  const event = { Records: [{ messageId: 'm-1', body: 'Hello', eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:q' }] };
  const script = [
    'import sys',
    'sys.path.append("/usr/lib/python3/dist-packages")',
    'import debugpy',
    'print(debugpy.listen(("127.0.0.1", 0))[1], flush=True)',
    'debugpy.wait_for_client()',
    `sys.path.insert(0, ${JSON.stringify(codeDir)})`,
    'import worker',
    `worker.handler(${JSON.stringify(event)}, None)`,
  ].join('\n');
  const child = spawn('python3', ['-X', 'frozen_modules=off', '-c', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  const port = await new Promise((resolve) => child.stdout.setEncoding('utf8').once('data', (text) => resolve(Number(text.trim()))));
  const dc = new DebugClient('python3', 'unused', 'debugpy');
  await dc.start(port);
  await dc.initializeRequest();
  await Promise.all([
    dc.waitForEvent('initialized', 10_000).then(() => dc.setBreakpointsRequest({ source: { path: join(codeDir, 'worker.py') }, breakpoints: [{ line: 14 }] })).then(() => dc.configurationDoneRequest()),
    dc.attachRequest({ justMyCode: true }),
    dc.waitForEvent('stopped', 10_000),
  ]);
  const elapsed = performance.now() - start;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await exited;
  await dc.stop();
  return elapsed;
}

const floors = {
  node: { peer: 'bare node --inspect-brk + CDP breakpoint', value: median(await sample(RUNS, bareInspector)) },
  python: { peer: 'bare python3 + debugpy.listen + DAP attach and breakpoint', value: median(await sample(RUNS, bareDebugpy)) },
};
const rows = [];
for (const scenario of scenarios) {
  const runs = [];
  await sample(RUNS, async () => runs.push(await launchToStop(scenario)));
  const launch = runs.map(([l]) => l);
  const whole = runs.map(([, w]) => w);
  const floor = floors[scenario.floor ?? 'node'];
  rows.push({ name: `${scenario.name} (median of ${RUNS})`, value: round(median(launch)), unit: 'ms', peer: floor.peer, peerValue: round(floor.value), target: '< 1000 ms' });
  rows.push({ name: `${scenario.name} (p90)`, value: round(percentile(launch, 90)), unit: 'ms' });
  rows.push({ name: `${scenario.name}, adapter process start included (median)`, value: round(median(whole)), unit: 'ms' });
}
process.stdout.write(`${JSON.stringify({ title: 'Debug adapter: F5 to the first breakpoint', rows, notes: 'From the DAP launch request to the stopped event: template/event resolution, environment start (node --inspect-brk), inspector connection, breakpoint binding, bootstrap, handler load and invocation. The third row per scenario adds the adapter process start (node loading dist/debug-adapter.js), which VS Code also pays on F5. The TypeScript scenario includes the runtime compiling the handler with esbuild. The Python scenario includes the bootstrap finding a debugpy its interpreter can import, debugpy starting its adapter process, and the DAP relay.' })}\n`);
