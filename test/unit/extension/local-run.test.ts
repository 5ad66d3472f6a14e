import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { FunctionTarget } from '../../../extension/debug/launch-arguments';
import { EventFileError, loadEvent } from '../../../extension/events/load-event';
import { invokeLocally } from '../../../extension/local-run';
import { summarizeRun } from '../../../extension/views/result-format';
import type { TemplateFunction } from '../../../server/protocol';
import { fixturesDir, photoPipelineDir } from '../../support/paths';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
/** What the server reports for the example's Thumbnail function (only `id` and the template path matter to a run). */
const thumbnail: TemplateFunction = {
  id: 'Thumbnail',
  functionName: 'Thumbnail',
  kind: 'sam',
  range,
  handler: 'index.handler',
  runtime: 'nodejs20.x',
  codeDir: join(photoPipelineDir, 'src', 'thumbnail'),
  events: [{ name: 'PhotoUploaded', type: 'S3', range }],
};
const target: FunctionTarget = { templatePath: join(photoPipelineDir, 'template.yaml'), fn: thumbnail };
const savedEvent = { kind: 'file' as const, name: 'photo-uploaded', path: join(photoPipelineDir, '.lambda-workbench', 'events', 'Thumbnail', 'photo-uploaded.json') };

describe('extension: Run locally', () => {
  it('runs the example\'s Thumbnail with its saved S3 event: payload, log lines and REPORT', async () => {
    const lines: string[] = [];
    const unresolved: string[] = [];
    const result = await invokeLocally(target, savedEvent, { nodePath: process.execPath, region: 'us-east-1', onLog: (line) => lines.push(line), onUnresolved: (setting) => unresolved.push(setting) });
    const payload = JSON.parse(result.payload) as { requestId: string; thumbnails: { thumbnail: string }[] };
    assert.equal(payload.requestId, result.requestId);
    assert.deepEqual(payload.thumbnails.map((t) => t.thumbnail), ['thumbnails/2026/beach-200w.jpg']);
    assert.ok(lines.some((l) => l.includes('resizing s3://photo-pipeline-dev-123456789012/uploads/2026/beach.jpg to 200px')), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith(`REPORT RequestId: ${result.requestId}`)), lines.join('\n'));
    assert.ok(unresolved.includes('Environment.QUEUE_URL'), 'a !Ref to a queue is only known on AWS');
    const summary = summarizeRun(result);
    assert.equal(summary.ok, true);
    assert.match(summary.figures, /^\d+\.\d ms · billed \d+ ms · \d+\/512 MB · init \d+\.\d ms$/);
  });

  it('reports a handler error with Lambda\'s error type', async () => {
    const broken: FunctionTarget = { templatePath: join(fixturesDir, 'extension-run', 'template.yaml'), fn: { ...thumbnail, id: 'Broken' } };
    const result = await invokeLocally(broken, { kind: 'none' }, { nodePath: process.execPath, region: 'us-east-1', onLog: () => undefined, onUnresolved: () => undefined });
    assert.equal(result.functionError, 'Unhandled');
    const summary = summarizeRun(result);
    assert.equal(summary.ok, false);
    assert.equal(summary.errorType, 'Runtime.HandlerNotFound');
  });
});

describe('extension: events for a local run', () => {
  it('loads a saved event, a sample event, or an empty one', async () => {
    assert.equal(((await loadEvent(savedEvent)) as { Records: unknown[] }).Records.length, 1);
    const sample = (await loadEvent({ kind: 'sample', sampleEvent: 's3:put' })) as { Records: { eventSource: string }[] };
    assert.equal(sample.Records[0].eventSource, 'aws:s3');
    assert.deepEqual(await loadEvent({ kind: 'none' }), {});
  });

  it('names the file that is not JSON', async () => {
    const path = join(fixturesDir, 'extension-run', 'not-json.json');
    await assert.rejects(loadEvent({ kind: 'file', name: 'not-json', path }), (e: Error) => e instanceof EventFileError && e.message.endsWith(`: ${path}`));
  });
});
