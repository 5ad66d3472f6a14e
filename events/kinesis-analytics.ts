// Kinesis Data Analytics preprocessing invocations (SAM's `kinesis analytics`, `analytics-compressed`,
// `analytics-dynamodb`, `analytics-kpl`): records from the source stream, data base64 (gzipped, a
// DynamoDB-style row, or a KPL aggregate as the Kinesis Producer Library writes it).
// Shape: https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { accountParams, arn, timeParam } from './aws';
import { defineEvent, type GenerateContext, type ParamSpecs } from './definition';

export interface KinesisAnalyticsPreprocessingEvent {
  invocationId: string;
  applicationArn: string;
  streamArn: string;
  records: {
    recordId: string;
    kinesisStreamRecordMetadata: { sequenceNumber: string; partitionKey: string; shardId: string; approximateArrivalTimestamp: number };
    data: string;
  }[];
}

const params = (data: string): ParamSpecs => ({
  ...accountParams,
  ...timeParam,
  application: { default: 'example-application', help: 'application name' },
  stream: { default: 'example-stream', help: 'source stream name' },
  data: { default: data, help: 'record data as text' },
});

function event(ctx: GenerateContext, data: Buffer): KinesisAnalyticsPreprocessingEvent {
  return {
    invocationId: ctx.uuid(),
    applicationArn: arn(ctx, 'kinesisanalytics', `application/${ctx.param('application')}`),
    streamArn: arn(ctx, 'kinesis', `stream/${ctx.param('stream')}`),
    records: [
      {
        recordId: `${ctx.now.getTime()}`.padEnd(56, '0'),
        kinesisStreamRecordMetadata: {
          sequenceNumber: '49545115243490985018280067714973144582180062593244200961',
          partitionKey: 'partitionKey-03',
          shardId: 'shardId-000000000000',
          approximateArrivalTimestamp: ctx.now.getTime(),
        },
        data: data.toString('base64'),
      },
    ],
  };
}

const varint = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...varint(n >>> 7)]);
const field = (tag: number, bytes: Buffer): Buffer => Buffer.concat([Buffer.from([tag, ...varint(bytes.length)]), bytes]);

/** A KPL aggregated record: magic, protobuf AggregatedRecord (one key, one record), MD5 of the protobuf. */
function kplAggregate(partitionKey: string, data: string): Buffer {
  const record = Buffer.concat([Buffer.from([0x08, 0x00]), field(0x1a, Buffer.from(data, 'utf8'))]);
  const aggregated = Buffer.concat([field(0x0a, Buffer.from(partitionKey, 'utf8')), field(0x1a, record)]);
  return Buffer.concat([Buffer.from([0xf3, 0x89, 0x9a, 0xc2]), aggregated, createHash('md5').update(aggregated).digest()]);
}

const analytics = (help: string, data: string, encode: (text: string) => Buffer) =>
  defineEvent<KinesisAnalyticsPreprocessingEvent>({ help, params: params(data), generate: (ctx) => event(ctx, encode(ctx.param('data'))) });

export const kinesisAnalyticsEvents = {
  analytics: analytics('Kinesis Data Analytics preprocessing', 'This is a test from Kinesis Analytics', (t) => Buffer.from(t, 'utf8')),
  'analytics-compressed': analytics('Kinesis Data Analytics preprocessing of gzipped records', '{"sample":"data"}', (t) => gzipSync(Buffer.from(t, 'utf8'))),
  'analytics-dynamodb': analytics(
    'Kinesis Data Analytics preprocessing of DynamoDB-style rows',
    '{"ROWTIME_TIMESTAMP":"2017-12-15 01:09:50.000","VEHICLEID":"5","VEHICLECOUNT":18}',
    (t) => Buffer.from(t, 'utf8'),
  ),
  'analytics-kpl': analytics('Kinesis Data Analytics preprocessing of a KPL aggregated record', 'Hello from the KPL', (t) => kplAggregate('partitionKey-03', t)),
};
