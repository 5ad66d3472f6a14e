import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { photoPipelineDir } from '../support/paths';

describe('cli: lambda-workbench functions', () => {
  it('lists the example SAM template functions as JSON', async () => {
    const result = await runCli(['functions', '--json'], { cwd: photoPipelineDir });
    assert.equal(result.code, 0, result.stderr);
    const output = JSON.parse(result.stdout) as { dialect: string; functions: { id: string; line: number }[] };
    assert.equal(output.dialect, 'sam');
    assert.deepEqual(output.functions.map((f) => f.id), ['Thumbnail', 'PhotosApi', 'Worker']);
  });

  it('lists serverless.yml functions by deployed name', async () => {
    const result = await runCli(['functions', '--template', 'serverless.yml'], { cwd: photoPipelineDir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^thumbnail\tphoto-pipeline-dev-thumbnail\tnodejs22\.x\t\.\/src\/thumbnail\/index\.handler\t512 MB\t10 s/m);
  });

  it('exits 2 with a one-line message for a missing template', async () => {
    const result = await runCli(['functions', '--template', 'missing.yaml'], { cwd: photoPipelineDir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'lambda-workbench functions: Template not found: missing.yaml\n');
  });

  it('exits 2 for an unknown command and an unknown option', async () => {
    const unknown = await runCli(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command: frobnicate/);
    const badOption = await runCli(['functions', '--nope'], { cwd: join(photoPipelineDir) });
    assert.equal(badOption.code, 2);
    assert.match(badOption.stderr, /Unknown option '--nope'/);
  });
});
