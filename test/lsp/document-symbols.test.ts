import { strict as assert } from 'node:assert';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';
import { openFixture, textAt } from './intel-support';

type Outline = [string, string | undefined, Outline[]?];

function outline(symbols: DocumentSymbol[]): Outline[] {
  return symbols.map((s) => (s.children?.length ? [s.name, s.detail, outline(s.children)] : [s.name, s.detail]));
}

describe('lsp: document symbols (outline)', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start(repoRoot)));
  after(async () => client.stop());

  it('outlines a SAM template: parameters, resources with types, functions with events, outputs', async () => {
    const sam = await openFixture(client, 'intel-sam', 'template.yaml');
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: sam.uri } });
    assert.deepEqual(outline(symbols), [
      ['Parameters', undefined, [['Stage', 'String']]],
      ['Conditions', undefined, [['IsProd', undefined]]],
      ['Mappings', undefined, [['Sizes', undefined]]],
      [
        'Resources',
        undefined,
        [
          ['Bucket', 'AWS::S3::Bucket'],
          ['Queue', 'AWS::SQS::Queue'],
          ['Uploader', 'AWS::Serverless::Function', [['Upload', 'S3']]],
          ['Resizer', 'AWS::Serverless::Function'],
        ],
      ],
      ['Outputs', undefined, [['BucketArn', undefined]]],
    ]);
    const uploader = symbols[3].children![2];
    assert.equal(textAt(sam.text, uploader.selectionRange), 'Uploader');
    assert.match(textAt(sam.text, uploader.range), /^Uploader:\n {4}Type: AWS::Serverless::Function[\s\S]*Events: s3:ObjectCreated:\*$/);
  });

  it('outlines serverless.yml: functions with their events and the CloudFormation resources', async () => {
    const sls = await openFixture(client, 'intel-serverless', 'serverless.yml');
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: sls.uri } });
    assert.deepEqual(outline(symbols), [
      ['functions', undefined, [['hello', 'src/hello.greet', [['httpApi1', 'httpApi'], ['sqs2', 'sqs']]]]],
      ['resources.Resources', undefined, [['Jobs', 'AWS::SQS::Queue']]],
    ]);
  });

  it('answers an empty outline for a document that is not a template', async () => {
    const uri = 'file:///tmp/intel/notes.yaml';
    await client.open(uri, '- just\n- a list\n');
    assert.deepEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), []);
  });
});
