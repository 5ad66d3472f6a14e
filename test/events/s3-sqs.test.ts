import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { EventParameterError, generateSampleEvent, generateTypedEvent, parseSampleName, UnknownSampleEventError } from '../../events';

describe('events: S3 and SQS', () => {
  it('s3 put has the bucket ARN, URL-encoded key, size and a time from --time', () => {
    const event = generateTypedEvent('s3', 'put', { bucket: 'photos', key: 'uploads/my cat.jpg', size: '2048', time: '2024-05-01T10:00:00Z' });
    const record = event.Records[0];
    assert.equal(record.eventName, 'ObjectCreated:Put');
    assert.equal(record.s3.bucket.name, 'photos');
    assert.equal(record.s3.bucket.arn, 'arn:aws:s3:::photos');
    assert.equal(record.s3.object.key, 'uploads/my+cat.jpg');
    assert.equal(record.s3.object.size, 2048);
    assert.equal(record.eventTime, '2024-05-01T10:00:00.000Z');
  });

  it('sqs receive-message has the queue ARN and the MD5 of the body', () => {
    const event = generateTypedEvent('sqs', 'receive-message', { 'queue-name': 'jobs', body: 'hello', 'account-id': '111122223333', region: 'eu-central-1' });
    const record = event.Records[0];
    assert.equal(record.eventSourceARN, 'arn:aws:sqs:eu-central-1:111122223333:jobs');
    assert.equal(record.md5OfBody, createHash('md5').update('hello').digest('hex'));
    assert.equal(record.body, 'hello');
    assert.equal(record.attributes.MessageGroupId, undefined);
  });
});

describe('events: generator API', () => {
  it('parses SOURCE:TYPE names and names the valid choices for unknown ones', () => {
    assert.deepEqual(parseSampleName('apigateway:http-api-proxy'), { source: 'apigateway', type: 'http-api-proxy' });
    assert.throws(() => parseSampleName('s3'), /Sample event must be SOURCE:TYPE \(e\.g\. s3:put\): s3/);
    assert.throws(
      () => generateSampleEvent('s3', 'nope'),
      (e: unknown) => e instanceof UnknownSampleEventError && e.valid.join() === 'batch-invocation,delete,put',
    );
    assert.throws(() => generateSampleEvent('s3', 'put', { size: '1.5' }), (e: unknown) => e instanceof EventParameterError && e.parameter === 'size');
    assert.throws(() => generateSampleEvent('s3', 'put', { toString: 'x' }), /Unknown parameter: --toString/);
    assert.throws(() => generateSampleEvent('constructor', 'put'), UnknownSampleEventError);
  });
});
