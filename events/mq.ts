// Amazon MQ messages (`mq activemq`, `mq rabbitmq`; SAM lacks them). @types/aws-lambda has no types
// for these, so they are declared here from the Lambda developer guide's shapes.
// Shapes: https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
import { accountParams, arn, timeParam } from './aws';
import { defineEvent } from './definition';
import { base64 } from './encoding';

export interface ActiveMQEvent {
  eventSource: 'aws:mq';
  eventSourceArn: string;
  messages: {
    messageID: string;
    messageType: 'jms/text-message' | 'jms/bytes-message';
    timestamp: number;
    deliveryMode: number;
    correlationID: string;
    redelivered: boolean;
    destination: { physicalName: string };
    data: string;
    brokerInTime: number;
    brokerOutTime: number;
    properties: Record<string, string>;
  }[];
}

export interface RabbitMQEvent {
  eventSource: 'aws:rmq';
  eventSourceArn: string;
  rmqMessagesByQueue: Record<
    string,
    {
      basicProperties: {
        contentType: string;
        contentEncoding: string | null;
        headers: Record<string, unknown>;
        deliveryMode: number;
        priority: number;
        correlationId: string | null;
        replyTo: string | null;
        expiration: string;
        messageId: string | null;
        timestamp: string;
        type: string | null;
        userId: string | null;
        appId: string | null;
        clusterId: string | null;
        bodySize: number;
      };
      redelivered: boolean;
      data: string;
    }[]
  >;
}

const brokerParams = {
  ...accountParams,
  ...timeParam,
  broker: { default: 'test', help: 'broker name' },
  queue: { default: 'testQueue', help: 'queue name' },
  data: { default: 'ABC:AAAA', help: 'message body as text (base64-encoded in the event)' },
};

const brokerId = 'b-9bcfa592-423a-4942-879d-eb284b418fc8';

export const mqEvents = {
  activemq: defineEvent<ActiveMQEvent>({
    help: 'Amazon MQ for ActiveMQ messages batch',
    params: brokerParams,
    generate(ctx) {
      const time = ctx.now.getTime();
      return {
        eventSource: 'aws:mq',
        eventSourceArn: arn(ctx, 'mq', `broker:${ctx.param('broker')}:${brokerId}`),
        messages: [
          {
            messageID: `ID:${brokerId}-1.mq.${ctx.param('region')}.amazonaws.com-37557-1234520418293-4:1:1:1:1`,
            messageType: 'jms/text-message',
            timestamp: time,
            deliveryMode: 1,
            correlationID: ctx.uuid(),
            redelivered: false,
            destination: { physicalName: ctx.param('queue') },
            data: base64(ctx.param('data')),
            brokerInTime: time,
            brokerOutTime: time + 1,
            properties: { index: '1' },
          },
        ],
      };
    },
  }),
  rabbitmq: defineEvent<RabbitMQEvent>({
    help: 'Amazon MQ for RabbitMQ messages batch (by "queue::virtual-host")',
    params: { ...brokerParams, 'virtual-host': { default: '/', help: 'virtual host' } },
    generate(ctx) {
      const data = ctx.param('data');
      return {
        eventSource: 'aws:rmq',
        eventSourceArn: arn(ctx, 'mq', `broker:${ctx.param('broker')}:${brokerId}`),
        rmqMessagesByQueue: {
          [`${ctx.param('queue')}::${ctx.param('virtual-host')}`]: [
            {
              basicProperties: {
                contentType: 'text/plain',
                contentEncoding: null,
                headers: {},
                deliveryMode: 1,
                priority: 0,
                correlationId: null,
                replyTo: null,
                expiration: '60000',
                messageId: null,
                timestamp: ctx.now.toUTCString(),
                type: null,
                userId: 'AIDAEXAMPLEUSERID',
                appId: null,
                clusterId: null,
                bodySize: Buffer.byteLength(data),
              },
              redelivered: false,
              data: base64(data),
            },
          ],
        },
      };
    },
  }),
};
