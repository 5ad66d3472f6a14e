import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FunctionsRequest, type FunctionsResult } from '../../server/protocol';
import { LspClient } from '../support/lsp-client';
import { fixturesDir, photoPipelineDir, repoRoot } from '../support/paths';
import { openFixture, textAt } from './intel-support';

describe('lsp: function list request (lambdaWorkbench/functions)', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start(repoRoot)));
  after(async () => client.stop());

  it('lists an open SAM template’s functions with absolute code dirs, handler files and events', async () => {
    const sam = await openFixture(client, 'intel-sam', 'template.yaml');
    const result: FunctionsResult = await client.connection.sendRequest(FunctionsRequest.method, { uri: sam.uri });
    assert.equal(result.dialect, 'sam');
    const [uploader, resizer] = result.functions;
    assert.deepEqual(
      { ...uploader, range: textAt(sam.text, uploader.range), events: uploader.events.map((e) => [e.name, e.type, textAt(sam.text, e.range)]) },
      {
        id: 'Uploader',
        functionName: 'Uploader',
        kind: 'sam',
        range: 'Uploader',
        handler: 'app.handler',
        runtime: 'nodejs24.x',
        codeDir: join(fixturesDir, 'intel-sam', 'src'),
        handlerFile: join(fixturesDir, 'intel-sam', 'src', 'app.js'),
        events: [['Upload', 'S3', 'Upload']],
      },
    );
    assert.equal(resizer.handlerFile, join(fixturesDir, 'intel-sam', 'py', 'pkg', 'resize.py'));
  });

  it('reads a template that is not open from disk (serverless.yml names functions service-stage-function)', async () => {
    const uri = pathToFileURL(join(photoPipelineDir, 'serverless.yml')).href;
    const result: FunctionsResult = await client.connection.sendRequest(FunctionsRequest.method, { uri });
    assert.equal(result.dialect, 'serverless');
    assert.deepEqual(
      result.functions.map((f) => [f.id, f.functionName, f.codeDir, f.handlerFile, f.events.map((e) => e.type)]),
      [
        ['thumbnail', 'photo-pipeline-dev-thumbnail', photoPipelineDir, join(photoPipelineDir, 'src', 'thumbnail', 'index.js'), ['s3']],
        ['api', 'photo-pipeline-dev-api', photoPipelineDir, join(photoPipelineDir, 'src', 'api', 'handler.ts'), ['httpApi']],
        ['worker', 'photo-pipeline-dev-worker', photoPipelineDir, join(photoPipelineDir, 'src', 'worker', 'worker.mjs'), ['sqs']],
      ],
    );
  });

  it('leaves handlerFile out when the source file is missing, and fails clearly for a missing template', async () => {
    const uri = 'file:///tmp/intel-functions/template.yaml';
    await client.open(uri, 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: nowhere/\n      Handler: app.handler\n      Runtime: nodejs24.x\n');
    const result: FunctionsResult = await client.connection.sendRequest(FunctionsRequest.method, { uri });
    assert.equal(result.functions[0].handlerFile, undefined);
    assert.equal(result.functions[0].codeDir, '/tmp/intel-functions/nowhere');
    await assert.rejects(
      client.connection.sendRequest(FunctionsRequest.method, { uri: pathToFileURL('/tmp/intel-functions/missing.yaml').href }),
      /Cannot read template: \/tmp\/intel-functions\/missing\.yaml/,
    );
  });
});
