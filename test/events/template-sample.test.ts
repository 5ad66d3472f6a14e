import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyWebsocketEventV2,
  ALBEvent,
  CloudWatchLogsEvent,
  DynamoDBStreamEvent,
  EventBridgeEvent,
  KinesisStreamEvent,
  PostConfirmationTriggerEvent,
  PreSignUpTriggerEvent,
  S3Event,
  ScheduledEvent,
  SNSEvent,
  SQSEvent,
} from 'aws-lambda';
import { listTemplateSamples, sampleEventForFunction, TemplateEventError, type DocumentDBChangeEvent } from '../../events';
import { FunctionNotFoundError, parseTemplate } from '../../template-model';
import { fixturesDir, photoPipelineDir } from '../support/paths';

const load = (path: string) => parseTemplate(readFileSync(path, 'utf8'));

describe('events: template-aware samples', () => {
  const sam = load(join(fixturesDir, 'events-sam', 'template.yaml'));
  const sls = load(join(fixturesDir, 'events-serverless', 'serverless.yml'));

  it('photo-pipeline SAM: the S3 trigger gets the bucket name from BucketName and a key matching prefix and suffix', () => {
    const model = load(join(photoPipelineDir, 'template.yaml'));
    const event = sampleEventForFunction(model, 'Thumbnail') as S3Event;
    const { s3 } = event.Records[0];
    assert.equal(s3.bucket.name, 'photo-pipeline-dev-123456789012');
    assert.equal(s3.object.key, 'uploads/example.jpg');
    assert.equal(event.Records[0].eventName, 'ObjectCreated:Put');
    const api = sampleEventForFunction(model, 'PhotosApi') as APIGatewayProxyEventV2;
    assert.equal(api.routeKey, 'GET /photos/{id}');
    assert.deepEqual(api.pathParameters, { id: 'id-1' });
    const worker = sampleEventForFunction(model, 'Worker') as SQSEvent;
    assert.equal(worker.Records[0].eventSourceARN, 'arn:aws:sqs:us-east-1:123456789012:ThumbnailQueue');
    const other = sampleEventForFunction(model, 'Worker', undefined, { accountId: '999988887777' }) as SQSEvent;
    assert.equal(other.Records[0].eventSourceARN, 'arn:aws:sqs:us-east-1:999988887777:ThumbnailQueue');
  });

  it('photo-pipeline serverless.yml: ${self:custom.bucket} and the stage resolve into the bucket name', () => {
    const model = load(join(photoPipelineDir, 'serverless.yml'));
    const event = sampleEventForFunction(model, 'thumbnail') as S3Event;
    assert.equal(event.Records[0].s3.bucket.name, 'photo-pipeline-dev-photos');
    assert.equal(event.Records[0].s3.object.key, 'uploads/example.jpg');
    const prod = sampleEventForFunction(model, 'thumbnail', undefined, { stage: 'prod' }) as S3Event;
    assert.equal(prod.Records[0].s3.bucket.name, 'photo-pipeline-prod-photos');
  });

  it('SAM: each declared trigger maps to its source with names resolved through Ref, GetAtt and Sub', () => {
    const samples = listTemplateSamples(sam, 'Everything');
    assert.deepEqual(
      samples.map((s) => `${s.eventName}=${s.source}:${s.type}`),
      ['Removed=s3:delete', 'Queue=sqs:receive-message', 'Topic=sns:notification', 'Stream=kinesis:get-records', 'Table=dynamodb:update', 'Rest=apigateway:aws-proxy', 'Nightly=cloudwatch:scheduled-event', 'Hourly=cloudwatch:scheduled-event', 'Paid=eventbridge:custom-event', 'Logs=cloudwatch:logs', 'SignUp=cognito:pre-sign-up', 'Changes=documentdb:change-event'],
    );
    const removed = sampleEventForFunction(sam, 'Everything', 'Removed') as S3Event;
    assert.equal(removed.Records[0].s3.bucket.name, 'uploads');
    assert.equal(removed.Records[0].s3.object.key, 'incoming/example.csv');
    const queue = sampleEventForFunction(sam, 'Everything', 'Queue') as SQSEvent;
    assert.equal(queue.Records[0].eventSourceARN, 'arn:aws:sqs:us-east-1:123456789012:jobs-staging.fifo');
    assert.ok(queue.Records[0].attributes.MessageGroupId, 'FIFO queue from the template gets FIFO attributes');
    assert.equal((sampleEventForFunction(sam, 'Everything', 'Topic') as SNSEvent).Records[0].Sns.TopicArn, 'arn:aws:sns:us-east-1:123456789012:alerts');
    assert.equal((sampleEventForFunction(sam, 'Everything', 'Stream') as KinesisStreamEvent).Records[0].eventSourceARN, 'arn:aws:kinesis:us-east-1:123456789012:stream/clicks');
    assert.match((sampleEventForFunction(sam, 'Everything', 'Table') as DynamoDBStreamEvent).Records[0].eventSourceARN ?? '', /:table\/orders-staging\/stream\//);
  });

  it('SAM: REST path parameters are filled, schedules use their Input or their rule, patterns shape EventBridge events', () => {
    const rest = sampleEventForFunction(sam, 'Everything', 'Rest') as APIGatewayProxyEvent;
    assert.equal(rest.httpMethod, 'POST');
    assert.equal(rest.resource, '/users/{userId}/orders/{orderId}');
    assert.equal(rest.path, '/users/userId-1/orders/orderId-1');
    assert.deepEqual(rest.pathParameters, { userId: 'userId-1', orderId: 'orderId-1' });
    assert.equal(rest.requestContext.stage, 'Prod', 'SAM implicit API stage');
    assert.deepEqual(sampleEventForFunction(sam, 'Everything', 'Nightly'), { mode: 'full' });
    const hourly = sampleEventForFunction(sam, 'Everything', 'Hourly') as ScheduledEvent;
    assert.deepEqual(hourly.resources, ['arn:aws:events:us-east-1:123456789012:rule/EverythingHourly']);
    const paid = sampleEventForFunction(sam, 'Everything', 'Paid') as EventBridgeEvent<string, unknown>;
    assert.equal(paid.source, 'com.example.shop');
    assert.equal(paid['detail-type'], 'OrderPaid');
    assert.ok((sampleEventForFunction(sam, 'Everything', 'Logs') as CloudWatchLogsEvent).awslogs.data);
    assert.equal((sampleEventForFunction(sam, 'Everything', 'SignUp') as PreSignUpTriggerEvent).triggerSource, 'PreSignUp_SignUp');
    const changes = sampleEventForFunction(sam, 'Everything', 'Changes') as DocumentDBChangeEvent;
    assert.deepEqual(changes.events[0].event.ns, { db: 'shop', coll: 'carts' });
    assert.equal(changes.eventSourceArn, 'arn:aws:rds:us-east-1:123456789012:cluster:docs');
  });

  it('serverless.yml: shorthand http, httpApi *, sns, stream, schedule input, cognito, alb, region and stage', () => {
    const samples = listTemplateSamples(sls, 'api');
    assert.deepEqual(samples.map((s) => `${s.source}:${s.type}`), [
      'apigateway:aws-proxy',
      'apigateway:http-api-proxy',
      's3:put',
      'sns:notification',
      'dynamodb:update',
      'cloudwatch:scheduled-event',
      'eventbridge:custom-event',
      'cognito:post-confirmation',
      'apigateway:websocket',
      'alb:request',
    ]);
    const http = sampleEventForFunction(sls, 'api', 'http1') as APIGatewayProxyEvent;
    assert.equal(http.path, '/items/id-1');
    assert.deepEqual(http.pathParameters, { id: 'id-1' });
    assert.equal(http.headers.host, '1234567890.execute-api.eu-west-2.amazonaws.com');
    assert.equal(http.requestContext.stage, 'qa');
    assert.equal(http.body, null, 'GET carries no body');
    assert.equal((sampleEventForFunction(sls, 'api', 's33') as S3Event).Records[0].s3.bucket.name, 'shop-qa-media');
    assert.equal((sampleEventForFunction(sls, 'api', 'sns4') as SNSEvent).Records[0].Sns.TopicArn, 'arn:aws:sns:eu-west-2:123456789012:notifications');
    assert.deepEqual(sampleEventForFunction(sls, 'api', 'schedule6'), { warm: true });
    assert.equal((sampleEventForFunction(sls, 'api', 'cognitoUserPool8') as PostConfirmationTriggerEvent).region, 'eu-west-2');
    const socket = sampleEventForFunction(sls, 'api', 'websocket9') as APIGatewayProxyWebsocketEventV2;
    assert.equal(socket.requestContext.eventType, 'CONNECT');
    assert.equal(socket.requestContext.stage, 'qa');
    const alb = sampleEventForFunction(sls, 'api', 'alb10') as ALBEvent;
    assert.equal(alb.path, '/health');
    assert.equal(alb.httpMethod, 'POST');
  });

  it('names what is wrong: unknown function, unknown event, function without triggers', () => {
    assert.throws(() => sampleEventForFunction(sam, 'Nope'), FunctionNotFoundError);
    assert.throws(() => sampleEventForFunction(sam, 'Everything', 'Socket'), (e: unknown) => e instanceof TemplateEventError && /Event not found on Everything: Socket \(events: Removed, Queue/.test(e.message));
    assert.throws(() => sampleEventForFunction(sam, 'Bare'), (e: unknown) => e instanceof TemplateEventError && /declares no events/.test(e.message));
  });
});
