import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { listSampleEvents } from '../../../events';
import type { FunctionTarget } from '../../../extension/debug/launch-arguments';
import { eventNameProblem, listFunctionEvents, loadTemplateSamples } from '../../../extension/events/function-events';
import { defaultEventName, samplePicks, triggerSources } from '../../../extension/events/sample-picks';
import type { TemplateFunction } from '../../../server/protocol';
import { photoPipelineDir } from '../../support/paths';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const fn = (id: string, type: string): TemplateFunction => ({ id, functionName: id, kind: 'sam', range, handler: 'index.handler', runtime: 'nodejs20.x', codeDir: photoPipelineDir, events: [{ name: 'Trigger', type, range }] });
const thumbnail: FunctionTarget = { templatePath: join(photoPipelineDir, 'template.yaml'), fn: fn('Thumbnail', 'S3') };

describe('extension: sample event picker', () => {
  it('offers the function\'s trigger sources first, from the real catalog', () => {
    const picks = samplePicks(listSampleEvents(), ['S3']);
    const firstOther = picks.findIndex((p) => !p.suggested);
    assert.ok(firstOther > 0, 'an S3 sample is suggested');
    assert.ok(picks.slice(0, firstOther).every((p) => p.sample.startsWith('s3:')));
    assert.ok(picks.some((p) => p.sample === 's3:put' && p.suggested));
    assert.equal(picks.length, listSampleEvents().length);
  });

  it('puts the samples of the template\'s own triggers on top, with the template\'s values', async () => {
    const samples = await loadTemplateSamples(thumbnail, 'us-east-1');
    const [first] = samplePicks(listSampleEvents(), ['S3'], samples);
    assert.equal(first.sample, 's3:put');
    assert.equal(first.trigger, 'PhotoUploaded');
    assert.match(first.params.key ?? '', /^uploads\/.*\.jpg$/);
    assert.equal(defaultEventName(first, []), 'PhotoUploaded');
  });

  it('maps SAM and serverless.yml trigger names to SAM CLI sources', () => {
    assert.deepEqual([...triggerSources(['HttpApi', 'sqs'])], ['apigateway', 'sqs']);
    assert.deepEqual([...triggerSources(['httpApi'])], ['apigateway']);
    assert.deepEqual([...triggerSources(['Schedule'])], ['cloudwatch', 'eventbridge']);
  });

  it('suggests a free event name', () => {
    assert.equal(defaultEventName({ sample: 's3:put' }, []), 's3-put');
    assert.equal(defaultEventName({ sample: 's3:put' }, ['s3-put', 's3-put-2']), 's3-put-3');
  });
});

describe('extension: saved events of a function', () => {
  it('lists the example\'s saved events beside its template', async () => {
    const events = await listFunctionEvents(thumbnail);
    assert.deepEqual(events.map((e) => [e.name, e.path]), [['photo-uploaded', join(photoPipelineDir, '.lambda-workbench', 'events', 'Thumbnail', 'photo-uploaded.json')]]);
  });

  it('explains why a name cannot be used', () => {
    assert.equal(eventNameProblem(thumbnail, 's3-put.v2', []), undefined);
    assert.equal(eventNameProblem(thumbnail, 'photo-uploaded', ['photo-uploaded']), 'An event with this name exists: photo-uploaded');
    assert.match(eventNameProblem(thumbnail, '../escape', []) ?? '', /letters, digits/);
  });
});
