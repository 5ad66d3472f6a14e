// Amazon WorkMail synchronous/asynchronous run rules (SAM's `workmail …`): the message summary a rule
// passes to the function.
// Shape: https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html
import { defineEvent } from './definition';

export interface WorkMailEvent {
  summaryVersion: '2019-07-28';
  envelope: { mailFrom: { address: string }; recipients: { address: string }[] };
  sender: { address: string };
  subject: string;
  messageId: string;
  invocationId: string;
  flowDirection: 'INBOUND' | 'OUTBOUND';
  truncated: boolean;
}

export const workmailEvents = {
  message: defineEvent<WorkMailEvent>({
    help: 'WorkMail email flow rule invoking a function',
    params: {
      from: { default: 'from@example.com', help: 'sender address' },
      to: { default: 'recipient@example.com', help: 'recipient address' },
      subject: { default: 'Hello From Amazon WorkMail!', help: 'subject' },
      direction: { default: 'INBOUND', help: 'INBOUND or OUTBOUND' },
    },
    generate: (ctx) => ({
      summaryVersion: '2019-07-28',
      envelope: { mailFrom: { address: ctx.param('from') }, recipients: [{ address: ctx.param('to') }] },
      sender: { address: ctx.param('from') },
      subject: ctx.param('subject'),
      messageId: ctx.uuid(),
      invocationId: ctx.uuid().replace(/-/g, ''),
      flowDirection: ctx.param('direction') === 'OUTBOUND' ? 'OUTBOUND' : 'INBOUND',
      truncated: false,
    }),
  }),
};
