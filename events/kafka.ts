// Kafka records from Amazon MSK and self-managed clusters (`kafka msk`, `kafka self-managed`; SAM lacks
// them): records grouped by "topic-partition", key and value base64, headers as byte arrays.
// Shapes: https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
import type { MSKEvent, MSKRecord, SelfManagedKafkaEvent } from 'aws-lambda';
import { accountParams, arn, timeParam } from './aws';
import { defineEvent, type GenerateContext, type ParamSpecs } from './definition';
import { base64 } from './encoding';

const recordParams: ParamSpecs = {
  ...timeParam,
  topic: { default: 'mytopic', help: 'topic name' },
  'kafka-partition': { default: '0', help: 'topic partition number (--partition is the AWS partition)', kind: 'integer' },
  offset: { default: '15', help: 'record offset', kind: 'integer' },
  key: { default: 'key-1', help: 'record key as text (base64-encoded in the event)' },
  value: { default: '{"hello":"kafka"}', help: 'record value as text (base64-encoded in the event)' },
  headers: { default: '{"headerKey":"headerValue"}', help: 'record headers as a JSON object', kind: 'json-object' },
};

function records(ctx: GenerateContext): Record<string, MSKRecord[]> {
  const topic = ctx.param('topic');
  const partition = ctx.integer('kafka-partition');
  const record: MSKRecord = {
    topic,
    partition,
    offset: ctx.integer('offset'),
    timestamp: ctx.now.getTime(),
    timestampType: 'CREATE_TIME',
    key: base64(ctx.param('key')),
    value: base64(ctx.param('value')),
    // Lambda delivers each header value as the list of its bytes.
    headers: Object.entries(ctx.strings('headers')).map(([name, value]) => ({
      [name]: [...Buffer.from(value, 'utf8')],
    })),
  };
  return { [`${topic}-${partition}`]: [record] };
}

export const kafkaEvents = {
  msk: defineEvent<MSKEvent>({
    help: 'Amazon MSK records batch',
    params: { ...accountParams, ...recordParams, cluster: { default: 'demo-cluster', help: 'MSK cluster name' } },
    generate(ctx) {
      const region = ctx.param('region');
      const brokers = [1, 2].map((n) => `b-${n}.${ctx.param('cluster')}.abcdef.c2.kafka.${region}.amazonaws.com:9092`);
      return {
        eventSource: 'aws:kafka',
        eventSourceArn: arn(ctx, 'kafka', `cluster/${ctx.param('cluster')}/fc2f5bdf-fd1b-45ad-85dd-15b4a5a6247e-2`),
        bootstrapServers: brokers.join(','),
        records: records(ctx),
      };
    },
  }),
  'self-managed': defineEvent<SelfManagedKafkaEvent>({
    help: 'Self-managed Apache Kafka records batch',
    params: { ...recordParams, 'bootstrap-servers': { default: 'kafka1.example.com:9092,kafka2.example.com:9092', help: 'comma-separated brokers' } },
    generate(ctx) {
      return { eventSource: 'SelfManagedKafka', bootstrapServers: ctx.param('bootstrap-servers'), records: records(ctx) };
    },
  }),
};
