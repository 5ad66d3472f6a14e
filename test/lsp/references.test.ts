import { strict as assert } from 'node:assert';
import type { Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';
import { applyEdits, openFixture, positionOf, textAt, type OpenFixture } from './intel-support';

describe('lsp: references and rename of logical IDs', () => {
  let client: LspClient;
  let sam: OpenFixture;
  before(async () => {
    client = await LspClient.start(repoRoot);
    sam = await openFixture(client, 'intel-sam', 'template.yaml');
  });
  after(async () => client.stop());

  const lineOf = (needle: string, occurrence = 0): number => positionOf(sam.text, needle, 0, occurrence).line;

  it('finds every reference to a resource, including inside !Sub strings and DependsOn', async () => {
    const locations: Location[] = await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: sam.uri },
      position: positionOf(sam.text, '  Bucket:', 3),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(
      locations.map((l) => [l.range.start.line, textAt(sam.text, l.range)]),
      [
        [lineOf('  Bucket:'), 'Bucket'],
        [lineOf('DependsOn: Bucket'), 'Bucket'],
        [lineOf('BUCKET: !Ref Bucket'), 'Bucket'],
        [lineOf('Bucket: !Ref Bucket'), 'Bucket'],
        [lineOf('${Bucket}'), 'Bucket'],
      ],
    );
  });

  it('finds a parameter from one of its references, without the declaration when not asked', async () => {
    const locations: Location[] = await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: sam.uri },
      position: positionOf(sam.text, '${Stage}', 3),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(locations.map((l) => l.range.start.line), [lineOf('!Ref Stage'), lineOf('${Stage}')]);
  });

  it('renames a resource everywhere, and the renamed template resolves every reference', async () => {
    const prepared = await client.connection.sendRequest('textDocument/prepareRename', {
      textDocument: { uri: sam.uri },
      position: positionOf(sam.text, '!Ref Bucket', 6),
    });
    assert.deepEqual(prepared, { range: { start: positionOf(sam.text, '!Ref Bucket', 5), end: positionOf(sam.text, '!Ref Bucket', 11) }, placeholder: 'Bucket' });
    const edit: WorkspaceEdit = await client.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: sam.uri },
      position: positionOf(sam.text, '${Bucket}', 4),
      newName: 'PhotoBucket',
    });
    const renamed = applyEdits(sam.text, edit.changes![sam.uri]);
    assert.equal(edit.changes![sam.uri].length, 5);
    assert.match(renamed, /^ {2}PhotoBucket:\n/m);
    assert.match(renamed, /DependsOn: PhotoBucket\n/);
    assert.match(renamed, /arn:aws:s3:::\$\{PhotoBucket\}/);
    assert.doesNotMatch(renamed, /!Ref Bucket\b|\$\{Bucket\}|DependsOn: Bucket\b|^ {2}Bucket:/m);
    const diagnostics = await client.change(sam.uri, renamed);
    assert.deepEqual(diagnostics.filter((d) => d.severity === 1), []);
    await client.change(sam.uri, sam.text);
  });

  it('refuses a name that is not a logical ID or that is taken, and keeps answering', async () => {
    const rename = (newName: string) =>
      client.connection.sendRequest('textDocument/rename', { textDocument: { uri: sam.uri }, position: positionOf(sam.text, '  Queue:', 3), newName });
    await assert.rejects(rename('my-queue'), /Logical IDs are alphanumeric \(A-Za-z0-9\): my-queue/);
    await assert.rejects(rename('Stage'), /Parameters already declares: Stage/);
    const prepared = await client.connection.sendRequest('textDocument/prepareRename', {
      textDocument: { uri: sam.uri },
      position: positionOf(sam.text, 'Type: String', 2),
    });
    assert.equal(prepared, null);
  });
});
