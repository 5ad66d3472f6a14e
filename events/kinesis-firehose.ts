// Kinesis Data Firehose data-transformation invocations (SAM's `kinesis kinesis-firehose`, `apachelog`,
// `syslog`, `streams-as-source`, `cloudwatch-logs-processor`): records carry base64 data, which --data
// takes already encoded, as SAM CLI's does.
// Shape: https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
import type { FirehoseTransformationEvent, FirehoseTransformationEventRecord } from 'aws-lambda';
import { accountParams, arn, timeParam } from './aws';
import { logsParams, logsPayload } from './cloudwatch';
import { defineEvent, type GenerateContext, type ParamSpecs } from './definition';
import { base64, gzipBase64 } from './encoding';
import { streamRecordParams } from './kinesis';

const deliveryStream: ParamSpecs = { 'delivery-stream': { default: 'example-delivery-stream', help: 'delivery stream name' } };

const firehoseParams = (text: string): ParamSpecs => ({
  ...accountParams,
  ...timeParam,
  ...deliveryStream,
  data: { default: base64(text), help: 'record data, base64-encoded', kind: 'base64' },
});

function transformation(ctx: GenerateContext, data: string, extra: Partial<FirehoseTransformationEventRecord> = {}): FirehoseTransformationEvent {
  return {
    invocationId: ctx.uuid(),
    deliveryStreamArn: arn(ctx, 'firehose', `deliverystream/${ctx.param('delivery-stream')}`),
    region: ctx.param('region'),
    // Firehose record ids are opaque 56-digit strings that grow with arrival time.
    records: [{ recordId: `${ctx.now.getTime()}`.padEnd(56, '0'), approximateArrivalTimestamp: ctx.now.getTime(), data, ...extra }],
  };
}

const plain = (help: string, data: string) =>
  defineEvent<FirehoseTransformationEvent>({
    help,
    params: firehoseParams(data),
    generate: (ctx) => transformation(ctx, ctx.param('data')),
  });

export const firehoseEvents = {
  'kinesis-firehose': plain('Kinesis Data Firehose transformation (Direct PUT source)', 'Hello, this is a test 123.'),
  apachelog: plain(
    'Kinesis Data Firehose transformation of Apache access log lines',
    '192.0.2.10 - - [07/Mar/2004:16:10:02 -0800] "GET /mailman/listinfo/hsdivision HTTP/1.1" 200 6291',
  ),
  syslog: plain(
    'Kinesis Data Firehose transformation of syslog lines',
    '<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - BOM\'su root\' failed for lonvick on /dev/pts/8',
  ),
  'streams-as-source': defineEvent<FirehoseTransformationEvent>({
    help: 'Kinesis Data Firehose transformation with a Kinesis stream as source',
    params: { ...streamRecordParams, ...firehoseParams('Hello, this is a test 123.') },
    generate(ctx) {
      const event = transformation(ctx, ctx.param('data'), {
        kinesisRecordMetadata: {
          shardId: 'shardId-000000000000',
          partitionKey: ctx.param('partition-key'),
          approximateArrivalTimestamp: ctx.now.getTime(),
          sequenceNumber: ctx.param('sequence'),
          subsequenceNumber: '',
        },
      });
      return { ...event, sourceKinesisStreamArn: arn(ctx, 'kinesis', `stream/${ctx.param('stream')}`) };
    },
  }),
  'cloudwatch-logs-processor': defineEvent<FirehoseTransformationEvent>({
    help: 'Kinesis Data Firehose transformation of a CloudWatch Logs subscription (gzipped base64 data)',
    params: { ...logsParams, ...deliveryStream },
    generate: (ctx) => transformation(ctx, gzipBase64(JSON.stringify(logsPayload(ctx)))),
  }),
};
