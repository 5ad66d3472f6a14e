import { strict as assert } from 'node:assert';
import { runCli } from '../support/cli';
import { photoPipelineDir } from '../support/paths';

describe('cli: generate-event piped into invoke', () => {
  it('runs the example Thumbnail function on the event its S3 trigger would deliver', async () => {
    const generated = await runCli(['generate-event', '--function', 'Thumbnail', '--key', 'uploads/2026/cat picture.jpg'], { cwd: photoPipelineDir });
    assert.equal(generated.code, 0, generated.stderr);
    const invoked = await runCli(['invoke', 'Thumbnail', '--event', '-'], { cwd: photoPipelineDir, input: generated.stdout });
    assert.equal(invoked.code, 0, invoked.stderr);
    const result = JSON.parse(invoked.stdout.trim().split('\n').at(-1) ?? '') as { thumbnails: { bucket: string; source: string; thumbnail: string }[] };
    assert.deepEqual(result.thumbnails.map((t) => [t.bucket, t.source, t.thumbnail]), [
      ['photo-pipeline-dev-123456789012', 'uploads/2026/cat picture.jpg', 'thumbnails/2026/cat picture-200w.jpg'],
    ]);
  });
});
