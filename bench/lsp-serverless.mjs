// Benchmark: full validation of a generated 500-function serverless.yml (schema, variables, runtimes,
// handlers) — in process, and as an editor sees it over LSP (didOpen → publishDiagnostics from dist/server.js).
// Peer: the Serverless Framework v3 itself validating and resolving the same file (`serverless print`).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { median, round, sample } from './_measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const FUNCTIONS = 500;

function generate(dir) {
  const lines = [
    'service: bench-service', "frameworkVersion: '3'", 'configValidationMode: error', 'provider:', '  name: aws', '  runtime: nodejs18.x',
    "  stage: ${opt:stage, 'dev'}", '  environment:', '    TABLE: ${self:service}-${sls:stage}-table', 'custom:', '  memory: 512', '  queue: arn:aws:sqs:us-east-1:123456789012:jobs', 'functions:',
  ];
  const exports = [];
  for (let i = 0; i < FUNCTIONS; i++) {
    exports.push(`exports.fn${i} = async () => ({ statusCode: 200 });`);
    lines.push(
      `  fn${i}:`, `    handler: src/handlers.fn${i}`, '    memorySize: ${self:custom.memory}', `    timeout: ${(i % 30) + 1}`,
      '    environment:', `      NAME: \${self:service}-fn${i}`, '    events:', `      - http: GET /items/${i}/{id}`,
      '      - sqs:', '          arn: ${self:custom.queue}', '          batchSize: 10',
    );
  }
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'handlers.js'), `${exports.join('\n')}\n`);
  const text = `${lines.join('\n')}\n`;
  writeFileSync(join(dir, 'serverless.yml'), text);
  return text;
}

async function inProcess(dir, text) {
  const out = join(dir, 'checks.cjs');
  await esbuild.build({
    stdin: { contents: "export { parseTemplate, parseYaml } from './template-model';\nexport { checkTemplate } from './server/index';\n", resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning',
  });
  const { parseTemplate, parseYaml, checkTemplate } = require(out);
  const options = { templatePath: join(dir, 'serverless.yml'), workspaceFolders: [dir], env: {} };
  const model = parseTemplate(text);
  const errors = checkTemplate(model, options).filter((d) => d.severity === 1);
  if (errors.length) throw new Error(`generated file has errors: ${JSON.stringify(errors.slice(0, 3))}`);
  for (let i = 0; i < 5; i++) checkTemplate(parseTemplate(text), options);
  return {
    full: median(await sample(30, () => checkTemplate(parseTemplate(text), options))),
    checks: median(await sample(30, () => checkTemplate(model, options))),
    yaml: median(await sample(30, () => parseYaml(text))),
  };
}

async function overLsp(dir, text) {
  const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
  const child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => waiting.get(params.uri)?.(params));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const base = pathToFileURL(join(dir, 'serverless.yml')).href;
  // Each sample opens the file under a new URI: version 1 validates at once (no edit debounce).
  const open = (i) =>
    new Promise((resolve) => {
      const uri = `${base}?sample=${i}`;
      waiting.set(uri, resolve);
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    });
  for (let i = 0; i < 5; i++) await open(`warm${i}`);
  const times = await sample(30, (i) => open(i));
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  return median(times);
}

function framework(dir) {
  const bin = join(root, 'node_modules', 'serverless', 'bin', 'serverless.js');
  const env = { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off', SLS_DEPRECATION_DISABLE: '*', SLS_SCHEMA_CACHE_BASE_DIR: join(tmpdir(), 'lambda-workbench-serverless-cache') };
  const run = () => {
    const start = performance.now();
    const result = spawnSync(process.execPath, [bin, 'print'], { cwd: dir, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`serverless print failed: ${result.stdout}${result.stderr}`);
    return performance.now() - start;
  };
  run(); // fills the framework's compiled-validator cache
  return median([run(), run(), run()]);
}

const dir = mkdtempSync(join(tmpdir(), 'lwb-bench-sls-'));
try {
  const text = generate(dir);
  const inside = await inProcess(dir, text);
  const lsp = await overLsp(dir, text);
  const peer = framework(dir);
  const report = {
    title: `serverless.yml checks: ${FUNCTIONS} functions (${text.split('\n').length} lines)`,
    rows: [
      { name: 'full validation in process (parse + schema + variables + runtimes + handlers)', value: round(inside.full), unit: 'ms', peer: 'serverless@3 print', peerValue: round(peer), target: '< 100 ms' },
      { name: 'the checks alone, on a parsed model', value: round(inside.checks), unit: 'ms', peer: 'floor: YAML parse alone (template-model parseYaml)', peerValue: round(inside.yaml) },
      { name: 'didOpen → publishDiagnostics over LSP (dist/server.js)', value: round(lsp), unit: 'ms', target: '< 100 ms' },
    ],
    notes:
      'Medians of 30 runs after 5 warm-ups; the peer is 3 runs of `serverless print` (configValidationMode: error) with its validator cache warm, process start included. ' +
      `Load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} cores.`,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
