// Kinesis Data Streams records (SAM's `kinesis get-records`): data base64-encoded, sequence numbers,
// shard event ids and the stream ARN derived from the parameters.
// Shape: https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
import type { KinesisStreamEvent } from 'aws-lambda';
import { accountParams, arn, timeParam } from './aws';
import { defineEvent, type ParamSpecs } from './definition';
import { base64, epochSeconds } from './encoding';

export const streamRecordParams: ParamSpecs = {
  ...accountParams,
  ...timeParam,
  stream: { default: 'example-stream', help: 'stream name' },
  data: { default: 'Hello, this is a test 123.', help: 'record data as text (base64-encoded in the event)' },
  'partition-key': { default: 'partitionKey-03', help: 'partition key' },
  sequence: { default: '49545115243490985018280067714973144582180062593244200961', help: 'sequence number', kind: 'integer' },
};

export const kinesisEvents = {
  'get-records': defineEvent<KinesisStreamEvent>({
    help: 'Kinesis Data Streams batch with one record',
    params: streamRecordParams,
    generate(ctx) {
      const sequenceNumber = ctx.param('sequence');
      return {
        Records: [
          {
            kinesis: {
              kinesisSchemaVersion: '1.0',
              partitionKey: ctx.param('partition-key'),
              sequenceNumber,
              data: base64(ctx.param('data')),
              approximateArrivalTimestamp: epochSeconds(ctx.now) + (ctx.now.getTime() % 1000) / 1000,
            },
            eventSource: 'aws:kinesis',
            eventVersion: '1.0',
            eventID: `shardId-000000000000:${sequenceNumber}`,
            eventName: 'aws:kinesis:record',
            invokeIdentityArn: arn(ctx, 'iam', 'role/lambda-role', { region: false }),
            awsRegion: ctx.param('region'),
            eventSourceARN: arn(ctx, 'kinesis', `stream/${ctx.param('stream')}`),
          },
        ],
      };
    },
  }),
};
