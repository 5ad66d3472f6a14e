// SQS messages as Lambda's event source mapping delivers them (SAM's `sqs receive-message`).
// Shape: https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { accountParams, arn, opaqueToken, timeParam } from './aws';
import { defineEvent } from './definition';
import { md5Hex } from './encoding';

export const sqsEvents = {
  'receive-message': defineEvent<SQSEvent>({
    help: 'SQS message batch delivered to a function (FIFO attributes when the queue name ends in .fifo)',
    params: {
      ...accountParams,
      ...timeParam,
      'queue-name': { default: 'MyQueue', help: 'queue name (ending in .fifo for a FIFO queue)' },
      body: { default: 'Hello from SQS!', help: 'message body' },
      'message-group-id': { default: 'group-1', help: 'FIFO queues: message group id' },
    },
    generate(ctx) {
      const queue = ctx.param('queue-name');
      const body = ctx.param('body');
      const sent = ctx.now.getTime();
      const attributes: SQSRecord['attributes'] = {
        ApproximateReceiveCount: '1',
        SentTimestamp: String(sent),
        SenderId: 'AIDAEXAMPLESENDERID',
        ApproximateFirstReceiveTimestamp: String(sent + 5),
      };
      if (queue.endsWith('.fifo')) {
        attributes.SequenceNumber = `1${String(sent).padStart(19, '0')}`;
        attributes.MessageGroupId = ctx.param('message-group-id');
        // Content-based deduplication: SQS uses the SHA-256 of the body; any stable id of the body will do here.
        attributes.MessageDeduplicationId = md5Hex(body);
      }
      return {
        Records: [
          {
            messageId: ctx.uuid(),
            receiptHandle: opaqueToken(96),
            body,
            attributes,
            messageAttributes: {},
            md5OfBody: md5Hex(body),
            eventSource: 'aws:sqs',
            eventSourceARN: arn(ctx, 'sqs', queue),
            awsRegion: ctx.param('region'),
          },
        ],
      };
    },
  }),
};
