import { strict as assert } from 'node:assert';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';
import { positionAt, positionOf } from './intel-support';

const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Queue:
    Type: AWS::SQS::Queue
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: nodejs24.x
      Environment:
        Variables:
          QUEUE: !Ref Queue
      Events:
        Jobs:
          Type: SQS
          Properties:
            Queue: !GetAtt Queue.Arn
`;

const SLS = `service: demo
provider:
  name: aws
custom:
  bucket: photos
  retries: 3
functions:
  hello:
    handler: src/hello.handler
    events:
      - sqs:
          arn: x
resources:
  Resources:
    Jobs:
      Type: AWS::SQS::Queue
`;

describe('lsp: completion', () => {
  let client: LspClient;
  let count = 0;
  before(async () => (client = await LspClient.start(repoRoot)));
  after(async () => client.stop());

  /** Opens `text` with `insert` put after `anchor` (`|` marks the cursor) and completes there. */
  async function complete(base: string, anchor: string, insert: string, name = 'template.yaml'): Promise<CompletionItem[]> {
    const at = base.indexOf(anchor) + anchor.length;
    const text = base.slice(0, at) + insert.replace('|', '') + base.slice(at);
    const uri = `file:///tmp/intel-completion/${count++}/${name}`;
    await client.open(uri, text);
    const result: CompletionList | null = await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: positionAt(text, at + insert.indexOf('|')),
    });
    return result?.items ?? [];
  }
  const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);

  it('completes Ref targets: parameters, other resources and pseudo parameters', async () => {
    const items = await complete(SAM, 'QUEUE: !Ref Queue\n', '          OTHER: !Ref |\n');
    assert.deepEqual(labels(items).slice(0, 3), ['Stage', 'Bucket', 'Queue']);
    assert.ok(labels(items).includes('AWS::Region'));
    assert.ok(!labels(items).includes('Worker'), 'a resource cannot Ref itself');
    assert.equal(items[0].detail, 'Parameter · String');
  });

  it('completes GetAtt resources, then the attributes of the named resource', async () => {
    const resources = await complete(SAM, 'QUEUE: !Ref Queue\n', '          ARN: !GetAtt Qu|\n');
    assert.deepEqual(labels(resources), ['Bucket', 'Queue']);
    assert.deepEqual((resources[1].textEdit as TextEdit).range.end.character - (resources[1].textEdit as TextEdit).range.start.character, 2);
    const attributes = await complete(SAM, 'QUEUE: !Ref Queue\n', '          ARN: !GetAtt Queue.|\n');
    assert.deepEqual(labels(attributes).sort(), ['Arn', 'QueueName', 'QueueUrl']);
  });

  it('completes !Sub variables and Condition names', async () => {
    const sub = await complete(SAM, 'QUEUE: !Ref Queue\n', "          NAME: !Sub 'jobs-${|'\n");
    assert.ok(['Stage', 'Bucket', 'AWS::AccountId'].every((l) => labels(sub).includes(l)));
    const condition = await complete(SAM, '    Type: AWS::SQS::Queue\n', '    Condition: |\n');
    assert.deepEqual(labels(condition), ['IsProd']);
    const dependsOn = await complete(SAM, '    Type: AWS::SQS::Queue\n', '    DependsOn:\n      - Bucket\n      - |\n');
    assert.deepEqual(labels(dependsOn), ['Bucket', 'Worker']);
  });

  it('completes resource types with documentation resolved on demand', async () => {
    const items = await complete(SAM, 'Resources:\n', '  Topic:\n    Type: AWS::SN|\n');
    const topic = items.find((i) => i.label === 'AWS::SNS::Topic');
    assert.ok(topic, 'AWS::SNS::Topic offered');
    assert.ok(labels(items).includes('AWS::Serverless::Function'));
    const resolved: CompletionItem = await client.connection.sendRequest('completionItem/resolve', topic);
    assert.match(JSON.stringify(resolved.documentation), /aws-resource-sns-topic\.html/);
  });

  it('completes property names required first, without those already set, and enum values', async () => {
    const lambda = await complete(SAM, 'Resources:\n', '  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      |\n');
    const sorted = [...lambda].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.deepEqual(labels(sorted).slice(0, 2), ['Code', 'Role']);
    assert.match(sorted[0].detail ?? '', /^Required · Code/);
    assert.equal((sorted[0].textEdit as TextEdit).newText, 'Code: ');
    const sam = await complete(SAM, '      Runtime: nodejs24.x\n', '      |\n');
    assert.ok(labels(sam).includes('CodeUri') && labels(sam).includes('MemorySize'));
    assert.ok(!labels(sam).includes('Handler') && !labels(sam).includes('Events'), 'keys already set are not offered');
    const architectures = await complete(SAM, '      Runtime: nodejs24.x\n', '      PackageType: |\n');
    assert.deepEqual(labels(architectures), ['Image', 'Zip']);
  });

  it('completes runtimes, supported first and retired ones marked deprecated, in SAM and serverless.yml', async () => {
    const sam = await complete(SAM, '      Handler: app.handler\n', '      Runtime: node|\n');
    const node24 = sam.find((i) => i.label === 'nodejs24.x');
    const node16 = sam.find((i) => i.label === 'nodejs16.x');
    assert.ok(node24 && node16);
    assert.ok((node24.sortText ?? '') < (node16.sortText ?? ''));
    assert.deepEqual([node24.tags, node16.tags], [undefined, [1]]);
    assert.match(node16.detail ?? '', /^Deprecated since \d{4}-\d\d-\d\d: move to nodejs24\.x$/);
    const sls = labels(await complete(SLS, 'handler: src/hello.handler\n', '    runtime: py|\n', 'serverless.yml'));
    assert.ok(sls.includes('python3.13'));
  });

  it('completes SAM event types and the properties of the event type', async () => {
    const types = await complete(SAM, '            Queue: !GetAtt Queue.Arn\n', '        Upload:\n          Type: |\n');
    assert.ok(['S3', 'SQS', 'HttpApi', 'Schedule'].every((t) => labels(types).includes(t)));
    const properties = await complete(SAM, '            Queue: !GetAtt Queue.Arn\n', '            |\n');
    assert.ok(labels(properties).includes('BatchSize'));
    assert.ok(!labels(properties).includes('Queue'));
  });

  it('offers a snippet for a new function with an event under Resources', async () => {
    const items = await complete(SAM, 'Resources:\n', '  |\n');
    const fn = items.find((i) => i.label === 'Serverless function with an event');
    assert.ok(fn);
    assert.equal(fn.insertTextFormat, 2);
    assert.match((fn.textEdit as TextEdit).newText, /Type: AWS::Serverless::Function[\s\S]*Events:\n {6}\$\{5:Api\}:\n {8}Type: HttpApi/);
  });

  it('completes serverless.yml keys, event types and event settings', async () => {
    assert.ok(labels(await complete(SLS, 'name: aws\n', '  reg|\n', 'serverless.yml')).includes('region'));
    const fnItems = await complete(SLS, 'handler: src/hello.handler\n', '    |\n', 'serverless.yml');
    assert.match(JSON.stringify(fnItems.find((i) => i.label === 'name')?.documentation), /Deployed function name/);
    const fnKeys = labels(fnItems);
    assert.ok(fnKeys.includes('timeout') && fnKeys.includes('environment') && !fnKeys.includes('handler'));
    const events = labels(await complete(SLS, '          arn: x\n', '      - |\n', 'serverless.yml'));
    assert.ok(['http', 'httpApi', 's3', 'schedule', 'sqs'].every((e) => events.includes(e)));
    const sqs = labels(await complete(SLS, '          arn: x\n', '          |\n', 'serverless.yml'));
    assert.ok(sqs.includes('batchSize') && !sqs.includes('arn'));
    const snippet = await complete(SLS, 'functions:\n', '  |\n', 'serverless.yml');
    assert.match((snippet[0].textEdit as TextEdit).newText, /handler: \$\{2:src\/handler\.hello\}\n {2}events:\n {4}- httpApi:/);
  });

  it('completes serverless.yml variable sources and self: paths', async () => {
    const sources = labels(await complete(SLS, 'name: aws\n', '  stage: ${|}\n', 'serverless.yml'));
    assert.ok(['self:', 'opt:', 'env:', 'sls:stage', 'file()', 'ssm:', 'param:'].every((s) => sources.includes(s)));
    const custom = await complete(SLS, 'name: aws\n', '  stage: ${self:custom.|}\n', 'serverless.yml');
    assert.deepEqual(labels(custom), ['bucket', 'retries']);
    const refs = labels(await complete(SLS, '          arn: x\n', '          queue: !GetAtt |\n', 'serverless.yml'));
    assert.deepEqual(refs, ['Jobs']);
  });

  it('sends the shared edit range once to a client with LSP 3.17 item defaults (as VS Code declares)', async () => {
    const vscodeLike = await LspClient.start(repoRoot, undefined, { textDocument: { completion: { completionList: { itemDefaults: ['editRange', 'data'] } } } });
    try {
      const uri = 'file:///tmp/intel-completion/defaults/template.yaml';
      const text = SAM.replace('QUEUE: !Ref Queue', 'QUEUE: !Ref Qu');
      await vscodeLike.open(uri, text);
      const list: CompletionList = await vscodeLike.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: positionOf(text, '!Ref Qu', 7) });
      assert.deepEqual(list.itemDefaults?.editRange, { start: positionOf(text, '!Ref Qu', 5), end: positionOf(text, '!Ref Qu', 7) });
      const queue = list.items.find((i) => i.label === 'Queue');
      assert.deepEqual([queue?.textEdit, queue?.textEditText], [undefined, undefined]);
      const keys: CompletionList = await vscodeLike.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: positionOf(text, '    Type: AWS::SQS::Queue\n', 4) });
      assert.equal(keys.items.find((i) => i.label === 'Properties')?.textEditText, 'Properties: ');
    } finally {
      await vscodeLike.stop();
    }
  });

  it('answers an empty list for a file that is not a template', async () => {
    assert.deepEqual(await complete('just: text\n', 'just: ', '|'), []);
  });
});
