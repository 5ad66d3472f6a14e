// S3 event notifications (SAM's `s3 put`, `s3 delete`) and S3 Batch Operations invocations.
// Shape: https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
import type { S3BatchEvent, S3Event, S3EventRecord } from 'aws-lambda';
import { arn, hexId, opaqueToken, regionParams, timeParam } from './aws';
import { defineEvent, type GenerateContext, type ParamSpecs } from './definition';
import { md5Hex, s3KeyEncode } from './encoding';

/** A delete notification: S3 sends no size or eTag for removed objects (@types/aws-lambda requires them). */
export interface S3ObjectRemovedEvent {
  Records: (Omit<S3EventRecord, 's3'> & {
    s3: Omit<S3EventRecord['s3'], 'object'> & { object: Pick<S3EventRecord['s3']['object'], 'key' | 'sequencer' | 'versionId'> };
  })[];
}

const objectParams: ParamSpecs = {
  ...regionParams,
  ...timeParam,
  bucket: { default: 'example-bucket', help: 'bucket name' },
  key: { default: 'test/key', help: 'object key (URL-encoded in the event, as S3 does)' },
};

const bucketArn = (ctx: GenerateContext): string => arn(ctx, 's3', ctx.param('bucket'), { region: false, account: false });

function record<O>(ctx: GenerateContext, eventName: string, object: (key: string, sequencer: string) => O) {
  const bucket = ctx.param('bucket');
  // The sequencer orders events for one key: hex of the event time, as S3's grow with time.
  const sequencer = ctx.now.getTime().toString(16).toUpperCase().padStart(16, '0');
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: ctx.param('region'),
    eventTime: ctx.now.toISOString(),
    eventName,
    userIdentity: { principalId: 'AWS:AIDAEXAMPLEPRINCIPAL' },
    requestParameters: { sourceIPAddress: '198.51.100.23' },
    responseElements: { 'x-amz-request-id': hexId(8), 'x-amz-id-2': opaqueToken(48) },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'lambda-workbench-sample',
      bucket: { name: bucket, ownerIdentity: { principalId: 'A3NL1KOZZKEXAMPLE' }, arn: bucketArn(ctx) },
      object: object(s3KeyEncode(ctx.param('key')), sequencer),
    },
  };
}

export const s3Events = {
  put: defineEvent<S3Event>({
    help: 'S3 ObjectCreated:Put notification',
    params: { ...objectParams, size: { default: '1024', help: 'object size in bytes', kind: 'integer' } },
    generate(ctx) {
      const size = ctx.integer('size');
      // A single-part upload's ETag is the MD5 of the content; we have no content, so hash key and size.
      const eTag = md5Hex(`${ctx.param('key')}:${size}`);
      return { Records: [record(ctx, 'ObjectCreated:Put', (key, sequencer) => ({ key, size, eTag, sequencer }))] };
    },
  }),
  delete: defineEvent<S3ObjectRemovedEvent>({
    help: 'S3 ObjectRemoved:Delete notification',
    params: objectParams,
    generate(ctx) {
      return { Records: [record(ctx, 'ObjectRemoved:Delete', (key, sequencer) => ({ key, sequencer }))] };
    },
  }),
  'batch-invocation': defineEvent<S3BatchEvent>({
    help: 'S3 Batch Operations job invoking a function for one object',
    params: { ...regionParams, bucket: objectParams.bucket, key: objectParams.key },
    generate(ctx) {
      return {
        invocationSchemaVersion: '1.0',
        invocationId: opaqueToken(32),
        job: { id: ctx.uuid() },
        tasks: [{ taskId: opaqueToken(24), s3Key: s3KeyEncode(ctx.param('key')), s3VersionId: null, s3BucketArn: bucketArn(ctx) }],
      };
    },
  }),
};
