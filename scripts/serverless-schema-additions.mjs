// What the framework's serverless.yml schema lacks, added by build-serverless-schema.mjs: descriptions
// (shown on hover and in messages), newer regions, and the known settings of popular plugins.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Path (`function.` = a function's settings, `event.` = an event type) → description. */
export const DESCRIPTIONS = {
  service: 'Name of the service; part of every deployed resource name.',
  frameworkVersion: 'Serverless Framework versions this service works with (semver range, e.g. "3").',
  provider: 'Cloud provider and its settings shared by all functions.',
  'provider.name': 'Provider: aws.',
  'provider.runtime': 'Default Lambda runtime of the functions, e.g. nodejs20.x.',
  'provider.stage': 'Default stage (overridden by --stage; default dev).',
  'provider.memorySize': 'Default memory of the functions in MB (128–10240; default 1024).',
  'provider.timeout': 'Default timeout of the functions in seconds (1–900; default 6).',
  'provider.environment': 'Environment variables of every function.',
  'provider.iam': 'IAM role of the functions (statements, managed policies) or an existing role.',
  'provider.apiGateway': 'Settings of the REST API (API Gateway v1) created for http events.',
  'provider.httpApi': 'Settings of the HTTP API (API Gateway v2) created for httpApi events.',
  'provider.vpc': 'VPC (security groups and subnets) of every function.',
  'provider.tracing': 'X-Ray tracing for Lambda and API Gateway.',
  'provider.logs': 'Logging of Lambda, REST API, HTTP API, WebSocket API.',
  'provider.deploymentBucket': 'S3 bucket that holds deployment artifacts.',
  'provider.layers': 'Lambda layers (ARNs) of every function.',
  'provider.architecture': 'Instruction set of every function: x86_64 (default) or arm64.',
  functions: 'The Lambda functions of the service, by name.',
  'function.handler': 'Handler: path/to/file.exportName, relative to the service directory.',
  'function.runtime': 'Lambda runtime of this function (overrides provider.runtime).',
  'function.memorySize': 'Memory in MB (128–10240).',
  'function.timeout': 'Timeout in seconds (1–900).',
  'function.events': 'Events that invoke the function.',
  'function.environment': 'Environment variables of this function (merged over provider.environment).',
  'function.name': 'Deployed function name (default service-stage-function).',
  'function.layers': 'Lambda layers (ARNs) of this function.',
  'function.reservedConcurrency': 'Reserved concurrent executions.',
  'function.provisionedConcurrency': 'Provisioned concurrent executions.',
  'function.ephemeralStorageSize': 'Size of /tmp in MB (512–10240).',
  'function.image': 'Container image of the function (instead of handler and runtime).',
  'function.url': 'Lambda function URL.',
  'event.http': 'REST API (API Gateway v1) endpoint: "METHOD /path" or { method, path, … }.',
  'event.httpApi': 'HTTP API (API Gateway v2) route: "METHOD /path", "*" or { method, path, … }.',
  'event.websocket': 'WebSocket API route.',
  'event.s3': 'S3 bucket notification.',
  'event.sqs': 'SQS queue poller (queue ARN or { arn, batchSize, … }).',
  'event.sns': 'SNS topic subscription.',
  'event.stream': 'DynamoDB or Kinesis stream poller.',
  'event.schedule': 'EventBridge schedule: rate(…) or cron(…).',
  'event.eventBridge': 'EventBridge rule.',
  'event.cloudwatchEvent': 'CloudWatch Events rule.',
  'event.cloudwatchLog': 'CloudWatch Logs subscription filter.',
  'event.cognitoUserPool': 'Cognito user pool trigger.',
  'event.alb': 'Application Load Balancer listener rule.',
  'event.alexaSkill': 'Alexa Skills Kit trigger.',
  'event.iot': 'AWS IoT topic rule.',
  'event.msk': 'Amazon MSK (Kafka) poller.',
  'event.kafka': 'Self-managed Kafka poller.',
  'event.activemq': 'Amazon MQ for ActiveMQ poller.',
  'event.rabbitmq': 'Amazon MQ for RabbitMQ poller.',
  layers: 'Lambda layers built from this service.',
  package: 'How the service (or function) is packaged.',
  plugins: 'Serverless Framework plugins (npm packages) to load.',
  custom: 'Free-form settings, for variables and plugins.',
  params: 'Parameters per stage (default: for all stages), read with ${param:name}.',
  resources: 'CloudFormation resources, outputs and more merged into the stack.',
};

/** Regions where Lambda runs (the framework's v3.40 list plus the newer ones). */
export const REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'us-gov-east-1', 'us-gov-west-1', 'us-iso-east-1', 'us-iso-west-1',
  'us-isob-east-1', 'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1',
  'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-7',
  'ca-central-1', 'ca-west-1', 'cn-north-1', 'cn-northwest-1', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1',
  'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'il-central-1', 'me-central-1', 'me-south-1', 'mx-central-1', 'sa-east-1',
];

/** serverless-offline's settings, read from its own option table (custom.serverless-offline mirrors the CLI). */
async function offlineSettings() {
  const packageDir = join(root, 'node_modules', 'serverless-offline');
  const file = join(packageDir, 'src', 'config', 'commandOptions.js');
  const { default: options } = await import(pathToFileURL(file).href);
  const properties = {};
  for (const [name, option] of Object.entries(options)) {
    properties[name] = { type: option.type === 'boolean' ? 'boolean' : ['string', 'number'], description: option.usage };
  }
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  return { type: 'object', properties, additionalProperties: false, 'x-plugin': 'serverless-offline', description: `serverless-offline ${version} settings.` };
}

/**
 * serverless-esbuild's documented settings (README, v1.5x). Other keys pass through to esbuild itself,
 * so unknown keys are allowed here.
 */
const ESBUILD = {
  type: 'object',
  'x-plugin': 'serverless-esbuild',
  description: 'serverless-esbuild settings; other keys are passed to esbuild.',
  properties: {
    bundle: { type: 'boolean' },
    minify: { type: 'boolean' },
    sourcemap: { anyOf: [{ type: 'boolean' }, { enum: ['inline', 'external', 'linked', 'both'] }] },
    keepNames: { type: 'boolean' },
    target: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    platform: { enum: ['node', 'browser', 'neutral'] },
    format: { enum: ['cjs', 'esm', 'iife'] },
    packager: { enum: ['npm', 'yarn', 'pnpm'] },
    packagerOptions: { type: 'object' },
    exclude: { anyOf: [{ const: '*' }, { type: 'array', items: { type: 'string' } }] },
    external: { type: 'array', items: { type: 'string' } },
    plugins: { type: 'string' },
    config: { type: 'string' },
    watch: { type: 'object' },
    concurrency: { type: 'integer', minimum: 1 },
    zipConcurrency: { type: 'integer', minimum: 1 },
    nativeZip: { type: 'boolean' },
    outputFileExtension: { enum: ['.js', '.cjs', '.mjs'] },
    nodeExternals: { type: 'object' },
    skipBuild: { type: 'boolean' },
    skipRebuild: { type: 'boolean' },
    installExtraArgs: { type: 'array', items: { type: 'string' } },
    disposeContext: { type: 'boolean' },
  },
};

export const PLUGIN_SETTINGS = { 'serverless-offline': await offlineSettings(), esbuild: ESBUILD };

/** Plain words for the patterns an author most often trips on (used in messages). */
export const PATTERN_DESCRIPTIONS = {
  '^[a-zA-Z][0-9a-zA-Z-]+$': 'letters, digits and hyphens, starting with a letter',
  '^[a-zA-Z0-9-]+$': 'letters, digits and hyphens',
  '/^(?:\\*|(GET|POST|PUT|PATCH|OPTIONS|HEAD|DELETE|ANY) (\\/\\S*))$/i': '"METHOD /path", e.g. GET /users/{id}',
  '/^(?:\\*|GET|POST|PUT|PATCH|OPTIONS|HEAD|DELETE|ANY)$/i': 'an HTTP method or *',
  '^(?:\\*|(GET|POST|PUT|PATCH|OPTIONS|HEAD|DELETE) (\\/\\S*))$': '"METHOD /path" or *, e.g. GET /users/{id}',
  '^rate\\((?:1 (?:minute|hour|day)|(?:1\\d+|[2-9]\\d*) (?:minute|hour|day)s)\\)$|^cron\\(\\S+ \\S+ \\S+ \\S+ \\S+ \\S+\\)$':
    'rate(N unit) or cron(6 fields), e.g. rate(5 minutes)',
  '^arn:': 'an ARN (arn:…)',
  '^s3:': 'an S3 event name, e.g. s3:ObjectCreated:*',
};
