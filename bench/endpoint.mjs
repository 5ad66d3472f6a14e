// Warm Invoke through the AWS SDK: our local endpoint (`lambda-workbench start-lambda`) side by side with
// serverless-offline 13's Lambda endpoint, same function (test/fixtures/endpoint-bench), same run.
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median, percentile, round, sample } from './_measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const service = join(root, 'test', 'fixtures', 'endpoint-bench');
const FUNCTION = 'bench-dev-noop';
const WARMUP = 30;
const SEQUENTIAL = 300;
const CONCURRENT = 4;
const PER_WORKER = 100;
const ROUNDS = 5;

/** Starts a server process and resolves with its URL once it prints the line that says it listens. */
function startServer(command, args, ready, env = {}) {
  const child = spawn(process.execPath, [command, ...args], { cwd: service, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) resolve(match[1].replace('localhost', '127.0.0.1'));
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code} before listening:\n${output}`)));
  });
  return { child, url };
}

function clientFor(url) {
  const client = new LambdaClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' }, maxAttempts: 1 });
  const invoke = async (n) => {
    const result = await client.send(new InvokeCommand({ FunctionName: FUNCTION, Payload: JSON.stringify({ n }) }));
    if (result.FunctionError) throw new Error(`bench function failed: ${Buffer.from(result.Payload).toString()}`);
  };
  return { client, invoke };
}

/** Rounds alternate between the two endpoints, so load from other processes on the machine hits both alike. */
async function measure(urls) {
  const targets = urls.map((url) => ({ ...clientFor(url), durations: [], seconds: 0 }));
  for (const t of targets) await sample(WARMUP, t.invoke);
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of targets) {
      t.durations.push(...(await sample(SEQUENTIAL / ROUNDS, t.invoke)));
      const start = performance.now();
      await Promise.all(Array.from({ length: CONCURRENT }, () => sample(PER_WORKER / ROUNDS, t.invoke)));
      t.seconds += (performance.now() - start) / 1000;
    }
  }
  for (const t of targets) t.client.destroy();
  return targets.map((t) => ({ p50: median(t.durations), p95: percentile(t.durations, 95), throughput: (CONCURRENT * PER_WORKER) / t.seconds }));
}

const state = mkdtempSync(join(tmpdir(), 'lw-bench-endpoint-'));
const servers = [
  startServer(join(root, 'dist', 'cli.js'), ['start-lambda', '--port', '0', '--template', 'serverless.yml', '--state', state], /Lambda endpoint on (http:\/\/127\.0\.0\.1:\d+)/),
  startServer(
    join(root, 'node_modules', 'serverless', 'bin', 'serverless.js'),
    ['offline', 'start', '--lambdaPort', '3952', '--httpPort', '3953', '--websocketPort', '3954', '--albPort', '3955'],
    /Offline \[http for lambda\] listening on (http:\/\/localhost:\d+)/,
    { SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
  ),
];
try {
  const [ours, peer] = await measure(await Promise.all(servers.map((s) => s.url)));
  const peerName = 'serverless-offline 13';
  process.stdout.write(
    `${JSON.stringify({
      title: 'Local Lambda endpoint: warm Invoke through the AWS SDK v3',
      rows: [
        { name: `Invoke p50, sequential (${SEQUENTIAL} after ${WARMUP} warm-up)`, value: round(ours.p50), unit: 'ms', peer: peerName, peerValue: round(peer.p50), target: 'below serverless-offline' },
        { name: 'Invoke p95, sequential', value: round(ours.p95), unit: 'ms', peer: peerName, peerValue: round(peer.p95) },
        { name: `throughput, ${CONCURRENT} concurrent callers`, value: round(ours.throughput, 0), unit: 'invokes/s', peer: peerName, peerValue: round(peer.throughput, 0), target: 'above serverless-offline' },
      ],
      notes: 'Same no-op Node.js 20 handler behind both; ours runs it in a Lambda-like child process per execution environment (Runtime API), serverless-offline in worker threads.',
    })}\n`,
  );
} finally {
  for (const s of servers) s.child.kill('SIGTERM');
  rmSync(state, { recursive: true, force: true });
}
