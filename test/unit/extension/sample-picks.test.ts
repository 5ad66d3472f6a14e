import { strict as assert } from 'node:assert';
import { defaultEventName, samplePicks, triggerSources } from '../../../extension/events/sample-picks';
import { listSampleEvents } from '../../../events';

describe('extension: sample event picker', () => {
  it('offers the function\'s trigger sources first, from the real catalog', () => {
    const picks = samplePicks(listSampleEvents(), ['S3']);
    const firstOther = picks.findIndex((p) => !p.suggested);
    assert.ok(firstOther > 0, 'an S3 sample is suggested');
    assert.ok(picks.slice(0, firstOther).every((p) => p.sample.startsWith('s3:')));
    assert.ok(picks.some((p) => p.sample === 's3:put' && p.suggested));
    assert.equal(picks.length, listSampleEvents().length);
  });

  it('maps SAM and serverless.yml trigger names to SAM CLI sources', () => {
    assert.deepEqual([...triggerSources(['HttpApi', 'sqs'])], ['apigateway', 'sqs']);
    assert.deepEqual([...triggerSources(['httpApi'])], ['apigateway']);
    assert.deepEqual([...triggerSources(['Schedule'])], ['cloudwatch', 'eventbridge']);
  });

  it('suggests a free event name', () => {
    assert.equal(defaultEventName('s3:put', []), 's3-put');
    assert.equal(defaultEventName('s3:put', ['s3-put', 's3-put-2']), 's3-put-3');
  });
});
