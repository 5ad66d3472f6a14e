// The serverless.yml keys completion offers: top level, provider, function, event types with their
// settings, and the variable sources of `${…}` (Serverless Framework v3 reference).

export const SERVERLESS_ROOT_KEYS = [
  'service', 'frameworkVersion', 'provider', 'functions', 'custom', 'plugins', 'resources', 'package',
  'params', 'useDotenv', 'configValidationMode', 'layers', 'org', 'app', 'variablesResolutionMode',
];

export const SERVERLESS_PROVIDER_KEYS = [
  'name', 'runtime', 'stage', 'region', 'profile', 'memorySize', 'timeout', 'environment', 'iam', 'tags',
  'stackTags', 'architecture', 'logRetentionInDays', 'deploymentBucket', 'httpApi', 'apiGateway', 'tracing',
  'layers', 'vpc', 'versionFunctions', 'stackName', 'logs', 'ecr', 'eventBridge', 'kmsKeyArn', 'runtimeManagement',
];

export const SERVERLESS_FUNCTION_KEYS = [
  'handler', 'runtime', 'memorySize', 'timeout', 'environment', 'events', 'name', 'description', 'layers',
  'role', 'architecture', 'reservedConcurrency', 'provisionedConcurrency', 'package', 'vpc', 'tags', 'url',
  'destinations', 'maximumRetryAttempts', 'maximumEventAge', 'logRetentionInDays', 'ephemeralStorageSize',
  'image', 'disableLogs', 'tracing', 'onError', 'kmsKeyArn', 'snapStart', 'logs',
];

/** Event type → its settings. */
export const SERVERLESS_EVENTS: Readonly<Record<string, string[]>> = {
  http: ['path', 'method', 'cors', 'private', 'authorizer', 'integration', 'request', 'response', 'async'],
  httpApi: ['path', 'method', 'authorizer'],
  websocket: ['route', 'routeResponseSelectionExpression', 'authorizer'],
  s3: ['bucket', 'event', 'rules', 'existing', 'forceDeploy'],
  schedule: ['rate', 'enabled', 'input', 'inputPath', 'name', 'description', 'method', 'timezone'],
  sns: ['topicName', 'arn', 'displayName', 'filterPolicy', 'filterPolicyScope', 'redrivePolicy'],
  sqs: ['arn', 'batchSize', 'maximumBatchingWindow', 'enabled', 'functionResponseType', 'filterPatterns', 'maximumConcurrency'],
  stream: ['arn', 'type', 'batchSize', 'startingPosition', 'enabled', 'filterPatterns', 'maximumRetryAttempts', 'bisectBatchOnFunctionError', 'destinations'],
  eventBridge: ['eventBus', 'pattern', 'schedule', 'input', 'inputPath', 'inputTransformer', 'name', 'enabled'],
  cloudwatchEvent: ['event', 'input', 'inputPath', 'name', 'description', 'enabled'],
  cloudwatchLog: ['logGroup', 'filter'],
  cognitoUserPool: ['pool', 'trigger', 'existing', 'forceDeploy'],
  alb: ['listenerArn', 'priority', 'conditions', 'healthCheck', 'multiValueHeaders'],
  alexaSkill: ['appId', 'enabled'],
  alexaSmartHome: ['appId', 'enabled'],
  iot: ['sql', 'sqlVersion', 'name', 'enabled', 'description'],
  iotFleetProvisioning: ['templateBody', 'provisioningRoleArn', 'enabled'],
  msk: ['arn', 'topic', 'batchSize', 'maximumBatchingWindow', 'startingPosition', 'enabled', 'consumerGroupId'],
  kafka: ['accessConfigurations', 'bootstrapServers', 'topic', 'batchSize', 'startingPosition', 'enabled', 'consumerGroupId'],
  activemq: ['arn', 'basicAuthArn', 'queue', 'batchSize', 'enabled'],
  rabbitmq: ['arn', 'basicAuthArn', 'queue', 'virtualHost', 'batchSize', 'enabled'],
  cloudFront: ['eventType', 'origin', 'pathPattern', 'includeBody', 'behavior', 'cachePolicy', 'isDefaultOrigin'],
};

/** `${source:…}` variable sources, with what each resolves. */
export const SERVERLESS_VARIABLE_SOURCES: readonly { label: string; detail: string }[] = [
  { label: 'self:', detail: 'a value of this file: ${self:custom.bucket}' },
  { label: 'opt:', detail: 'a CLI option: ${opt:stage}' },
  { label: 'env:', detail: 'an environment variable: ${env:HOME}' },
  { label: 'sls:stage', detail: 'the stage being deployed' },
  { label: 'sls:instanceId', detail: 'a random ID for this deployment' },
  { label: 'file()', detail: 'a value of another file: ${file(./config.yml):key}' },
  { label: 'param:', detail: 'a stage parameter: ${param:domain}' },
  { label: 'ssm:', detail: 'an SSM parameter: ${ssm:/path/to/param}' },
  { label: 'cf:', detail: "another stack's output: ${cf:stack.output}" },
  { label: 's3:', detail: 'an S3 object: ${s3:bucket/key}' },
  { label: 'aws:accountId', detail: 'the AWS account ID' },
  { label: 'aws:region', detail: 'the region being deployed to' },
  { label: 'strToBool()', detail: "'true'/'false' as a boolean" },
];
