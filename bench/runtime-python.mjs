// `npm run bench:runtime-python`: cold and warm invoke of a no-op Python handler on the local runtime, beside
// the bare `python3 -c pass` start-up and the same no-op as a Node.js handler, all measured in this run.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { median, percentile, round, sample } from './_measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const exec = promisify(execFile);
const COLD_RUNS = 10;
const WARM_RUNS = 300;
const log = (text) => process.stderr.write(`bench:runtime-python: ${text}\n`);
/** Lambda environments start clean; the floors start in the same clean environment. */
const cleanEnv = { PATH: process.env.PATH, HOME: process.env.HOME };

const libPath = join(root, 'out', 'bench', 'runtime-python-lib.cjs');
await esbuild.build({ entryPoints: [join(root, 'runtime', 'index.ts')], outfile: libPath, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['esbuild'], logLevel: 'warning' });
const { LocalFunction } = require(libPath);

const version = (await exec('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'])).stdout.trim();
const functions = {
  python: { templateDir: join(root, 'bench', 'fixtures', 'noop-python'), runtime: `python${version}`, handler: 'app.handler' },
  node: { templateDir: join(root, 'bench', 'fixtures', 'noop'), runtime: 'nodejs20.x', handler: 'handler.handler' },
};
const startOptions = ({ templateDir, runtime, handler }) => ({
  templateDir,
  config: { id: 'Noop', functionName: 'noop', handler, runtime, codeDir: '.', memorySize: 128, timeout: 3, environment: {}, logFormat: 'Text', architecture: 'x86_64', region: 'us-east-1', unresolved: [] },
});

/** A measured invoke must have run the no-op: an error would measure something else. */
async function noop(fn) {
  const result = await fn.invoke({});
  if (result.functionError || result.payload !== 'null') throw new Error(`unexpected invoke result: ${result.payload}`);
}

async function measure(kind) {
  log(`${kind}: cold`);
  const cold = median(
    await sample(COLD_RUNS, async () => {
      const fn = await LocalFunction.start(startOptions(functions[kind]));
      await noop(fn);
      await fn.stop();
    }),
  );
  log(`${kind}: warm`);
  const fn = await LocalFunction.start(startOptions(functions[kind]));
  await sample(30, () => noop(fn));
  const warm = await sample(WARM_RUNS, () => noop(fn));
  await fn.stop();
  return { cold, p50: median(warm), p99: percentile(warm, 99) };
}

log('floor: python3 -c pass');
const pythonStart = median(await sample(COLD_RUNS, () => exec('python3', ['-c', 'pass'], { env: cleanEnv })));
const python = await measure('python');
const node = await measure('node');
log('CLI');
const cli = join(root, 'dist', 'cli.js');
const cliCold = median(await sample(COLD_RUNS, () => exec(process.execPath, [cli, 'invoke', '--handler', 'app.handler', '--runtime', functions.python.runtime, '--code-dir', functions.python.templateDir], { env: cleanEnv })));

const rows = [
  { name: 'Python cold invoke, library (start + invoke + stop)', value: round(python.cold), unit: 'ms', peer: 'python3 -c pass (clean env)', peerValue: round(pythonStart), target: '≤ 2x python3 start-up' },
  { name: 'Python cold invoke, CLI (whole process)', value: round(cliCold), unit: 'ms', peer: 'python3 -c pass (clean env)', peerValue: round(pythonStart) },
  { name: 'Python cold invoke, library', value: round(python.cold), unit: 'ms', peer: 'Node.js no-op, same library', peerValue: round(node.cold) },
  { name: 'Python warm invoke p50', value: round(python.p50, 3), unit: 'ms', peer: 'Node.js no-op warm p50', peerValue: round(node.p50, 3), target: '< 1 ms' },
  { name: 'Python warm invoke p99', value: round(python.p99, 3), unit: 'ms', peer: 'Node.js no-op warm p99', peerValue: round(node.p99, 3) },
];
const notes = `Interpreter: python${version} (python3 on PATH: ${(await exec('sh', ['-c', 'command -v python3'])).stdout.trim()}). ${COLD_RUNS} cold runs, ${WARM_RUNS} warm invokes after 30 warm-up; medians.`;
process.stdout.write(`${JSON.stringify({ title: 'Local runtime (no-op Python handler)', rows, notes })}\n`);
