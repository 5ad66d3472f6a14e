import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';
import { fixturesDir, repoRoot } from '../support/paths';
import { openFixture, positionOf, textAt, type OpenFixture } from './intel-support';

describe('lsp: go to definition', () => {
  let client: LspClient;
  let sam: OpenFixture;
  let sls: OpenFixture;
  before(async () => {
    client = await LspClient.start(repoRoot);
    sam = await openFixture(client, 'intel-sam', 'template.yaml');
    sls = await openFixture(client, 'intel-serverless', 'serverless.yml');
  });
  after(async () => client.stop());

  const definitionAt = (doc: OpenFixture, needle: string, delta = 0, occurrence = 0): Promise<Location | null> =>
    client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: doc.uri },
      position: positionOf(doc.text, needle, delta, occurrence),
    });

  const declaredAt = async (needle: string, delta: number, expected: string, occurrence = 0): Promise<void> => {
    const location = await definitionAt(sam, needle, delta, occurrence);
    assert.ok(location, `no definition for ${needle}`);
    assert.equal(location.uri, sam.uri);
    assert.equal(textAt(sam.text, location.range), expected);
    assert.equal(location.range.start.line, positionOf(sam.text, `  ${expected}:`).line);
  };

  it('goes from Ref, GetAtt, Sub, DependsOn, Condition and FindInMap to the declaration', async () => {
    await declaredAt('!Ref Bucket', 6, 'Bucket');
    await declaredAt('!GetAtt Queue.Arn', 10, 'Queue');
    await declaredAt('${Stage}', 3, 'Stage');
    await declaredAt('${Bucket}', 4, 'Bucket');
    await declaredAt('DependsOn: Bucket', 12, 'Bucket');
    await declaredAt('Condition: IsProd', 12, 'IsProd');
    await declaredAt('[Sizes', 2, 'Sizes');
  });

  it('goes from a Handler to the exported function in its source file', async () => {
    const js = await definitionAt(sam, 'app.handler', 5);
    assert.ok(js);
    assert.equal(js.uri, pathToFileURL(join(fixturesDir, 'intel-sam', 'src', 'app.js')).href);
    assert.deepEqual(js.range, { start: { line: 3, character: 8 }, end: { line: 3, character: 15 } });
    const python = await definitionAt(sam, 'pkg.resize.lambda_handler', 12);
    assert.ok(python);
    assert.equal(python.uri, pathToFileURL(join(fixturesDir, 'intel-sam', 'py', 'pkg', 'resize.py')).href);
    assert.deepEqual(python.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 18 } });
  });

  it('goes from a serverless.yml handler exported through an export list to the function', async () => {
    const location = await definitionAt(sls, 'src/hello.greet', 3);
    assert.ok(location);
    assert.equal(location.uri, pathToFileURL(join(fixturesDir, 'intel-serverless', 'src', 'hello.ts')).href);
    assert.deepEqual(location.range, { start: { line: 1, character: 15 }, end: { line: 1, character: 20 } });
  });

  it('goes from a serverless.yml variable to where its value is set: this file or ${file(...)}', async () => {
    const self = await definitionAt(sls, '${self:custom.bucket}', 5);
    assert.ok(self);
    assert.equal(self.uri, sls.uri);
    assert.equal(textAt(sls.text, self.range), '${self:service}-photos');
    const file = await definitionAt(sls, 'file(./config.yml)', 8);
    assert.equal(file?.uri, pathToFileURL(join(fixturesDir, 'intel-serverless', 'config.yml')).href);
    assert.deepEqual(file?.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 17 } });
  });

  it('goes from a serverless.yml GetAtt to the resource', async () => {
    const resource = await definitionAt(sls, '!GetAtt Jobs.Arn', 9);
    assert.ok(resource);
    assert.equal(textAt(sls.text, resource.range), 'Jobs');
  });

  it('answers null off any reference and for a pseudo parameter', async () => {
    assert.equal(await definitionAt(sam, 'Description:'), null);
    assert.equal(await definitionAt(sam, 'AWS::AccountId', 3), null);
  });
});
