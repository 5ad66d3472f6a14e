// Completion latency on a 1,000-resource SAM template, over a real LSP connection to dist/server.js:
// property names (resource spec), Ref targets (1,000+ items), completion right after an edit, and, for
// context, how long an edit takes to be re-parsed and checked. Floor: an empty LSP round trip, same run.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { median, round, sample } from './_measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESOURCES = 1000;
const SAMPLES = 40;

/** A SAM template: functions with an SQS event, the queues they read, buckets; one line left for the cursor. */
function template() {
  const lines = ["AWSTemplateFormatVersion: '2010-09-09'", 'Transform: AWS::Serverless-2016-10-31', 'Parameters:', '  Stage:', '    Type: String', 'Resources:'];
  for (let i = 0; i < RESOURCES / 4; i++) {
    lines.push(`  Queue${i}:`, '    Type: AWS::SQS::Queue', '    Properties:', '      VisibilityTimeout: 60');
    lines.push(`  Bucket${i}:`, '    Type: AWS::S3::Bucket', '    Properties:', `      BucketName: !Sub bucket-${i}-\${Stage}`);
    lines.push(`  Table${i}:`, '    Type: AWS::Serverless::SimpleTable');
    lines.push(`  Worker${i}:`, '    Type: AWS::Serverless::Function', '    Properties:', '      CodeUri: src/', '      Handler: app.handler', '      Runtime: nodejs20.x');
    lines.push('      Environment:', '        Variables:', `          TABLE: !Ref Table${i}`, `          BUCKET: !Ref Bucket${i}`);
    lines.push('      Events:', '        Jobs:', '          Type: SQS', '          Properties:', `            Queue: !GetAtt Queue${i}.Arn`);
    if (i === RESOURCES / 8) lines.push('      ', '          OTHER: !Ref ', '');
  }
  return `${lines.join('\n')}\n`;
}

const text = template();
const lines = text.split('\n');
const propertyLine = lines.indexOf('      ');
const refLine = lines.indexOf('          OTHER: !Ref ');
const child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
connection.listen();
// The completion capabilities VS Code declares (LSP 3.17 item defaults).
const capabilities = { textDocument: { completion: { completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] } } } };
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities });
await connection.sendNotification('initialized', {});
const uri = 'file:///bench/template.yaml';
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });

const complete = (line, character) => connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } });
const check = (result, label) => {
  if (!result?.items?.length) throw new Error(`no completion items for ${label}`);
  return result.items.length;
};
// Warm-up: first parse, spec files read, JIT.
check(await complete(propertyLine, 6), 'properties');
check(await complete(refLine, 24), 'Ref targets');
for (let i = 0; i < 10; i++) await complete(propertyLine, 6);

let propertyItems = 0;
let refItems = 0;
const properties = await sample(SAMPLES, async () => (propertyItems = check(await complete(propertyLine, 6), 'properties')));
const refs = await sample(SAMPLES, async () => (refItems = check(await complete(refLine, 24), 'Ref targets')));
let version = 1;
const edit = (i) =>
  connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: ++version },
    contentChanges: [{ text: text.replace('Type: String', i % 2 ? 'Type: String ' : 'Type: String') }],
  });
const edited = await sample(SAMPLES, async (i) => {
  // As when typing: the edit, then at once the completion it triggers.
  await edit(i);
  check(await complete(propertyLine, 6), 'after edit');
});
let published;
connection.onNotification('textDocument/publishDiagnostics', (params) => published?.(params));
const checked = await sample(8, async (i) => {
  const diagnostics = new Promise((resolve) => (published = resolve));
  await edit(i);
  await diagnostics;
});
// A request the server answers without work (no such document): the protocol's own cost.
const floor = await sample(SAMPLES, () => connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///bench/none.yaml' }, position: { line: 0, character: 0 } }));

await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
child.kill();

const peer = { peer: 'LSP round trip (empty hover)', peerValue: round(median(floor)) };
process.stdout.write(
  `${JSON.stringify({
    title: `Completion latency, ${RESOURCES}-resource SAM template (${lines.length} lines), LSP over stdio`,
    rows: [
      { name: `property names (${propertyItems} items)`, value: round(median(properties)), unit: 'ms', ...peer, target: '< 20 ms' },
      { name: `Ref targets (${refItems} items)`, value: round(median(refs)), unit: 'ms', ...peer, target: '< 20 ms' },
      { name: 'property names right after an edit', value: round(median(edited)), unit: 'ms', ...peer, target: '< 20 ms' },
      { name: 'edit → re-parsed and checked (diagnostics published, 150 ms debounce included)', value: round(median(checked)), unit: 'ms' },
    ],
    notes:
      `Median of ${SAMPLES} requests each (8 for the last row), after warm-up. "Right after an edit" sends a didChange with ` +
      'the whole text, then the completion: completion reads names and types from the newest parsed model and the ' +
      'cursor context from the current text, so it does not wait for the re-parse that the debounced diagnostics do.',
  })}\n`,
);
