// Ranges, patterns and value sets the registry data lacks, for the properties that matter for Lambda
// applications. Values from the CloudFormation resource reference and the Lambda/SQS quotas pages.
// Keys: resource type → `Property` or `Definition.Property` (a nested type's property). An enum on a list
// property constrains its items.

export interface Constraint {
  minimum?: number;
  maximum?: number;
  pattern?: string;
  enum?: string[];
}

const BATCHING = {
  BatchSize: { minimum: 1, maximum: 10000 },
  MaximumBatchingWindowInSeconds: { minimum: 0, maximum: 300 },
  ParallelizationFactor: { minimum: 1, maximum: 10 },
  MaximumRetryAttempts: { minimum: -1, maximum: 10000 },
  MaximumRecordAgeInSeconds: { minimum: -1, maximum: 604800 },
  TumblingWindowInSeconds: { minimum: 0, maximum: 900 },
};

const STARTING_POSITION = { enum: ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'] };

/** SAM pull event properties: `<Event>EventProperties.<Property>`. */
function samPullEvent(event: string, startingPosition: boolean): Record<string, Constraint> {
  const entries: [string, Constraint][] = Object.entries(BATCHING).map(([name, c]) => [`${event}EventProperties.${name}`, c]);
  if (startingPosition) entries.push([`${event}EventProperties.StartingPosition`, STARTING_POSITION]);
  return Object.fromEntries(entries);
}

const FUNCTION: Record<string, Constraint> = {
  MemorySize: { minimum: 128, maximum: 10240 },
  Timeout: { minimum: 1, maximum: 900 },
  ReservedConcurrentExecutions: { minimum: 0 },
  Handler: { pattern: '^[^\\s]{1,128}$' },
  FunctionName: { pattern: '^[a-zA-Z0-9-_]{1,64}$' },
  'EphemeralStorage.Size': { minimum: 512, maximum: 10240 },
};

export const CONSTRAINTS: Record<string, Record<string, Constraint>> = {
  'AWS::Lambda::Function': { ...FUNCTION, Architectures: { enum: ['x86_64', 'arm64'] } },
  'AWS::Serverless::Function': {
    ...samPullEvent('SQS', false),
    ...samPullEvent('Kinesis', true),
    ...samPullEvent('DynamoDB', true),
    ...samPullEvent('MSK', true),
  },
  'AWS::Lambda::EventSourceMapping': { ...BATCHING, StartingPosition: STARTING_POSITION },
  'AWS::Lambda::EventInvokeConfig': {
    MaximumEventAgeInSeconds: { minimum: 60, maximum: 21600 },
    MaximumRetryAttempts: { minimum: 0, maximum: 2 },
  },
  'AWS::Lambda::Permission': { Action: { pattern: '^(lambda:[*]|lambda:[a-zA-Z]+|[*])$' } },
  'AWS::SQS::Queue': {
    DelaySeconds: { minimum: 0, maximum: 900 },
    MaximumMessageSize: { minimum: 1024, maximum: 1048576 },
    MessageRetentionPeriod: { minimum: 60, maximum: 1209600 },
    ReceiveMessageWaitTimeSeconds: { minimum: 0, maximum: 20 },
    VisibilityTimeout: { minimum: 0, maximum: 43200 },
  },
  'AWS::Logs::LogGroup': {
    RetentionInDays: {
      enum: ['1', '3', '5', '7', '14', '30', '60', '90', '120', '150', '180', '365', '400', '545', '731', '1096', '1827', '2192', '2557', '2922', '3288', '3653'],
    },
  },
};

/** Properties `aws cloudformation package` accepts as a local path (from its documentation's list). */
export const PACKAGEABLE: Record<string, string[]> = {
  'AWS::Lambda::Function': ['Code'],
  'AWS::Lambda::LayerVersion': ['Content'],
  'AWS::ApiGateway::RestApi': ['BodyS3Location'],
  'AWS::ApiGatewayV2::Api': ['BodyS3Location'],
  'AWS::AppSync::GraphQLSchema': ['DefinitionS3Location'],
  'AWS::AppSync::Resolver': ['RequestMappingTemplateS3Location', 'ResponseMappingTemplateS3Location'],
  'AWS::AppSync::FunctionConfiguration': ['RequestMappingTemplateS3Location', 'ResponseMappingTemplateS3Location'],
  'AWS::ElasticBeanstalk::ApplicationVersion': ['SourceBundle'],
  'AWS::StepFunctions::StateMachine': ['DefinitionS3Location'],
  'AWS::CodeCommit::Repository': ['Code'],
};
