// SAM event source types and their properties (AWS::Serverless::Function Events), for completion.
// Required properties first. Source: the SAM specification's EventSource pages.

export const SAM_EVENTS: Readonly<Record<string, string[]>> = {
  Api: ['Path', 'Method', 'RestApiId', 'Auth', 'RequestModel', 'RequestParameters', 'TimeoutInMillis'],
  HttpApi: ['Path', 'Method', 'ApiId', 'Auth', 'PayloadFormatVersion', 'RouteSettings', 'TimeoutInMillis'],
  S3: ['Bucket', 'Events', 'Filter'],
  SQS: ['Queue', 'BatchSize', 'Enabled', 'FilterCriteria', 'FunctionResponseTypes', 'MaximumBatchingWindowInSeconds', 'ScalingConfig'],
  SNS: ['Topic', 'FilterPolicy', 'FilterPolicyScope', 'Region', 'SqsSubscription', 'RedrivePolicy'],
  Schedule: ['Schedule', 'Enabled', 'Input', 'Name', 'Description', 'State', 'RetryPolicy', 'DeadLetterConfig'],
  ScheduleV2: ['ScheduleExpression', 'ScheduleExpressionTimezone', 'FlexibleTimeWindow', 'Input', 'Name', 'State', 'RetryPolicy'],
  DynamoDB: ['Stream', 'StartingPosition', 'BatchSize', 'Enabled', 'FilterCriteria', 'MaximumRetryAttempts', 'BisectBatchOnFunctionError', 'DestinationConfig'],
  Kinesis: ['Stream', 'StartingPosition', 'BatchSize', 'Enabled', 'FilterCriteria', 'MaximumRetryAttempts', 'BisectBatchOnFunctionError', 'DestinationConfig'],
  EventBridgeRule: ['Pattern', 'EventBusName', 'Input', 'InputPath', 'InputTransformer', 'RuleName', 'State', 'RetryPolicy', 'DeadLetterConfig'],
  CloudWatchEvent: ['Pattern', 'EventBusName', 'Input', 'InputPath', 'State'],
  CloudWatchLogs: ['LogGroupName', 'FilterPattern'],
  Cognito: ['UserPool', 'Trigger'],
  IoTRule: ['Sql', 'AwsIotSqlVersion'],
  AlexaSkill: ['SkillId'],
  MSK: ['Stream', 'Topics', 'StartingPosition', 'ConsumerGroupId', 'BatchSize', 'Enabled', 'SourceAccessConfigurations'],
  MQ: ['Broker', 'Queues', 'SourceAccessConfigurations', 'BatchSize', 'Enabled'],
  SelfManagedKafka: ['KafkaBootstrapServers', 'Topics', 'SourceAccessConfigurations', 'BatchSize', 'ConsumerGroupId', 'Enabled'],
  DocumentDB: ['Cluster', 'DatabaseName', 'SourceAccessConfigurations', 'CollectionName', 'BatchSize', 'StartingPosition'],
};
