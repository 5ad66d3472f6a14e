import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { generateTypedEvent } from '../../events';

const decode = (data: string): string => Buffer.from(data, 'base64').toString('utf8');

describe('events: streams and queues', () => {
  it('cloudwatch logs: awslogs.data is gzipped base64 JSON with the log events', () => {
    const event = generateTypedEvent('cloudwatch', 'logs', { 'log-group': '/aws/lambda/photos', messages: '["one","two"]', 'account-id': '111122223333' });
    const payload = JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8')) as {
      owner: string;
      logGroup: string;
      logEvents: { id: string; message: string }[];
    };
    assert.equal(payload.owner, '111122223333');
    assert.equal(payload.logGroup, '/aws/lambda/photos');
    assert.deepEqual(payload.logEvents.map((e) => e.message), ['one', 'two']);
    assert.match(payload.logEvents[0].id, /^\d{56}$/);
  });

  it('dynamodb update: INSERT, MODIFY, REMOVE with the item marshalled and the stream ARN', () => {
    const event = generateTypedEvent('dynamodb', 'update', { table: 'Photos', item: '{"id":"p1","width":200,"tags":["a"]}', keys: 'id' });
    assert.deepEqual(event.Records.map((r) => r.eventName), ['INSERT', 'MODIFY', 'REMOVE']);
    const insert = event.Records[0];
    assert.deepEqual(insert.dynamodb?.Keys, { id: { S: 'p1' } });
    assert.deepEqual(insert.dynamodb?.NewImage, { id: { S: 'p1' }, width: { N: '200' }, tags: { L: [{ S: 'a' }] } });
    assert.match(insert.eventSourceARN ?? '', /^arn:aws:dynamodb:us-east-1:123456789012:table\/Photos\/stream\//);
    assert.ok((insert.dynamodb?.SizeBytes ?? 0) > 0);
  });

  it('kinesis get-records: data is base64 and the event id joins shard and sequence', () => {
    const event = generateTypedEvent('kinesis', 'get-records', { data: 'hello', stream: 'clicks', sequence: '42' });
    const record = event.Records[0];
    assert.equal(decode(record.kinesis.data), 'hello');
    assert.equal(record.eventID, 'shardId-000000000000:42');
    assert.equal(record.eventSourceARN, 'arn:aws:kinesis:us-east-1:123456789012:stream/clicks');
  });

  it('kinesis firehose: base64 data, and the CloudWatch Logs processor record is gzipped', () => {
    const direct = generateTypedEvent('kinesis', 'kinesis-firehose', { data: Buffer.from('row').toString('base64') });
    assert.equal(decode(direct.records[0].data), 'row');
    assert.throws(() => generateTypedEvent('kinesis', 'kinesis-firehose', { data: 'not base64!' }), /--data must be base64/);
    assert.equal(direct.deliveryStreamArn, 'arn:aws:firehose:us-east-1:123456789012:deliverystream/example-delivery-stream');
    const logs = generateTypedEvent('kinesis', 'cloudwatch-logs-processor', { messages: '["x"]' });
    const payload = JSON.parse(gunzipSync(Buffer.from(logs.records[0].data, 'base64')).toString('utf8')) as { logEvents: { message: string }[] };
    assert.equal(payload.logEvents[0].message, 'x');
    const streams = generateTypedEvent('kinesis', 'streams-as-source', { stream: 'src' });
    assert.equal(streams.sourceKinesisStreamArn, 'arn:aws:kinesis:us-east-1:123456789012:stream/src');
  });

  it('kinesis analytics-kpl: a KPL aggregate with magic, record data and the MD5 trailer', () => {
    const event = generateTypedEvent('kinesis', 'analytics-kpl', { data: 'aggregated' });
    const bytes = Buffer.from(event.records[0].data, 'base64');
    assert.deepEqual([...bytes.subarray(0, 4)], [0xf3, 0x89, 0x9a, 0xc2]);
    const body = bytes.subarray(4, bytes.length - 16);
    assert.deepEqual(bytes.subarray(bytes.length - 16), createHash('md5').update(body).digest());
    assert.ok(body.includes(Buffer.from('aggregated')));
  });

  it('sqs receive-message on a FIFO queue carries the group id and sequence number', () => {
    const event = generateTypedEvent('sqs', 'receive-message', { 'queue-name': 'orders.fifo', 'message-group-id': 'g7' });
    const { attributes } = event.Records[0];
    assert.equal(attributes.MessageGroupId, 'g7');
    assert.match(attributes.SequenceNumber ?? '', /^\d{20}$/);
  });

  it('kafka msk: records keyed topic-partition, key/value base64, headers as bytes', () => {
    const event = generateTypedEvent('kafka', 'msk', { topic: 'orders', 'kafka-partition': '3', value: '{"id":1}', headers: '{"h":"v"}' });
    const [record] = event.records['orders-3'];
    assert.equal(record.partition, 3);
    assert.equal(decode(record.value), '{"id":1}');
    assert.deepEqual(record.headers, [{ h: [0x76] }]);
    assert.equal(event.eventSource, 'aws:kafka');
    assert.match(event.eventSourceArn, /^arn:aws:kafka:us-east-1:123456789012:cluster\/demo-cluster\//);
  });

  it('documentdb change-event: the document with an ObjectId from the time, in its database and collection', () => {
    const event = generateTypedEvent('documentdb', 'change-event', { database: 'shop', collection: 'orders', document: '{"total":3}', time: '2024-01-01T00:00:00Z' });
    const change = event.events[0].event;
    assert.deepEqual(change.ns, { db: 'shop', coll: 'orders' });
    assert.equal(change.fullDocument.total, 3);
    assert.ok(change.documentKey._id.$oid.startsWith((Date.parse('2024-01-01T00:00:00Z') / 1000).toString(16)));
    assert.match(event.eventSourceArn, /^arn:aws:rds:us-east-1:123456789012:cluster:/);
  });

  it('mq: ActiveMQ messages and RabbitMQ messages by queue::vhost with base64 data and body size', () => {
    const active = generateTypedEvent('mq', 'activemq', { data: 'job', queue: 'jobs' });
    assert.equal(decode(active.messages[0].data), 'job');
    assert.equal(active.messages[0].destination.physicalName, 'jobs');
    const rabbit = generateTypedEvent('mq', 'rabbitmq', { data: 'héllo', queue: 'jobs' });
    const [message] = rabbit.rmqMessagesByQueue['jobs::/'];
    assert.equal(message.basicProperties.bodySize, 6);
    assert.equal(decode(message.data), 'héllo');
  });
});
