import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromBuffer } from 'yauzl';
import { handlerModule, packageFunction } from '../../remote';
import { parseTemplate, resolveFunction } from '../../template-model';
import type { DeployTarget } from '../../remote';
import { photoPipelineDir } from '../support/paths';

function zipEntries(zip: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error);
      const entries = new Map<string, string>();
      file.on('entry', (entry: { fileName: string }) => {
        file.openReadStream(entry as never, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(entries));
      file.readEntry();
    });
  });
}

describe('remote: packaging function code', () => {
  const model = parseTemplate(readFileSync(join(photoPipelineDir, 'template.yaml'), 'utf8'));
  const target = (id: string): DeployTarget => {
    const config = resolveFunction(model, id);
    return { ...config, codeDir: join(photoPipelineDir, config.codeDir) };
  };

  it('splits handlers the way the Node.js runtime does', () => {
    assert.deepEqual(handlerModule('src/app.handler'), { module: 'src/app', exportPath: 'handler' });
    assert.deepEqual(handlerModule('index.a.b'), { module: 'index', exportPath: 'a.b' });
    assert.throws(() => handlerModule('nodot'), /Handler must look like file.function: nodot/);
  });

  it('bundles a JavaScript handler at the path its Handler names', async () => {
    const code = await packageFunction(target('Thumbnail'));
    const entries = await zipEntries(code.zip);
    assert.deepEqual([...entries.keys()], ['index.js']);
    assert.match(entries.get('index.js') ?? '', /thumbnailKey/);
  });

  it('compiles a TypeScript handler to JavaScript', async () => {
    const code = await packageFunction(target('PhotosApi'));
    const entries = await zipEntries(code.zip);
    assert.deepEqual([...entries.keys()], ['handler.js']);
    assert.doesNotMatch(entries.get('handler.js') ?? '', /: APIGatewayProxyEventV2/);
  });

  it('gives the same bytes for the same code (stable CodeSha256)', async () => {
    const [a, b] = await Promise.all([packageFunction(target('Worker')), packageFunction(target('Worker'))]);
    assert.equal(a.zip.equals(b.zip), true);
    assert.deepEqual(a.files, ['worker.mjs']);
  });

  it('names the missing handler file', async () => {
    await assert.rejects(packageFunction({ ...target('Thumbnail'), handler: 'missing.handler' }), /Handler file not found: .*src\/thumbnail\/missing\{\.js,\.mjs/);
  });
});
