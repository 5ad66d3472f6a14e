// CloudWatch sources (SAM's `cloudwatch scheduled-event`, `cloudwatch logs`): EventBridge's scheduled
// event and a Logs subscription delivery, whose payload is gzipped, base64-encoded JSON.
// Shapes: https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html
import type { CloudWatchLogsDecodedData, CloudWatchLogsEvent, ScheduledEvent } from 'aws-lambda';
import { accountParams, arn, timeParam } from './aws';
import { defineEvent, type GenerateContext, type ParamSpecs } from './definition';
import { gzipBase64, isoSeconds } from './encoding';

export const logsParams: ParamSpecs = {
  ...accountParams,
  ...timeParam,
  'log-group': { default: '/aws/lambda/example', help: 'log group name' },
  'log-stream': { default: '2024/01/01/[$LATEST]0123456789abcdef0123456789abcdef', help: 'log stream name' },
  messages: { default: '["[ERROR] First test message","[ERROR] Second test message"]', help: 'log messages as a JSON array of strings', kind: 'json' },
};

/** The decoded subscription payload: one log event per message, ids as CloudWatch writes them (56 digits). */
export function logsPayload(ctx: GenerateContext): CloudWatchLogsDecodedData {
  const messages = ctx.json('messages');
  const list = Array.isArray(messages) ? messages.map(String) : [String(messages)];
  const base = ctx.now.getTime();
  return {
    messageType: 'DATA_MESSAGE',
    owner: ctx.param('account-id'),
    logGroup: ctx.param('log-group'),
    logStream: ctx.param('log-stream'),
    subscriptionFilters: ['lambda-workbench-sample'],
    logEvents: list.map((message, i) => ({ id: `${base + i}`.padEnd(56, '0'), timestamp: base + i, message })),
  };
}

export const cloudwatchEvents = {
  'scheduled-event': defineEvent<ScheduledEvent>({
    help: 'EventBridge (CloudWatch Events) scheduled rule invocation',
    params: { ...accountParams, ...timeParam, rule: { default: 'ExampleRule', help: 'rule name' } },
    generate(ctx: GenerateContext) {
      return {
        version: '0',
        id: ctx.uuid(),
        'detail-type': 'Scheduled Event',
        source: 'aws.events',
        account: ctx.param('account-id'),
        time: isoSeconds(ctx.now),
        region: ctx.param('region'),
        resources: [arn(ctx, 'events', `rule/${ctx.param('rule')}`)],
        detail: {},
      };
    },
  }),
  logs: defineEvent<CloudWatchLogsEvent>({
    help: 'CloudWatch Logs subscription delivery (awslogs.data is gzipped base64 JSON)',
    params: logsParams,
    generate(ctx) {
      return { awslogs: { data: gzipBase64(JSON.stringify(logsPayload(ctx))) } };
    },
  }),
};
