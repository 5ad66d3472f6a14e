// Benchmark of the template checks (`npm run bench:lsp`): full validation of a 300-line template and of a
// generated 1,000-resource template over a real LSP connection to dist/server.js, start-up to first
// diagnostics, peak RSS, and the whole valid corpus in one server — with Python cfn-lint on the same files in
// the same run. Prints one JSON report on stdout.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { median, round, sample } from './_measure.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const corpus = process.env.LAMBDA_WORKBENCH_CORPUS ?? join(root, '..', 'shared', 'corpus');
const VALID_SETS = ['sam/valid', 'sam/real', 'cfn/valid', 'cfn/real'];

/** A SAM template of `functions` functions with a queue, a table, events, policies and references each. */
function generate(functions) {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Transform: AWS::Serverless-2016-10-31', 'Parameters:', '  Stage:', '    Type: String', '    Default: dev', 'Globals:', '  Function:', '    Runtime: nodejs22.x', '    Timeout: 10', 'Resources:'];
  for (let i = 0; i < functions; i++) {
    lines.push(
      `  Queue${i}:`, '    Type: AWS::SQS::Queue', '    Properties:', '      VisibilityTimeout: 60', `      QueueName: !Sub "\${Stage}-queue-${i}"`,
      `  Table${i}:`, '    Type: AWS::DynamoDB::Table', '    Properties:', '      BillingMode: PAY_PER_REQUEST',
      '      AttributeDefinitions:', '        - AttributeName: id', '          AttributeType: S', '      KeySchema:', '        - AttributeName: id', '          KeyType: HASH',
      `  Worker${i}:`, '    Type: AWS::Serverless::Function', '    Properties:', '      CodeUri: src/', `      Handler: worker${i}.handler`, '      MemorySize: 512',
      '      Environment:', '        Variables:', `          TABLE: !Ref Table${i}`, `          QUEUE_ARN: !GetAtt Queue${i}.Arn`,
      '      Policies:', '        - DynamoDBCrudPolicy:', `            TableName: !Ref Table${i}`,
      '      Events:', '        Jobs:', '          Type: SQS', '          Properties:', `            Queue: !GetAtt Queue${i}.Arn`, '            BatchSize: 10',
    );
  }
  lines.push('Outputs:', '  FirstQueue:', '    Value: !Ref Queue0');
  return `${lines.join('\n')}\n`;
}

class Server {
  static async start() {
    const server = new Server();
    server.started = performance.now();
    server.child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    server.connection = createProtocolConnection(new StreamMessageReader(server.child.stdout), new StreamMessageWriter(server.child.stdin));
    server.waiting = new Map();
    server.connection.onNotification('textDocument/publishDiagnostics', (p) => server.waiting.get(p.uri)?.(p.diagnostics));
    server.connection.listen();
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await server.connection.sendNotification('initialized', {});
    return server;
  }
  /** Opens a document and resolves with its diagnostics once published; closes it afterwards. */
  async validate(text, name = 'template.yaml') {
    const uri = `file:///bench-virtual/${++Server.n}/${name}`;
    const published = new Promise((resolve) => this.waiting.set(uri, resolve));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const diagnostics = await published;
    this.waiting.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return diagnostics;
  }
  peakRssMb() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  }
  async stop() {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
  }
}
Server.n = 0;

function cfnLintSeconds(files) {
  const start = performance.now();
  spawnSync('cfn-lint', ['--format', 'json', '--', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return (performance.now() - start) / 1000;
}

const hasCfnLint = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' }).status === 0;
const scratch = mkdtempSync(join(tmpdir(), 'bench-lsp-'));
const small = generate(9);
const large = generate(334);
const smallPath = join(scratch, 'template-300.yaml');
const largePath = join(scratch, 'template-1000.yaml');
writeFileSync(smallPath, small);
writeFileSync(largePath, large);
const smallLines = small.split('\n').length - 1;
const largeResources = (large.match(/^ {2}\w+:\n {4}Type:/gm) ?? []).length;

// Start-up: process spawn to the first published diagnostics (median of 5 fresh servers).
const startups = [];
for (let i = 0; i < 5; i++) {
  const server = await Server.start();
  await server.validate(small);
  startups.push(performance.now() - server.started);
  await server.stop();
}

const server = await Server.start();
for (let i = 0; i < 5; i++) await server.validate(small); // warm-up: spec files loaded, code optimised
const smallTimes = await sample(20, () => server.validate(small));
const largeTimes = await sample(20, () => server.validate(large));

const files = existsSync(corpus) ? VALID_SETS.flatMap((set) => readdirSync(join(corpus, set)).filter((f) => f !== 'expected.json').map((f) => join(corpus, set, f))) : [];
const corpusStart = performance.now();
for (const file of files) await server.validate(readFileSync(file, 'utf8'), file.endsWith('.json') ? 't.json' : 't.yaml');
const corpusSeconds = (performance.now() - corpusStart) / 1000;
const rss = server.peakRssMb();
await server.stop();

const rows = [
  { name: `full validation, ${smallLines}-line SAM template (median of 20)`, value: round(median(smallTimes)), unit: 'ms', target: '< 10 ms' },
  { name: `full validation, ${largeResources}-resource template (median of 20)`, value: round(median(largeTimes)), unit: 'ms', target: '< 150 ms' },
  { name: 'start-up to first diagnostics (median of 5)', value: round(median(startups)), unit: 'ms', target: '< 500 ms' },
];
if (hasCfnLint) {
  rows[0] = { ...rows[0], peer: 'cfn-lint 1.51 (one process per file)', peerValue: round(median([cfnLintSeconds([smallPath]), cfnLintSeconds([smallPath]), cfnLintSeconds([smallPath])]) * 1000) };
  rows[1] = { ...rows[1], peer: 'cfn-lint 1.51 (one process)', peerValue: round(cfnLintSeconds([largePath]) * 1000) };
}
if (files.length > 0) {
  const row = { name: `whole valid corpus, ${files.length} files, one process`, value: round(corpusSeconds, 2), unit: 's' };
  rows.push(hasCfnLint ? { ...row, peer: 'cfn-lint 1.51 (one process)', peerValue: round(cfnLintSeconds(files), 2) } : row);
}
rows.push({ name: 'server peak RSS after all of the above', value: round(rss, 1), unit: 'MB', target: '< 200 MB' });

process.stdout.write(
  `${JSON.stringify({
    title: 'Template checks (language server)',
    rows,
    notes: 'Ours: over LSP (didOpen → publishDiagnostics) to dist/server.js, one server reused. cfn-lint timings include its Python start-up (about 2 s), which is what a user waits for on each run.',
  })}\n`,
);
