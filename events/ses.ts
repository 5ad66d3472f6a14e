// SES email receiving (SAM's `ses email-receiving`): the mail's headers and common headers, the receipt
// verdicts and the Lambda action, with ARNs and message ids derived from the parameters.
// Shape: https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html
import type { SESEvent } from 'aws-lambda';
import { accountParams, arn, timeParam } from './aws';
import { defineEvent } from './definition';

export const sesEvents = {
  'email-receiving': defineEvent<SESEvent>({
    help: 'SES receipt rule invoking a function for an incoming email',
    params: {
      ...accountParams,
      ...timeParam,
      from: { default: 'janedoe@example.com', help: 'sender address' },
      to: { default: 'johndoe@example.com', help: 'recipient address' },
      subject: { default: 'Test Subject', help: 'subject' },
      function: { default: 'Example', help: 'name of the function the receipt rule invokes' },
      'dns-suffix': { default: '', help: 'domain of the receiving endpoint (default: REGION.amazonaws.com)' },
    },
    generate(ctx) {
      const from = ctx.param('from');
      const to = ctx.param('to');
      const subject = ctx.param('subject');
      const messageId = ctx.uuid().replace(/-/g, '').slice(0, 20);
      const date = ctx.now.toUTCString();
      const pass = { status: 'PASS' } as const;
      return {
        Records: [
          {
            eventSource: 'aws:ses',
            eventVersion: '1.0',
            ses: {
              mail: {
                timestamp: ctx.now.toISOString(),
                source: from,
                messageId,
                destination: [to],
                headersTruncated: false,
                headers: [
                  { name: 'Return-Path', value: `<${from}>` },
                  { name: 'Received', value: `from mail.example.com by inbound-smtp.${ctx.param('dns-suffix') || `${ctx.param('region')}.amazonaws.com`} with SMTP id ${messageId}; ${date}` },
                  { name: 'From', value: from },
                  { name: 'Date', value: date },
                  { name: 'To', value: to },
                  { name: 'Message-ID', value: `<${messageId}@mail.example.com>` },
                  { name: 'Subject', value: subject },
                  { name: 'MIME-Version', value: '1.0' },
                  { name: 'Content-Type', value: 'text/plain; charset=UTF-8' },
                ],
                commonHeaders: { returnPath: from, from: [from], date, to: [to], messageId: `<${messageId}@mail.example.com>`, subject },
              },
              receipt: {
                timestamp: ctx.now.toISOString(),
                processingTimeMillis: 574,
                recipients: [to],
                spamVerdict: pass,
                virusVerdict: pass,
                spfVerdict: pass,
                dkimVerdict: pass,
                dmarcVerdict: pass,
                dmarcPolicy: 'reject',
                action: { type: 'Lambda', functionArn: arn(ctx, 'lambda', `function:${ctx.param('function')}`), invocationType: 'Event' },
              },
            },
          },
        ],
      };
    },
  }),
};
