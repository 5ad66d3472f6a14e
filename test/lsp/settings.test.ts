// The server pulls `lambdaWorkbench` settings per document: validation can be turned off, and so can the
// handler checks; a change of settings re-validates open documents.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lsp-client';

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: .
      Handler: missing.handler
      Runtime: nodejs22.x
`;

describe('lsp: settings pulled from the client', () => {
  let client: LspClient;
  let settings = { validation: { enable: false, handlers: true } };
  const dir = mkdtempSync(join(tmpdir(), 'lwb-settings-'));
  const path = join(dir, 'template.yaml');
  const uri = pathToFileURL(path).href;
  writeFileSync(path, TEMPLATE);

  before(async () => {
    client = await LspClient.start(dir, undefined, { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } });
    client.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'lambdaWorkbench' ? settings : null)),
    );
  });
  after(async () => client.stop());

  async function reconfigure(next: typeof settings): Promise<string[]> {
    settings = next;
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    return (await published).diagnostics.map((d) => String(d.code));
  }

  it('publishes nothing while validation is disabled, then checks once it is enabled', async () => {
    assert.deepEqual(await client.open(uri, TEMPLATE), []);
    assert.deepEqual(await reconfigure({ validation: { enable: true, handlers: true } }), ['E3902']);
  });

  it('skips the handler checks when they are turned off', async () => {
    assert.deepEqual(await reconfigure({ validation: { enable: true, handlers: false } }), []);
  });
});
