// AWS IoT: a topic rule's Lambda action (`iot rule`: the message payload itself, as the rule's SELECT
// shapes it) and a custom authorizer request (`iot custom-authorizer`).
// Shapes: https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html,
// https://docs.aws.amazon.com/iot/latest/developerguide/config-custom-auth.html
import type { IoTCustomAuthorizerEvent, IoTEvent } from 'aws-lambda';
import { defineEvent } from './definition';
import { base64 } from './encoding';

export const iotEvents = {
  rule: defineEvent<IoTEvent<Record<string, unknown>>>({
    help: 'IoT topic rule invoking a function with the selected message (SELECT *, topic() AS topic)',
    params: {
      topic: { default: 'devices/thermostat-1/telemetry', help: 'MQTT topic the message arrived on' },
      payload: { default: '{"temperature":21.5,"humidity":40}', help: 'the device message as a JSON object', kind: 'json-object' },
    },
    generate: (ctx) => ({ ...ctx.object('payload'), topic: ctx.param('topic') }),
  }),
  'custom-authorizer': defineEvent<IoTCustomAuthorizerEvent>({
    help: 'IoT Core custom authorizer request from an MQTT client',
    params: {
      token: { default: 'allow', help: 'token the device sent' },
      'client-id': { default: 'thermostat-1', help: 'MQTT client id' },
      username: { default: 'device-user', help: 'MQTT user name' },
      password: { default: 'device-password', help: 'MQTT password (base64-encoded in the event)' },
    },
    generate: (ctx) => ({
      token: ctx.param('token'),
      signatureVerified: false,
      protocols: ['tls', 'mqtt'],
      protocolData: {
        tls: { serverName: 'example-ats.iot.us-east-1.amazonaws.com' },
        mqtt: { username: ctx.param('username'), password: base64(ctx.param('password')), clientId: ctx.param('client-id') },
      },
      connectionMetadata: { id: ctx.uuid() },
    }),
  }),
};
