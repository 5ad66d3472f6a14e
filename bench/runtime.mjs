// `npm run bench:runtime`: the local runtime against its peers and floors, all measured in this run —
// cold invoke (library, CLI), warm p50/p99 and sequential throughput for a no-op handler; lambda-local,
// `serverless invoke local`, serverless-offline and aws-lambda-ric (against our Runtime API); `node -e ''` and a loopback HTTP round trip.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { median, percentile, round, sample, sampleInterleaved } from './_measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = join(root, 'bench', 'fixtures', 'noop');
const require = createRequire(import.meta.url);
const COLD_RUNS = 15;
const WARM_RUNS = 1000;
const log = (text) => process.stderr.write(`bench:runtime: ${text}\n`);
/** Lambda environments start clean; compare child start-ups in the same clean environment (lambda-local needs HOME). */
const cleanEnv = { PATH: process.env.PATH, HOME: process.env.HOME };

// The library, bundled from source for this script (the product bundles it into dist/cli.js).
mkdirSync(join(root, 'out', 'bench'), { recursive: true });
const libPath = join(root, 'out', 'bench', 'runtime-lib.cjs');
await esbuild.build({ entryPoints: [join(root, 'runtime', 'index.ts')], outfile: libPath, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['esbuild'], logLevel: 'warning' });
const { LocalFunction } = require(libPath);
/** Every measured invoke must have run the no-op handler: an error would measure something else. */
async function checked(invocation) {
  const result = await invocation;
  if (result.functionError || result.payload !== 'null') throw new Error(`unexpected invoke result: ${result.payload}`);
}
const config = (overrides = {}) => ({
  id: 'Noop', functionName: 'noop', handler: 'handler.handler', runtime: 'nodejs20.x', codeDir: '.', memorySize: 128, timeout: 3,
  environment: {}, logFormat: 'Text', architecture: 'x86_64', region: 'us-east-1', unresolved: [], ...overrides,
});

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`))));
  });
}

async function warmStats(invoke) {
  for (let i = 0; i < 50; i++) await invoke();
  const started = performance.now();
  const durations = await sample(WARM_RUNS, invoke);
  const seconds = (performance.now() - started) / 1000;
  return { p50: median(durations), p99: percentile(durations, 99), perSecond: WARM_RUNS / seconds };
}

const rows = [];
const notes = [];

log('cold starts: ours and the floor, interleaved');
const cli = join(root, 'dist', 'cli.js');
const cliArgs = [cli, 'invoke', '--handler', 'handler.handler', '--code-dir', fixture];
const cold = await sampleInterleaved(COLD_RUNS, {
  nodeClean: () => run(process.execPath, ['-e', ''], { env: cleanEnv }),
  library: async () => {
    const fn = await LocalFunction.start({ config: config(), templateDir: fixture });
    await checked(fn.invoke({}));
    await fn.stop();
  },
  // The least a node:net Runtime API client does on Node started with Lambda's heap flags (they make V8 reject
  // Node's built-in code cache, so node:net and the streams compile from source): what our bootstrap's
  // libuv-handle connection (runtime/bootstrap/rapid-socket.ts) saves.
  minimalClient: async () => {
    const fn = await LocalFunction.start({ config: config(), templateDir: fixture, runtimeClient: join(root, 'bench', 'fixtures', 'minimal-runtime-client.js') });
    await checked(fn.invoke({}));
    await fn.stop();
  },
  cliClean: () => run(process.execPath, cliArgs, { env: cleanEnv }),
  // The CLI keeps V8's code cache of its command bundles (cli/compile-cache.ts): a first run has none yet.
  cliFirstRun: async () => {
    const cache = mkdtempSync(join(tmpdir(), 'bench-compile-cache-'));
    try {
      await run(process.execPath, cliArgs, { env: { ...cleanEnv, LAMBDA_WORKBENCH_COMPILE_CACHE: cache } });
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  },
  nodeInherited: () => run(process.execPath, ['-e', '']),
  cliInherited: () => run(process.execPath, cliArgs),
  cliTemplate: () => run(process.execPath, [cli, 'invoke', 'noop', '--template', join(fixture, 'serverless.yml')]),
});
const [nodeClean, libraryCold, minimalClient, cliCold, cliFirstRun, nodeInherited, cliInherited, cliTemplate] = [
  'nodeClean',
  'library',
  'minimalClient',
  'cliClean',
  'cliFirstRun',
  'nodeInherited',
  'cliInherited',
  'cliTemplate',
].map((name) => median(cold[name]));

log('floor: loopback HTTP');
const server = createServer((_req, res) => res.end('ok')).listen(0, '127.0.0.1');
await once(server, 'listening');
const agent = new Agent({ keepAlive: true });
const roundTrip = () => new Promise((resolve, reject) => request({ host: '127.0.0.1', port: server.address().port, agent }, (res) => res.resume().on('end', resolve)).on('error', reject).end());
const loopback = (await warmStats(roundTrip)).p50;
server.close();
agent.destroy();

log('ours: warm');
const fn = await LocalFunction.start({ config: config(), templateDir: fixture });
const ours = await warmStats(() => checked(fn.invoke({})));
await fn.stop();

rows.push(
  { name: 'cold invoke, library (start + invoke + stop)', value: round(libraryCold), unit: 'ms', peer: "node -e '' (clean env)", peerValue: round(nodeClean), target: '≤ 1.5x node start-up' },
  { name: 'cold invoke, library, against the least a node:net Runtime API client does', value: round(libraryCold), unit: 'ms', peer: 'minimal node:net client (bench/fixtures), same library, same heap flags', peerValue: round(minimalClient) },
  { name: 'cold invoke, CLI (whole process, clean env)', value: round(cliCold), unit: 'ms', peer: "node -e '' (clean env)", peerValue: round(nodeClean), target: '≤ 2.5x node start-up' },
  { name: 'cold invoke, CLI, first run without its compile cache (clean env)', value: round(cliFirstRun), unit: 'ms', peer: "node -e '' (clean env)", peerValue: round(nodeClean) },
  { name: "cold invoke, CLI (whole process, this machine's env)", value: round(cliInherited), unit: 'ms', peer: "node -e '' (this machine's env)", peerValue: round(nodeInherited), target: '≤ 2.5x node start-up' },
  { name: "cold invoke, CLI with serverless.yml (whole process, this machine's env)", value: round(cliTemplate), unit: 'ms', peer: "node -e '' (this machine's env)", peerValue: round(nodeInherited), target: '≤ 2.5x node start-up' },
  { name: 'warm invoke p50', value: round(ours.p50, 3), unit: 'ms', peer: 'loopback HTTP round trip', peerValue: round(loopback, 3), target: '< 1 ms' },
  { name: 'warm invoke p99', value: round(ours.p99, 3), unit: 'ms' },
  { name: 'sequential warm invokes', value: Math.round(ours.perSecond), unit: 'invokes/s', target: '≥ 1,000/s' },
);
notes.push(
  "Cold starts are measured in interleaved rounds (each measure once per round), so ours and its floor see the same load. " +
    "This machine's environment sets NODE_EXTRA_CA_CERTS and friends, which every Node start-up pays (the CLI process too, but not the function's own environment: it starts clean, as Lambda's do); the clean env has only PATH and HOME. " +
    "Each environment's Node starts with Lambda's heap flags (--max-semi-space-size, --max-old-space-size from MemorySize): any V8 flag makes Node 20 reject its built-in code cache, so node:net and the streams it needs would compile from source, as the minimal node:net client row shows; our bootstrap connects on a libuv TCP handle instead and does not load them.",
);

// Before the in-process peers, which leave their own state (timers, handlers) in this process.
log('peer: aws-lambda-ric against our Runtime API');
rows.push(...(await awsLambdaRic('aws-lambda-ric', '3.x', 'bin/index.mjs', 'nodejs20.x', ours, libraryCold)));
rows.push(...(await awsLambdaRic('aws-lambda-ric-4', '4.x', 'index.mjs', 'nodejs24.x', ours, libraryCold)));

log('peer: lambda-local');
const lambdaLocal = require('lambda-local');
lambdaLocal.setLogger({ log: () => undefined, transports: [] });
const lambdaLocalBin = join(root, 'node_modules', 'lambda-local', 'build', 'cli.js');
writeFileSync(join(root, 'out', 'bench', 'event.json'), '{}');
const lambdaLocalCold = median(await sample(COLD_RUNS, () => run(process.execPath, [lambdaLocalBin, '-l', join(fixture, 'handler.js'), '-h', 'handler', '-e', join(root, 'out', 'bench', 'event.json'), '--verboselevel', '0'], { env: cleanEnv })));
const lambdaLocalWarm = await warmStats(() => lambdaLocal.execute({ lambdaPath: join(fixture, 'handler.js'), lambdaHandler: 'handler', event: {}, verboseLevel: 0, timeoutMs: 3000 }));
rows.push(
  { name: 'peer lambda-local: cold invoke, CLI', value: round(lambdaLocalCold), unit: 'ms', peer: 'ours (CLI)', peerValue: round(cliCold) },
  { name: 'peer lambda-local: warm invoke p50 (in-process, no isolation)', value: round(lambdaLocalWarm.p50, 3), unit: 'ms', peer: 'ours', peerValue: round(ours.p50, 3) },
);

log('peer: serverless invoke local');
const serverlessBin = join(root, 'node_modules', 'serverless', 'bin', 'serverless.js');
const serverlessEnv = { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off', SLS_DEPRECATION_DISABLE: '*' };
const serverlessInvokeLocal = median(await sample(5, () => run(process.execPath, [serverlessBin, 'invoke', 'local', '-f', 'noop'], { cwd: fixture, env: serverlessEnv })));
rows.push({ name: "peer serverless invoke local: cold invoke (whole process, this machine's env)", value: round(serverlessInvokeLocal), unit: 'ms', peer: 'ours (CLI with serverless.yml, same env)', peerValue: round(cliTemplate) });

log('peer: serverless-offline');
rows.push(...(await serverlessOffline(ours)));

process.stdout.write(`${JSON.stringify({ title: 'Local runtime (no-op Node.js handler)', rows, notes: notes.join(' ') })}\n`);

async function serverlessOffline(ours) {
  const sls = join(root, 'node_modules', 'serverless', 'bin', 'serverless.js');
  const child = spawn(process.execPath, [sls, 'offline', 'start', '--lambdaPort', '3902', '--httpPort', '3903', '--websocketPort', '3904', '--albPort', '3905'], {
    cwd: fixture,
    env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off', SLS_DEPRECATION_DISABLE: '*', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    let output = '';
    await new Promise((resolve, reject) => {
      const onData = (chunk) => {
        output += chunk;
        if (/Offline \[http for lambda\] listening/.test(output)) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => reject(new Error(`serverless offline exited ${code}: ${output}`)));
    });
    const invoke = () =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: 3902, method: 'POST', path: '/2015-03-31/functions/bench-noop-dev-noop/invocations', agent: offlineAgent }, (res) => res.resume().on('end', resolve));
        req.on('error', reject);
        req.end('{}');
      });
    const offlineAgent = new Agent({ keepAlive: true });
    const warm = await warmStats(invoke);
    offlineAgent.destroy();
    return [
      { name: 'peer serverless-offline: warm invoke p50 (HTTP Invoke API)', value: round(warm.p50, 3), unit: 'ms', peer: 'ours', peerValue: round(ours.p50, 3) },
      { name: 'peer serverless-offline: sequential warm invokes', value: Math.round(warm.perSecond), unit: 'invokes/s', peer: 'ours', peerValue: Math.round(ours.perSecond) },
    ];
  } catch (error) {
    notes.push(`serverless-offline not measured: ${error.message.split('\n')[0]}`);
    return [];
  } finally {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch (error) {
      if (error.code !== 'ESRCH') throw error;
    }
  }
}

async function awsLambdaRic(packageName, generation, bin, runtime, ours, libraryCold) {
  let runtimeClient;
  try {
    runtimeClient = join(dirname(require.resolve(`${packageName}/package.json`)), bin);
  } catch {
    notes.push(`aws-lambda-ric ${generation} not measured: ${packageName} is not installed (npm ci builds it natively).`);
    return [];
  }
  const options = { config: config({ runtime }), templateDir: fixture, runtimeClient };
  const cold = median(
    await sample(COLD_RUNS, async () => {
      const peer = await LocalFunction.start(options);
      await checked(peer.invoke({}));
      await peer.stop();
    }),
  );
  const peer = await LocalFunction.start(options);
  const warm = await warmStats(() => checked(peer.invoke({})));
  await peer.stop();
  return [
    { name: `aws-lambda-ric ${generation} on our Runtime API: cold invoke (library)`, value: round(cold), unit: 'ms', peer: 'ours', peerValue: round(libraryCold) },
    { name: `aws-lambda-ric ${generation} on our Runtime API: warm invoke p50`, value: round(warm.p50, 3), unit: 'ms', peer: 'ours', peerValue: round(ours.p50, 3) },
  ];
}
