import { strict as assert } from 'node:assert';
import { runCli } from '../support/cli';
import { photoPipelineDir } from '../support/paths';

describe('cli: lambda-workbench invoke --sample', () => {
  it("shapes the sample by the function's own S3 trigger (bucket, prefix and suffix)", async () => {
    const result = await runCli(['invoke', 'Thumbnail', '--sample', 's3:put'], { cwd: photoPipelineDir });
    assert.equal(result.code, 0, result.stderr);
    const payload = JSON.parse(result.stdout) as { thumbnails: { bucket: string; source: string }[] };
    assert.equal(payload.thumbnails[0].bucket, 'photo-pipeline-dev-123456789012');
    assert.match(payload.thumbnails[0].source, /^uploads\/.*\.jpg$/);
    assert.match(result.stderr, /^REPORT RequestId: \S+\tDuration: /m);
  });

  it('exits 2 naming the valid types for an unknown sample, and refuses --event with --sample', async () => {
    const unknown = await runCli(['invoke', 'Thumbnail', '--sample', 's3:nope'], { cwd: photoPipelineDir });
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, 'lambda-workbench invoke: --sample: Unknown s3 event type: nope (types: batch-invocation, delete, put)\n');
    const both = await runCli(['invoke', 'Thumbnail', '--sample', 's3:put', '--event', 'x.json'], { cwd: photoPipelineDir });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /give either --event or --sample, not both/);
  });
});
