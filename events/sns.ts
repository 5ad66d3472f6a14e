// SNS notifications as Lambda receives them (SAM's `sns notification`).
// Shape: https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
import type { SNSEvent } from 'aws-lambda';
import { accountParams, arn, opaqueToken, timeParam } from './aws';
import { defineEvent } from './definition';

export const snsEvents = {
  notification: defineEvent<SNSEvent>({
    help: 'SNS topic notification',
    params: {
      ...accountParams,
      ...timeParam,
      topic: { default: 'ExampleTopic', help: 'topic name' },
      subject: { default: 'example subject', help: 'message subject' },
      message: { default: 'example message', help: 'message text' },
      attributes: { default: '{}', help: 'message attributes as a JSON object', kind: 'json-object' },
    },
    generate(ctx) {
      const topicArn = arn(ctx, 'sns', ctx.param('topic'));
      const host = `sns.${ctx.param('region')}.amazonaws.com`;
      const messageAttributes = Object.fromEntries(
        Object.entries(ctx.object('attributes')).map(([name, value]) => [
          name,
          { Type: typeof value === 'number' ? 'Number' : 'String', Value: String(value) },
        ]),
      );
      const subscriptionArn = `${topicArn}:${ctx.uuid()}`;
      return {
        Records: [
          {
            EventVersion: '1.0',
            EventSubscriptionArn: subscriptionArn,
            EventSource: 'aws:sns',
            Sns: {
              SignatureVersion: '1',
              Timestamp: ctx.now.toISOString(),
              Signature: opaqueToken(256),
              SigningCertUrl: `https://${host}/SimpleNotificationService-0000000000000000000000.pem`,
              MessageId: ctx.uuid(),
              Message: ctx.param('message'),
              MessageAttributes: messageAttributes,
              Type: 'Notification',
              UnsubscribeUrl: `https://${host}/?Action=Unsubscribe&SubscriptionArn=${subscriptionArn}`,
              TopicArn: topicArn,
              Subject: ctx.param('subject'),
            },
          },
        ],
      };
    },
  }),
};
