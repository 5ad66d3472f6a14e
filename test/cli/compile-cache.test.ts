// The CLI's compile cache (cli/compile-cache.ts): written on a command's first run, used by the next, and never
// a reason to fail — a damaged or unwritable cache only means compiling again.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { photoPipelineDir } from '../support/paths';

describe('cli: compile cache', () => {
  let cache: string;
  beforeEach(() => (cache = mkdtempSync(join(tmpdir(), 'lwb-compile-cache-'))));
  afterEach(() => rmSync(cache, { recursive: true, force: true }));

  const functions = (dir: string) => runCli(['functions', '--json'], { cwd: photoPipelineDir, env: { LAMBDA_WORKBENCH_COMPILE_CACHE: dir } });

  it('keeps the code of a command that ran, and answers the same from it', async () => {
    const first = await functions(cache);
    assert.equal(first.code, 0, first.stderr);
    const cached = readdirSync(cache);
    assert.equal(cached.length, 1);
    assert.match(cached[0], /^functions-[0-9a-f]{8}-\d+-\d+-v[\d.]+\.cache$/);
    const second = await functions(cache);
    assert.deepEqual(second, first);
    assert.deepEqual(readdirSync(cache), cached, 'a usable cache is not written again');
  });

  it('replaces a damaged cache, and runs where none can be written or with the cache off', async () => {
    const expected = await functions(cache);
    const [name] = readdirSync(cache);
    writeFileSync(join(cache, name), 'not V8 code');
    assert.deepEqual(await functions(cache), expected);
    assert.ok(statSync(join(cache, name)).size > 'not V8 code'.length, 'the damaged cache is written anew');
    const file = join(cache, 'a-file');
    writeFileSync(file, '');
    assert.deepEqual(await functions(join(file, 'below-a-file')), expected);
    assert.deepEqual(await functions('off'), expected);
  });
});
