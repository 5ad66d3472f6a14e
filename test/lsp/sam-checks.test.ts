import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lsp-client';
import { fixturesDir, repoRoot } from '../support/paths';
import { describe as list, errors, finding, only, rangeOf, rangeOfPrefix } from './template-diagnostics';

const SAM = `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.13
    MemorySize: 256
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Queue:
    Type: AWS::SQS::Queue
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      InlineCode: 'def handler(event, context): return event'
      Handler: index.handler
      AutoPublishAlias: live
      Policies:
        - S3ReadPolicy:
            BucketName: !Ref Bucket
        - SQSPollerPolicy:
            QueueName: !GetAtt Queue.QueueName
      Events:
        Upload:
          Type: S3
          Properties:
            Bucket: !Ref Bucket
            Events: s3:ObjectCreated:*
        Jobs:
          Type: SQS
          Properties:
            Queue: !GetAtt Queue.Arn
            BatchSize: 10
        Get:
          Type: Api
          Properties:
            Path: /
            Method: get
Outputs:
  Url:
    Value: !Sub https://\${ServerlessRestApi}.execute-api.\${AWS::Region}.amazonaws.com/Prod
  Role:
    Value: !GetAtt FnRole.Arn
  Alias:
    Value: !Ref Fn.Alias
`;

describe('lsp: SAM checks', () => {
  let client: LspClient;
  let n = 0;
  before(async () => (client = await LspClient.start(repoRoot)));
  after(async () => client.stop());
  const open = (text: string) => client.open(`file:///virtual/sam-${++n}/template.yaml`, text);

  it('accepts SAM resources, events, policy templates, Globals and implicit resources (ServerlessRestApi, FnRole, Fn.Alias)', async () => {
    const diagnostics = await open(SAM);
    assert.deepEqual(errors(diagnostics), [], list(diagnostics));
  });

  it('reports an unknown SAM property with a did-you-mean', async () => {
    const text = SAM.replace('AutoPublishAlias:', 'AutoPublishAlais:');
    finding(await open(text), 'E3002', rangeOf(text, 'AutoPublishAlais'), "AWS::Serverless::Function Fn has no property 'AutoPublishAlais'. Did you mean 'AutoPublishAlias'?");
  });

  it('checks each event type: unknown type, missing and unknown properties, ranges', async () => {
    const text = SAM.replace('Type: S3', 'Type: S4').replace('            Queue: !GetAtt Queue.Arn\n', '').replace('BatchSize: 10', 'BatchSize: 0\n            Batchsize: 1').replace('Method: get', 'Methd: get');
    const diagnostics = await open(text);
    finding(diagnostics, 'E3030', rangeOf(text, 'S4'), /^Type must be one of: .*Got: S4\. Did you mean 'S3'/);
    const missing = diagnostics.filter((d) => d.code === 'E3003').map((d) => d.message);
    assert.deepEqual(missing.sort(), ['Api event Get is missing required property: Method. Add it.', 'SQS event Jobs is missing required property: Queue. Add it.']);
    const unknown = diagnostics.filter((d) => d.code === 'E3002').map((d) => [d.range.start.line, d.message]);
    assert.deepEqual(unknown, [
      [rangeOf(text, 'Batchsize').start.line, "SQS event Jobs has no property 'Batchsize'. Did you mean 'BatchSize'?"],
      [rangeOf(text, 'Methd').start.line, "Api event Get has no property 'Methd'. Did you mean 'Method'?"],
    ]);
    finding(diagnostics, 'E3034', rangeOfPrefix(text, '0\n            Batchsize', 1), 'BatchSize must be between 1 and 10000. Got: 0');
  });

  it('checks policy templates: unknown names and missing parameters', async () => {
    const text = SAM.replace('S3ReadPolicy:', 'S3ReedPolicy:').replace('QueueName: !GetAtt Queue.QueueName', 'Queue: !GetAtt Queue.QueueName');
    const diagnostics = await open(text);
    finding(diagnostics, 'E3001', rangeOf(text, 'S3ReedPolicy'), /^Unknown SAM policy template: S3ReedPolicy\..*Did you mean 'S3ReadPolicy'/);
    const missing = finding(diagnostics, 'E3003', rangeOf(text, 'SQSPollerPolicy'), 'Policy template SQSPollerPolicy is missing QueueName.');
    assert.deepEqual(missing.data, { missingProperties: ['QueueName'] });
  });

  it('checks Globals: unknown sections and properties SAM does not allow there', async () => {
    const text = SAM.replace('Globals:\n  Function:', 'Globals:\n  Functions:\n    Timeout: 3\n  Function:\n    Events: {}');
    const diagnostics = await open(text);
    finding(diagnostics, 'E3001', rangeOf(text, 'Functions'), /^Globals has no section 'Functions' .*Did you mean 'Function'\?$/);
    finding(diagnostics, 'E3002', rangeOfPrefix(text, 'Events: {}', 6), 'Events cannot be set in Globals.Function. It must be set on each resource.');
  });

  it('reports implicit resources that are not generated (no Api event → no ServerlessRestApi)', async () => {
    const text = SAM.replace(/ {8}Get:\n[\s\S]*?Method: get\n/, '');
    const d = only(await open(text), 'E1019');
    assert.match(d.message, /^Fn::Sub variable \$\{ServerlessRestApi\} names no parameter/);
  });

  it('reports unknown and deprecated runtimes with the runtime to move to', async () => {
    const unknown = SAM.replace('Runtime: python3.13', 'Runtime: pyhton3.13');
    finding(await open(unknown), 'E2531', rangeOf(unknown, 'pyhton3.13'), "Unknown Lambda runtime: pyhton3.13. Did you mean 'python3.13'?");
    const retired = SAM.replace('Runtime: python3.13', 'Runtime: python2.7');
    const r = only(await open(retired), 'E2533');
    assert.equal(r.message, 'Lambda runtime python2.7 is deprecated (2021-07-15): creating functions was blocked on 2021-07-15 and updating them on 2022-05-30. Move to python3.14.');
    assert.deepEqual(r.data, { replacements: ['python3.14'] });
  });
});

describe('lsp: handlers resolved on disk', () => {
  let client: LspClient;
  let diagnostics: Awaited<ReturnType<LspClient['open']>>;
  const path = join(fixturesDir, 'lsp-handlers', 'template.yaml');
  const text = readFileSync(path, 'utf8');
  before(async () => {
    client = await LspClient.start(repoRoot);
    diagnostics = await client.open(pathToFileURL(path).href, text);
  });
  after(async () => client.stop());

  it('reports a handler export that the module does not have, listing its exports', () => {
    const d = diagnostics.find((x) => x.range.start.line === rangeOf(text, 'app.process').start.line);
    assert.ok(d, list(diagnostics));
    assert.equal(d.code, 'E3903');
    assert.deepEqual(d.range, rangeOf(text, 'app.process'));
    assert.equal(d.message, 'Handler function not found: process in src/app.mjs (src/app.mjs exports: cleanup, handler). Export it or fix Handler.');
    assert.deepEqual(d.data, { createHandler: { file: join(fixturesDir, 'lsp-handlers', 'src', 'app.mjs'), name: 'process' } });
  });

  it('reports a missing handler file with the file a quick fix would create', () => {
    const d = diagnostics.find((x) => x.code === 'E3902');
    assert.ok(d, list(diagnostics));
    assert.deepEqual(d.range, rangeOf(text, 'jobs/nightly.run'));
    assert.equal(d.message, 'Handler file not found: src/jobs/nightly.js (for Handler jobs/nightly.run in CodeUri src). Create it or fix Handler.');
    assert.deepEqual(d.data, { createHandler: { file: join(fixturesDir, 'lsp-handlers', 'src', 'jobs', 'nightly.js'), name: 'run' } });
  });

  it('reads Python modules for their def, and warns about a missing CodeUri folder', () => {
    const python = diagnostics.filter((x) => x.code === 'E3903' && x.message.includes('.py'));
    assert.deepEqual(python.map((x) => x.message), ['Handler function not found: lambda_handler in py/app.py (py/app.py defines: json, main). Export it or fix Handler.']);
    const folder = only(diagnostics, 'W3901');
    assert.deepEqual(folder.range, rangeOf(text, 'build/'));
    assert.equal(errors(diagnostics).length, 3, list(diagnostics));
  });
});
