// Every sample event source and type, by SAM CLI's names (`sam local generate-event SOURCE TYPE`) and,
// for sources SAM lacks (alb, lambda, eventbridge, kafka, mq, appsync, iot, documentdb, cognito user
// pool triggers, WebSocket APIs), names in the same style. One file per source holds its types.
import { albEvents } from './alb';
import { alexaSkillsKitEvents, alexaSmartHomeEvents } from './alexa';
import { apigatewayEvents } from './apigateway';
import { appsyncEvents } from './appsync';
import { batchEvents } from './batch';
import { cloudformationEvents } from './cloudformation';
import { cloudfrontEvents } from './cloudfront';
import { cloudwatchEvents } from './cloudwatch';
import { codecommitEvents } from './codecommit';
import { codepipelineEvents } from './codepipeline';
import { cognitoSyncEvents } from './cognito';
import { cognitoUserPoolEvents } from './cognito-user-pool';
import { configEvents } from './config';
import { connectEvents } from './connect';
import type { EventDefinition } from './definition';
import { documentdbEvents } from './documentdb';
import { dynamodbEvents } from './dynamodb';
import { eventbridgeEvents } from './eventbridge';
import { iotEvents } from './iot';
import { kafkaEvents } from './kafka';
import { kinesisEvents } from './kinesis';
import { kinesisAnalyticsEvents } from './kinesis-analytics';
import { firehoseEvents } from './kinesis-firehose';
import { lambdaEvents } from './lambda-url';
import { lexEvents, lexV2Events } from './lex';
import { mqEvents } from './mq';
import { s3Events } from './s3';
import { sagemakerEvents } from './sagemaker';
import { sesEvents } from './ses';
import { snsEvents } from './sns';
import { sqsEvents } from './sqs';
import { stepfunctionsEvents } from './stepfunctions';
import { workmailEvents } from './workmail';

export const catalog = {
  alb: albEvents,
  'alexa-skills-kit': alexaSkillsKitEvents,
  'alexa-smart-home': alexaSmartHomeEvents,
  apigateway: apigatewayEvents,
  appsync: appsyncEvents,
  batch: batchEvents,
  cloudformation: cloudformationEvents,
  cloudfront: cloudfrontEvents,
  cloudwatch: cloudwatchEvents,
  codecommit: codecommitEvents,
  codepipeline: codepipelineEvents,
  cognito: { ...cognitoSyncEvents, ...cognitoUserPoolEvents },
  config: configEvents,
  connect: connectEvents,
  documentdb: documentdbEvents,
  dynamodb: dynamodbEvents,
  eventbridge: eventbridgeEvents,
  iot: iotEvents,
  kafka: kafkaEvents,
  kinesis: { ...kinesisEvents, ...firehoseEvents, ...kinesisAnalyticsEvents },
  lambda: lambdaEvents,
  lex: lexEvents,
  'lex-v2': lexV2Events,
  mq: mqEvents,
  // SAM's Rekognition sample is the S3 notification that starts a Rekognition blueprint.
  rekognition: { 's3-request': s3Events.put },
  s3: s3Events,
  sagemaker: sagemakerEvents,
  ses: sesEvents,
  sns: snsEvents,
  sqs: sqsEvents,
  stepfunctions: stepfunctionsEvents,
  workmail: workmailEvents,
};

export type Catalog = typeof catalog;

/** The untyped view, for lookups by user-given names. */
export const catalogByName: Record<string, Record<string, EventDefinition<unknown>>> = catalog;
