// Maps a function's declared trigger (SAM `Events` entry or serverless.yml `events` item) to the sample
// event source, type and parameters that match it: S3 bucket and key filters, queue, topic, stream, HTTP
// route and method, schedule and its input, EventBridge pattern, Cognito trigger, Kafka topic, …
import type { EventModel } from '../template-model';
import { TemplateEventError } from './definition';
import { fillRoute, hasRouteParameters } from './http';
import { TemplateValues } from './template-values';

export interface TemplateSampleSpec {
  source: string;
  type: string;
  params: Record<string, string>;
  /** A schedule's `Input`: Lambda receives this constant JSON instead of the scheduled event. */
  constantInput?: unknown;
}

type Props = Record<string, unknown>;

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** Drops entries whose value could not be resolved, so the generator's defaults apply. */
function defined(params: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

function s3(values: TemplateValues, bucket: unknown, events: unknown, rules: { prefix?: string; suffix?: string }): TemplateSampleSpec {
  const removed = String(first(events) ?? '').startsWith('s3:ObjectRemoved');
  const key = `${rules.prefix ?? ''}example${rules.suffix ?? '.txt'}`;
  return { source: 's3', type: removed ? 'delete' : 'put', params: defined({ bucket: values.text(bucket), key }) };
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** ANY, `*` and whatever is not an HTTP method (another provider's syntax) sample as GET. */
function http(path: string, method: string): { path: string; method: string } {
  const normalised = path.startsWith('/') ? path : `/${path}`;
  const verb = method.toUpperCase();
  return { path: normalised, method: METHODS.includes(verb) ? verb : 'GET' };
}

const BODYLESS = ['GET', 'HEAD', 'DELETE', 'OPTIONS'];

function restApi(path: string, method: string, stage: string): TemplateSampleSpec {
  const route = http(path, method);
  const filled = hasRouteParameters(route.path) ? fillRoute(route.path) : route.path;
  const params = defined({ resource: route.path, path: filled, method: route.method, stage });
  return { source: 'apigateway', type: 'aws-proxy', params: BODYLESS.includes(route.method) ? { ...params, body: '' } : params };
}

function httpApi(path: string | undefined, method: string | undefined): TemplateSampleSpec {
  if (!path || path === '*') return { source: 'apigateway', type: 'http-api-proxy', params: {} };
  const route = http(path, method ?? 'GET');
  const params = { route: route.path, path: fillRoute(route.path), method: route.method };
  return { source: 'apigateway', type: 'http-api-proxy', params };
}

function schedule(rule: string, input: unknown): TemplateSampleSpec {
  let constant = input;
  if (typeof input === 'string') {
    try {
      constant = JSON.parse(input) as unknown;
    } catch {
      throw new TemplateEventError(`Schedule Input is not valid JSON: ${input}`, []);
    }
  }
  return { source: 'cloudwatch', type: 'scheduled-event', params: { rule }, ...(constant !== undefined ? { constantInput: constant } : {}) };
}

function eventBridge(values: TemplateValues, pattern: unknown): TemplateSampleSpec {
  const p = (pattern ?? {}) as Props;
  return {
    source: 'eventbridge',
    type: 'custom-event',
    params: defined({ source: values.text(first(p.source)), 'detail-type': values.text(first(p['detail-type'])) }),
  };
}

const COGNITO: Record<string, string> = {
  PreSignUp: 'pre-sign-up',
  PostConfirmation: 'post-confirmation',
  PreAuthentication: 'pre-authentication',
  PostAuthentication: 'post-authentication',
  PreTokenGeneration: 'pre-token-generation',
  CustomMessage: 'custom-message',
  DefineAuthChallenge: 'define-auth-challenge',
  CreateAuthChallenge: 'create-auth-challenge',
  VerifyAuthChallengeResponse: 'verify-auth-challenge-response',
  UserMigration: 'user-migration',
};

function cognito(trigger: unknown): TemplateSampleSpec | undefined {
  const name = String(first(trigger) ?? '');
  const type = COGNITO[name] ?? COGNITO[name.charAt(0).toUpperCase() + name.slice(1)];
  return type ? { source: 'cognito', type, params: {} } : undefined;
}

function stream(values: TemplateValues, arn: unknown, kind?: string): TemplateSampleSpec {
  const text = values.text(arn) ?? '';
  const name = TemplateValues.nameOf(text);
  return kind === 'dynamodb' || text.includes(':dynamodb:')
    ? { source: 'dynamodb', type: 'update', params: defined({ table: name }) }
    : { source: 'kinesis', type: 'get-records', params: defined({ stream: name }) };
}

/** SAM event types (`Type:` under a function's `Events`). */
function fromSam(values: TemplateValues, functionId: string, event: EventModel): TemplateSampleSpec | undefined {
  const p = (event.properties ?? {}) as Props;
  const text = (value: unknown): string | undefined => values.text(value);
  switch (event.type) {
    case 'S3': {
      const rules = ((((p.Filter as Props | undefined)?.S3Key as Props | undefined)?.Rules ?? []) as { Name?: string; Value?: unknown }[]);
      const find = (name: string) => text(rules.find((r) => r.Name?.toLowerCase() === name)?.Value);
      return s3(values, p.Bucket, p.Events, { prefix: find('prefix'), suffix: find('suffix') });
    }
    case 'SQS':
      return { source: 'sqs', type: 'receive-message', params: defined({ 'queue-name': TemplateValues.nameOf(text(p.Queue) ?? '') }) };
    case 'SNS':
      return { source: 'sns', type: 'notification', params: defined({ topic: TemplateValues.nameOf(text(p.Topic) ?? '') }) };
    case 'Kinesis':
    case 'DynamoDB':
      return stream(values, p.Stream, event.type === 'DynamoDB' ? 'dynamodb' : 'kinesis');
    case 'Api':
      // SAM's implicit ServerlessRestApi deploys the stage "Prod"; an explicit API names its own.
      return restApi(text(p.Path) ?? '/', text(p.Method) ?? 'GET', values.property(p.RestApiId, 'StageName') ?? 'Prod');
    case 'HttpApi':
      return httpApi(text(p.Path), text(p.Method));
    case 'Schedule':
    case 'ScheduleV2':
      return schedule(text(p.Name) ?? `${functionId}${event.name}`, p.Input);
    case 'CloudWatchEvent':
    case 'EventBridgeRule':
      return eventBridge(values, p.Pattern);
    case 'CloudWatchLogs':
      return { source: 'cloudwatch', type: 'logs', params: defined({ 'log-group': text(p.LogGroupName) }) };
    case 'Cognito':
      return cognito(p.Trigger);
    case 'MSK':
      return { source: 'kafka', type: 'msk', params: defined({ topic: text(first(p.Topics)), cluster: TemplateValues.nameOf(text(p.Stream) ?? '').split('/')[0] }) };
    case 'SelfManagedKafka':
      return { source: 'kafka', type: 'self-managed', params: defined({ topic: text(first(p.Topics)) }) };
    case 'MQ':
      return { source: 'mq', type: 'activemq', params: defined({ queue: text(first(p.Queues)) }) };
    case 'IoTRule':
      return { source: 'iot', type: 'rule', params: defined({ topic: /FROM\s+'([^']+)'/i.exec(text(p.Sql) ?? '')?.[1] }) };
    case 'AlexaSkill':
      return { source: 'alexa-skills-kit', type: 'start-session', params: {} };
    case 'DocumentDB':
      return { source: 'documentdb', type: 'change-event', params: defined({ cluster: TemplateValues.nameOf(text(p.Cluster) ?? ''), database: text(p.DatabaseName), collection: text(p.CollectionName) }) };
    default:
      return undefined;
  }
}

/** serverless.yml event keys (`- s3: …`, `- http: …`, …). */
function fromServerless(values: TemplateValues, functionId: string, event: EventModel): TemplateSampleSpec | undefined {
  const raw = event.properties;
  const p = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Props;
  const text = (value: unknown): string | undefined => values.text(value);
  const shorthand = typeof raw === 'string' ? text(raw) : undefined;
  switch (event.type) {
    case 's3': {
      const rules = (Array.isArray(p.rules) ? p.rules : []) as Props[];
      const rule = (name: string) => text(rules.find((r) => name in r)?.[name]);
      return s3(values, shorthand ?? p.bucket, p.event ?? 's3:ObjectCreated:*', { prefix: rule('prefix'), suffix: rule('suffix') });
    }
    case 'sqs':
      return { source: 'sqs', type: 'receive-message', params: defined({ 'queue-name': TemplateValues.nameOf(shorthand ?? text(p.arn) ?? '') }) };
    case 'sns':
      return { source: 'sns', type: 'notification', params: defined({ topic: TemplateValues.nameOf(shorthand ?? text(p.topicName) ?? text(p.arn) ?? '') }) };
    case 'stream':
      return stream(values, shorthand ?? p.arn, text(p.type));
    case 'http': {
      const words = shorthand?.split(/\s+/) ?? [];
      const [method, path] = words.length === 2 ? words : [text(p.method) ?? 'GET', words[0] ?? text(p.path) ?? '/'];
      return restApi(path, method, values.scope.stage);
    }
    case 'httpApi': {
      if (shorthand === '*') return httpApi(undefined, undefined);
      const [method, path] = shorthand ? shorthand.split(/\s+/) : [text(p.method), text(p.path)];
      return httpApi(path, method);
    }
    case 'schedule':
      return schedule(text(p.name) ?? `${functionId}-${event.name}`, p.input);
    case 'eventBridge':
      return eventBridge(values, p.pattern);
    case 'cloudwatchLog':
      return { source: 'cloudwatch', type: 'logs', params: defined({ 'log-group': shorthand ?? text(p.logGroup) }) };
    case 'cognitoUserPool':
      return cognito(p.trigger);
    case 'alb': {
      const conditions = (p.conditions ?? {}) as Props;
      return { source: 'alb', type: 'request', params: defined({ path: text(first(conditions.path)), method: text(first(conditions.method))?.toUpperCase() }) };
    }
    case 'msk':
      return { source: 'kafka', type: 'msk', params: defined({ topic: text(p.topic) }) };
    case 'kafka':
      return { source: 'kafka', type: 'self-managed', params: defined({ topic: text(p.topic) }) };
    case 'activemq':
    case 'rabbitmq':
      return { source: 'mq', type: event.type, params: defined({ queue: text(p.queue) }) };
    case 'iot':
      return { source: 'iot', type: 'rule', params: defined({ topic: /FROM\s+'([^']+)'/i.exec(text(p.sql) ?? '')?.[1] }) };
    case 'alexaSkill':
      return { source: 'alexa-skills-kit', type: 'start-session', params: {} };
    case 'websocket':
      return { source: 'apigateway', type: 'websocket', params: defined({ 'route-key': shorthand ?? text(p.route), stage: values.scope.stage }) };
    case 'cloudFront': {
      const byType: Record<string, string> = {
        'viewer-request': 'http-redirect',
        'origin-request': 'simple-remote-call',
        'origin-response': 'modify-response-header',
        'viewer-response': 'access-request-in-response',
      };
      const type = byType[text(p.eventType) ?? 'viewer-request'];
      return type ? { source: 'cloudfront', type, params: {} } : undefined;
    }
    default:
      return undefined;
  }
}

export function sampleSpecFor(values: TemplateValues, functionId: string, kind: 'sam' | 'cloudformation' | 'serverless', event: EventModel): TemplateSampleSpec | undefined {
  return kind === 'serverless' ? fromServerless(values, functionId, event) : fromSam(values, functionId, event);
}
