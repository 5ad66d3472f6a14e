// Compile-time proof of shape: each generated event is assigned to its @types/aws-lambda type (or the
// events module's own type where @types has none) with no `any`; `npm run typecheck` fails otherwise.
// At run time the table must name every source/type the catalog lists, so no generator goes unproven.
import { strict as assert } from 'node:assert';
import type {
  ALBEvent,
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayRequestAuthorizerEvent,
  APIGatewayTokenAuthorizerEvent,
  AppSyncAuthorizerEvent,
  AppSyncResolverEvent,
  CloudFormationCustomResourceCreateEvent,
  CloudFormationCustomResourceDeleteEvent,
  CloudFormationCustomResourceEvent,
  CloudFormationCustomResourceUpdateEvent,
  CloudFrontRequestEvent,
  CloudFrontResponseEvent,
  CloudWatchLogsEvent,
  CodeCommitTriggerEvent,
  CodePipelineEvent,
  ConnectContactFlowEvent,
  CreateAuthChallengeTriggerEvent,
  CustomMessageTriggerEvent,
  DefineAuthChallengeTriggerEvent,
  DynamoDBStreamEvent,
  EventBridgeEvent,
  FirehoseTransformationEvent,
  IoTCustomAuthorizerEvent,
  IoTEvent,
  KinesisStreamEvent,
  LambdaFunctionURLEvent,
  LexEvent,
  LexV2Event,
  MSKEvent,
  PostAuthenticationTriggerEvent,
  PostConfirmationTriggerEvent,
  PreAuthenticationTriggerEvent,
  PreSignUpTriggerEvent,
  PreTokenGenerationTriggerEvent,
  S3BatchEvent,
  S3Event,
  ScheduledEvent,
  SelfManagedKafkaEvent,
  SESEvent,
  SNSEvent,
  SQSEvent,
  UserMigrationTriggerEvent,
  VerifyAuthChallengeResponseTriggerEvent,
} from 'aws-lambda';
import { generateTypedEvent as g, listSampleEvents } from '../../events';
import type { AlexaSkillRequest, AlexaSmartHomeDirective } from '../../events/alexa';
import type { BatchGetJobInput, BatchSubmitJobInput } from '../../events/batch';
import type { CognitoSyncTriggerEvent } from '../../events/cognito';
import type { ConfigRuleEvent } from '../../events/config';
import type { KinesisAnalyticsPreprocessingEvent } from '../../events/kinesis-analytics';
import type { ActiveMQEvent, RabbitMQEvent } from '../../events/mq';
import type { S3ObjectRemovedEvent } from '../../events/s3';
import type { GroundTruthConsolidationRequest, GroundTruthPreHumanRequest } from '../../events/sagemaker';
import type { StepFunctionsErrorInput } from '../../events/stepfunctions';
import type { WorkMailEvent } from '../../events/workmail';

/** Compiles only when `value` is assignable to T. */
const is = <T>(value: T): T => value;

const proven = {
  'alb request': is<ALBEvent>(g('alb', 'request')),
  'alexa-skills-kit end-session': is<AlexaSkillRequest>(g('alexa-skills-kit', 'end-session')),
  'alexa-skills-kit intent-answer': is<AlexaSkillRequest>(g('alexa-skills-kit', 'intent-answer')),
  'alexa-skills-kit intent-getnewfact': is<AlexaSkillRequest>(g('alexa-skills-kit', 'intent-getnewfact')),
  'alexa-skills-kit intent-mycoloris': is<AlexaSkillRequest>(g('alexa-skills-kit', 'intent-mycoloris')),
  'alexa-skills-kit intent-recipe': is<AlexaSkillRequest>(g('alexa-skills-kit', 'intent-recipe')),
  'alexa-skills-kit start-session': is<AlexaSkillRequest>(g('alexa-skills-kit', 'start-session')),
  'alexa-smart-home smart-home-control-turn-off-request': is<AlexaSmartHomeDirective>(g('alexa-smart-home', 'smart-home-control-turn-off-request')),
  'alexa-smart-home smart-home-control-turn-on-request': is<AlexaSmartHomeDirective>(g('alexa-smart-home', 'smart-home-control-turn-on-request')),
  'alexa-smart-home smart-home-discovery-request': is<AlexaSmartHomeDirective>(g('alexa-smart-home', 'smart-home-discovery-request')),
  'apigateway authorizer': is<APIGatewayTokenAuthorizerEvent>(g('apigateway', 'authorizer')),
  'apigateway aws-proxy': is<APIGatewayProxyEvent>(g('apigateway', 'aws-proxy')),
  'apigateway http-api-proxy': is<APIGatewayProxyEventV2>(g('apigateway', 'http-api-proxy')),
  'apigateway request-authorizer': is<APIGatewayRequestAuthorizerEvent>(g('apigateway', 'request-authorizer')),
  'appsync authorizer': is<AppSyncAuthorizerEvent>(g('appsync', 'authorizer')),
  'appsync direct-resolver': is<AppSyncResolverEvent<Record<string, unknown>>>(g('appsync', 'direct-resolver')),
  'batch get-job': is<BatchGetJobInput>(g('batch', 'get-job')),
  'batch submit-job': is<BatchSubmitJobInput>(g('batch', 'submit-job')),
  'cloudformation create-request': is<CloudFormationCustomResourceEvent>(is<CloudFormationCustomResourceCreateEvent>(g('cloudformation', 'create-request'))),
  'cloudformation delete-request': is<CloudFormationCustomResourceEvent>(is<CloudFormationCustomResourceDeleteEvent>(g('cloudformation', 'delete-request'))),
  'cloudformation update-request': is<CloudFormationCustomResourceEvent>(is<CloudFormationCustomResourceUpdateEvent>(g('cloudformation', 'update-request'))),
  'cloudfront ab-test': is<CloudFrontRequestEvent>(g('cloudfront', 'ab-test')),
  'cloudfront access-request-in-response': is<CloudFrontResponseEvent>(g('cloudfront', 'access-request-in-response')),
  'cloudfront http-redirect': is<CloudFrontRequestEvent>(g('cloudfront', 'http-redirect')),
  'cloudfront modify-querystring': is<CloudFrontRequestEvent>(g('cloudfront', 'modify-querystring')),
  'cloudfront modify-response-header': is<CloudFrontResponseEvent>(g('cloudfront', 'modify-response-header')),
  'cloudfront multiple-remote-calls-aggregate-response': is<CloudFrontRequestEvent>(g('cloudfront', 'multiple-remote-calls-aggregate-response')),
  'cloudfront normalize-querystring-to-improve-cache-hit': is<CloudFrontRequestEvent>(g('cloudfront', 'normalize-querystring-to-improve-cache-hit')),
  'cloudfront redirect-on-viewer-country': is<CloudFrontRequestEvent>(g('cloudfront', 'redirect-on-viewer-country')),
  'cloudfront redirect-unauthenticated-users': is<CloudFrontRequestEvent>(g('cloudfront', 'redirect-unauthenticated-users')),
  'cloudfront response-generation': is<CloudFrontRequestEvent>(g('cloudfront', 'response-generation')),
  'cloudfront serve-object-on-viewer-device': is<CloudFrontRequestEvent>(g('cloudfront', 'serve-object-on-viewer-device')),
  'cloudfront simple-remote-call': is<CloudFrontRequestEvent>(g('cloudfront', 'simple-remote-call')),
  'cloudwatch logs': is<CloudWatchLogsEvent>(g('cloudwatch', 'logs')),
  'cloudwatch scheduled-event': is<ScheduledEvent>(g('cloudwatch', 'scheduled-event')),
  'codecommit repository': is<CodeCommitTriggerEvent>(g('codecommit', 'repository')),
  'codepipeline job': is<CodePipelineEvent>(g('codepipeline', 'job')),
  'cognito create-auth-challenge': is<CreateAuthChallengeTriggerEvent>(g('cognito', 'create-auth-challenge')),
  'cognito custom-message': is<CustomMessageTriggerEvent>(g('cognito', 'custom-message')),
  'cognito define-auth-challenge': is<DefineAuthChallengeTriggerEvent>(g('cognito', 'define-auth-challenge')),
  'cognito post-authentication': is<PostAuthenticationTriggerEvent>(g('cognito', 'post-authentication')),
  'cognito post-confirmation': is<PostConfirmationTriggerEvent>(g('cognito', 'post-confirmation')),
  'cognito pre-authentication': is<PreAuthenticationTriggerEvent>(g('cognito', 'pre-authentication')),
  'cognito pre-sign-up': is<PreSignUpTriggerEvent>(g('cognito', 'pre-sign-up')),
  'cognito pre-token-generation': is<PreTokenGenerationTriggerEvent>(g('cognito', 'pre-token-generation')),
  'cognito sync-trigger': is<CognitoSyncTriggerEvent>(g('cognito', 'sync-trigger')),
  'cognito user-migration': is<UserMigrationTriggerEvent>(g('cognito', 'user-migration')),
  'cognito verify-auth-challenge-response': is<VerifyAuthChallengeResponseTriggerEvent>(g('cognito', 'verify-auth-challenge-response')),
  'config item-change-notification': is<ConfigRuleEvent>(g('config', 'item-change-notification')),
  'config oversized-item-change-notification': is<ConfigRuleEvent>(g('config', 'oversized-item-change-notification')),
  'config periodic-rule': is<ConfigRuleEvent>(g('config', 'periodic-rule')),
  'connect contact-flow-event': is<ConnectContactFlowEvent>(g('connect', 'contact-flow-event')),
  'dynamodb update': is<DynamoDBStreamEvent>(g('dynamodb', 'update')),
  'eventbridge custom-event': is<EventBridgeEvent<string, unknown>>(g('eventbridge', 'custom-event')),
  'iot custom-authorizer': is<IoTCustomAuthorizerEvent>(g('iot', 'custom-authorizer')),
  'iot rule': is<IoTEvent<Record<string, unknown>>>(g('iot', 'rule')),
  'kafka msk': is<MSKEvent>(g('kafka', 'msk')),
  'kafka self-managed': is<SelfManagedKafkaEvent>(g('kafka', 'self-managed')),
  'kinesis analytics': is<KinesisAnalyticsPreprocessingEvent>(g('kinesis', 'analytics')),
  'kinesis analytics-compressed': is<KinesisAnalyticsPreprocessingEvent>(g('kinesis', 'analytics-compressed')),
  'kinesis analytics-dynamodb': is<KinesisAnalyticsPreprocessingEvent>(g('kinesis', 'analytics-dynamodb')),
  'kinesis analytics-kpl': is<KinesisAnalyticsPreprocessingEvent>(g('kinesis', 'analytics-kpl')),
  'kinesis apachelog': is<FirehoseTransformationEvent>(g('kinesis', 'apachelog')),
  'kinesis cloudwatch-logs-processor': is<FirehoseTransformationEvent>(g('kinesis', 'cloudwatch-logs-processor')),
  'kinesis get-records': is<KinesisStreamEvent>(g('kinesis', 'get-records')),
  'kinesis kinesis-firehose': is<FirehoseTransformationEvent>(g('kinesis', 'kinesis-firehose')),
  'kinesis streams-as-source': is<FirehoseTransformationEvent>(g('kinesis', 'streams-as-source')),
  'kinesis syslog': is<FirehoseTransformationEvent>(g('kinesis', 'syslog')),
  'lambda function-url': is<LambdaFunctionURLEvent>(g('lambda', 'function-url')),
  'lex book-car': is<LexEvent>(g('lex', 'book-car')),
  'lex book-hotel': is<LexEvent>(g('lex', 'book-hotel')),
  'lex make-appointment': is<LexEvent>(g('lex', 'make-appointment')),
  'lex order-flowers': is<LexEvent>(g('lex', 'order-flowers')),
  'lex-v2 banking-bot': is<LexV2Event>(g('lex-v2', 'banking-bot')),
  'lex-v2 book-car': is<LexV2Event>(g('lex-v2', 'book-car')),
  'lex-v2 book-hotel': is<LexV2Event>(g('lex-v2', 'book-hotel')),
  'mq activemq': is<ActiveMQEvent>(g('mq', 'activemq')),
  'mq rabbitmq': is<RabbitMQEvent>(g('mq', 'rabbitmq')),
  'rekognition s3-request': is<S3Event>(g('rekognition', 's3-request')),
  's3 batch-invocation': is<S3BatchEvent>(g('s3', 'batch-invocation')),
  's3 delete': is<S3ObjectRemovedEvent>(g('s3', 'delete')),
  's3 put': is<S3Event>(g('s3', 'put')),
  'sagemaker ground-truth-annotation-consolidation': is<GroundTruthConsolidationRequest>(g('sagemaker', 'ground-truth-annotation-consolidation')),
  'sagemaker ground-truth-pre-human': is<GroundTruthPreHumanRequest>(g('sagemaker', 'ground-truth-pre-human')),
  'ses email-receiving': is<SESEvent>(g('ses', 'email-receiving')),
  'sns notification': is<SNSEvent>(g('sns', 'notification')),
  'sqs receive-message': is<SQSEvent>(g('sqs', 'receive-message')),
  'stepfunctions error': is<StepFunctionsErrorInput>(g('stepfunctions', 'error')),
  'workmail message': is<WorkMailEvent>(g('workmail', 'message')),
};

describe('events: every generated event has its @types/aws-lambda shape', () => {
  it('proves the type of every source and type the catalog lists', () => {
    const listed = listSampleEvents().map((e) => `${e.source} ${e.type}`);
    assert.deepEqual(Object.keys(proven).sort(), listed.sort());
  });

  it('generates plain JSON for every type (what a saved event or a Lambda invoke carries)', () => {
    for (const [name, event] of Object.entries(proven)) {
      const text = JSON.stringify(event);
      assert.equal(typeof text, 'string', name);
      assert.doesNotMatch(text, /undefined|NaN|\[object /, name);
    }
  });
});
