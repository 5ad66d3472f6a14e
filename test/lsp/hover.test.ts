import { strict as assert } from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';
import { openFixture, positionOf, textAt, type OpenFixture } from './intel-support';

describe('lsp: hover', () => {
  let client: LspClient;
  let sam: OpenFixture;
  before(async () => {
    client = await LspClient.start(repoRoot);
    sam = await openFixture(client, 'intel-sam', 'template.yaml');
  });
  after(async () => client.stop());

  const hoverAt = async (needle: string, delta = 0, occurrence = 0): Promise<{ value: string; text: string } | null> => {
    const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: sam.uri },
      position: positionOf(sam.text, needle, delta, occurrence),
    });
    return hover ? { value: (hover.contents as MarkupContent).value, text: hover.range ? textAt(sam.text, hover.range) : '' } : null;
  };

  it('documents intrinsic functions in short and long form, with the AWS page', async () => {
    const sub = await hoverAt('!Sub photos', 2);
    assert.equal(sub?.text, '!Sub');
    assert.match(sub.value, /^\*\*Fn::Sub\*\* — `!Sub string/);
    assert.match(sub.value, /\(https:\/\/docs\.aws\.amazon\.com\/AWSCloudFormation\/latest\/TemplateReference\/intrinsic-function-reference-sub\.html\)$/);
    const equals = await hoverAt('!Equals', 3);
    assert.match(equals!.value, /intrinsic-function-reference-conditions\.html/);
  });

  it('tells what a logical ID is: a parameter with its type and default, a resource with its type', async () => {
    const parameter = await hoverAt('${Stage}', 3);
    assert.deepEqual(parameter, {
      value: '**Stage** — parameter\n\nType: `String`\n\nDefault: `dev`\n\nDeployment stage',
      text: 'Stage',
    });
    const resource = await hoverAt('!GetAtt Queue.Arn', 9);
    assert.equal(resource?.value, '**Queue** — resource\n\nType: `AWS::SQS::Queue`\n\nCondition: `IsProd`');
  });

  it('documents a resource type, a property and a GetAtt attribute from the resource specification', async () => {
    const type = await hoverAt('AWS::SQS::Queue', 5);
    assert.equal(type?.text, 'AWS::SQS::Queue');
    assert.match(type.value, /^\*\*AWS::SQS::Queue\*\*\n\n/);
    assert.match(type.value, /\[AWS documentation\]\(https:\/\/docs\.aws\.amazon\.com\/AWSCloudFormation\/latest\/TemplateReference\/aws-resource-sqs-queue\.html\)$/);
    const property = await hoverAt('BucketName:', 2);
    assert.equal(property?.text, 'BucketName');
    assert.match(property.value, /^\*\*BucketName\*\* — Optional · `String`\n\n/);
    const handler = await hoverAt('Handler: app', 2);
    assert.match(handler!.value, /^\*\*Handler\*\* — /);
    const attribute = await hoverAt('Queue.Arn', 7);
    assert.equal(attribute?.text, 'Arn');
    assert.match(attribute.value, /^\*\*Queue\.Arn\*\* — attribute of `AWS::SQS::Queue`/);
  });

  it('documents a SAM event property', async () => {
    const events = await hoverAt('Events: s3:', 2);
    assert.match(events!.value, /^\*\*Events\*\* — Required · /);
    assert.match(events!.value, /\[S3 event\]\(https:\/\/docs\.aws\.amazon\.com\/serverless-application-model\/latest\/developerguide\/sam-property-function-s3\.html\)$/);
  });

  it('shows serverless.yml key descriptions, and variables resolved with where they come from, never an env value', async () => {
    const sls = await openFixture(client, 'intel-serverless', 'serverless.yml');
    const at = async (needle: string, delta: number): Promise<{ value: string; text: string }> => {
      const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: sls.uri }, position: positionOf(sls.text, needle, delta) });
      return { value: (hover.contents as MarkupContent).value, text: textAt(sls.text, hover.range!) };
    };
    assert.deepEqual(await at('${self:custom.bucket}', 3), {
      value: `\`\${self:custom.bucket}\` → \`intel-fixture-photos\`\n\nFrom this file, line ${positionOf(sls.text, '  bucket:').line + 1}`,
      text: '${self:custom.bucket}',
    });
    assert.deepEqual(await at("${opt:stage, 'dev'}", 3), { value: "`${opt:stage, 'dev'}` → `dev`", text: "${opt:stage, 'dev'}" });
    assert.equal((await at('${file(./config.yml):settings}', 3)).value, '`${file(./config.yml):settings}` → `verbose`\n\nFrom ./config.yml, line 1');
    assert.match((await at('${ssm:/intel/api-key}', 3)).value, /^`\$\{ssm:\/intel\/api-key\}`\n\nKnown when you deploy: /);
    const home = await at('${env:HOME}', 3);
    assert.ok(!home.value.includes(process.env.HOME ?? '/nonexistent-home'), home.value);
    const handler = await at('    handler:', 6);
    assert.equal(handler.text, 'handler');
    assert.match(handler.value, /^\*\*handler\*\*/);
  });

  it('answers null on plain text', async () => {
    assert.equal(await hoverAt('Fixture for'), null);
  });
});
