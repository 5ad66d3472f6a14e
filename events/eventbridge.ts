// EventBridge events delivered by a rule (`eventbridge custom-event`; SAM only has the scheduled one):
// your own source, detail-type and detail on a named bus.
// Shape: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html
import type { EventBridgeEvent } from 'aws-lambda';
import { accountParams, timeParam } from './aws';
import { defineEvent } from './definition';
import { isoSeconds } from './encoding';

export const eventbridgeEvents = {
  'custom-event': defineEvent<EventBridgeEvent<string, unknown>>({
    help: 'EventBridge custom event (PutEvents) matched by a rule',
    params: {
      ...accountParams,
      ...timeParam,
      source: { default: 'com.example.orders', help: 'event source' },
      'detail-type': { default: 'OrderPlaced', help: 'event detail-type' },
      detail: { default: '{"orderId":"1234","amount":42}', help: 'event detail as JSON', kind: 'json' },
      resources: { default: '[]', help: 'resource ARNs as a JSON array', kind: 'json' },
    },
    generate(ctx) {
      const resources = ctx.json('resources');
      return {
        version: '0',
        id: ctx.uuid(),
        'detail-type': ctx.param('detail-type'),
        source: ctx.param('source'),
        account: ctx.param('account-id'),
        time: isoSeconds(ctx.now),
        region: ctx.param('region'),
        resources: Array.isArray(resources) ? resources.map(String) : [],
        detail: ctx.json('detail'),
      };
    },
  }),
};

