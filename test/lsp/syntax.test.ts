import { strict as assert } from 'node:assert';
import { LspClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';

describe('lsp: syntax diagnostics over stdio', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start(repoRoot)));
  after(async () => client.stop());

  it('reports a YAML syntax error at its line, then clears it when fixed', async () => {
    const uri = 'file:///tmp/syntax/template.yaml';
    const broken = await client.open(uri, 'Resources:\n  Fn:\n    Type: [AWS::Lambda::Function\n');
    assert.equal(broken.length > 0, true);
    assert.equal(broken[0].code, 'E0000');
    assert.equal(broken[0].range.start.line >= 2, true);
    const fixed = await client.change(uri, 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n');
    assert.deepEqual(fixed.filter((d) => d.code === 'E0000'), []);
  });

  it('survives binary garbage and keeps answering', async () => {
    await client.open('file:///tmp/syntax/garbage.yaml', '\u0000\u0001\u0002: [: {');
    const ok = await client.open('file:///tmp/syntax/ok.yaml', 'Resources: {}\n');
    assert.deepEqual(ok.filter((d) => d.code === 'E0000'), []);
    assert.equal(client.exitCode, null);
  });
});
