// Alexa requests: custom skills (SAM's `alexa-skills-kit start-session`, `intent-*`, `end-session`) and
// Smart Home directives (`alexa-smart-home …`). @types/aws-lambda has no Alexa types, so they are here.
// Shapes: https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
import { timeParam } from './aws';
import { defineEvent, type GenerateContext, type ParamSpecs } from './definition';
import { isoSeconds } from './encoding';

interface AlexaIntent {
  name: string;
  confirmationStatus: 'NONE' | 'CONFIRMED' | 'DENIED';
  slots?: Record<string, { name: string; value: string }>;
}

export interface AlexaSkillRequest {
  version: '1.0';
  session: { new: boolean; sessionId: string; application: { applicationId: string }; attributes: Record<string, unknown>; user: { userId: string } };
  context: { System: { application: { applicationId: string }; user: { userId: string }; device: { deviceId: string; supportedInterfaces: Record<string, unknown> }; apiEndpoint: string } };
  request:
    | { type: 'LaunchRequest'; requestId: string; timestamp: string; locale: string }
    | { type: 'IntentRequest'; requestId: string; timestamp: string; locale: string; dialogState?: string; intent: AlexaIntent }
    | { type: 'SessionEndedRequest'; requestId: string; timestamp: string; locale: string; reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' };
}

export interface AlexaSmartHomeDirective {
  directive: {
    header: { namespace: string; name: string; payloadVersion: '3'; messageId: string; correlationToken?: string };
    endpoint?: { scope: { type: 'BearerToken'; token: string }; endpointId: string; cookie: Record<string, string> };
    payload: { scope?: { type: 'BearerToken'; token: string } };
  };
}

// SAM's option names and defaults for every custom-skill type.
const skillParams: ParamSpecs = {
  ...timeParam,
  'session-id': { default: '123456789012', help: 'session id suffix (amzn1.echo-api.session.…)' },
  'user-id': { default: 'testUser', help: 'user id suffix (amzn1.ask.account.…)' },
  'application-id': { default: '987654321', help: 'skill id suffix (amzn1.ask.skill.…)' },
  'request-id': { default: '1234', help: 'request id suffix (amzn1.echo-api.request.…)' },
  locale: { default: 'en-US', help: 'locale' },
};

function skillRequest(ctx: GenerateContext, request: (base: { requestId: string; timestamp: string; locale: string }) => AlexaSkillRequest['request']): AlexaSkillRequest {
  const application = { applicationId: `amzn1.ask.skill.${ctx.param('application-id')}` };
  const user = { userId: `amzn1.ask.account.${ctx.param('user-id')}` };
  const built = request({ requestId: `amzn1.echo-api.request.${ctx.param('request-id')}`, timestamp: isoSeconds(ctx.now), locale: ctx.param('locale') });
  return {
    version: '1.0',
    session: { new: built.type === 'LaunchRequest', sessionId: `amzn1.echo-api.session.${ctx.param('session-id')}`, application, attributes: {}, user },
    context: { System: { application, user, device: { deviceId: 'amzn1.ask.device.EXAMPLE', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: built,
  };
}

const intent = (help: string, name: string, slots: Record<string, string> = {}) =>
  defineEvent<AlexaSkillRequest>({
    help,
    params: skillParams,
    generate: (ctx) =>
      skillRequest(ctx, (base) => ({
        type: 'IntentRequest',
        ...base,
        intent: { name, confirmationStatus: 'NONE', slots: Object.fromEntries(Object.entries(slots).map(([slot, value]) => [slot, { name: slot, value }])) },
      })),
  });

export const alexaSkillsKitEvents = {
  'start-session': defineEvent<AlexaSkillRequest>({ help: 'Alexa LaunchRequest (new session)', params: skillParams, generate: (ctx) => skillRequest(ctx, (base) => ({ type: 'LaunchRequest', ...base })) }),
  'intent-answer': intent('Alexa AnswerIntent request', 'AnswerIntent', { Answer: '2' }),
  'intent-getnewfact': intent('Alexa GetNewFactIntent request', 'GetNewFactIntent'),
  'intent-mycoloris': intent('Alexa MyColorIsIntent request', 'MyColorIsIntent', { Color: 'blue' }),
  'intent-recipe': intent('Alexa RecipeIntent request', 'RecipeIntent', { Item: 'snowball' }),
  'end-session': defineEvent<AlexaSkillRequest>({
    help: 'Alexa SessionEndedRequest',
    params: skillParams,
    generate: (ctx) => skillRequest(ctx, (base) => ({ type: 'SessionEndedRequest', ...base, reason: 'USER_INITIATED' })),
  }),
};

const smartHomeParams: ParamSpecs = {
  token: { default: 'access-token-from-skill', help: 'OAuth bearer token of the linked account' },
  'endpoint-id': { default: 'endpoint-001', help: 'endpoint (device) id' },
};

const power = (name: 'TurnOn' | 'TurnOff') =>
  defineEvent<AlexaSmartHomeDirective>({
    help: `Alexa Smart Home PowerController.${name} directive`,
    params: smartHomeParams,
    generate: (ctx) => ({
      directive: {
        header: { namespace: 'Alexa.PowerController', name, payloadVersion: '3', messageId: ctx.uuid(), correlationToken: Buffer.from(ctx.uuid()).toString('base64') },
        endpoint: { scope: { type: 'BearerToken', token: ctx.param('token') }, endpointId: ctx.param('endpoint-id'), cookie: {} },
        payload: {},
      },
    }),
  });

export const alexaSmartHomeEvents = {
  'smart-home-discovery-request': defineEvent<AlexaSmartHomeDirective>({
    help: 'Alexa Smart Home Discovery directive',
    params: { token: smartHomeParams.token },
    generate: (ctx) => ({
      directive: {
        header: { namespace: 'Alexa.Discovery', name: 'Discover', payloadVersion: '3', messageId: ctx.uuid() },
        payload: { scope: { type: 'BearerToken', token: ctx.param('token') } },
      },
    }),
  }),
  'smart-home-control-turn-on-request': power('TurnOn'),
  'smart-home-control-turn-off-request': power('TurnOff'),
};
