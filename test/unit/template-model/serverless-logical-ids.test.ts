import { strict as assert } from 'node:assert';
import { getServerlessLogicalIds, parseTemplate, VariableResolver } from '../../../template-model';

describe('template-model: logical IDs the Serverless Framework generates', () => {
  it('names functions, log groups, APIs, buckets and topics as naming.js does', () => {
    const model = parseTemplate(`service: photos
provider:
  name: aws
custom:
  bucket: my-photos.example
functions:
  make-thumb_v2:
    handler: h.main
    url: true
    events:
      - http: GET /x
      - s3: \${self:custom.bucket}
      - s3: { bucket: existing-bucket, existing: true }
      - sns: new-uploads
      - sns: arn:aws:sns:us-east-1:123456789012:topic
  api:
    handler: h.api
    events:
      - httpApi: GET /y
`);
    const generated = getServerlessLogicalIds(model, new VariableResolver(model));
    const ids = [...generated.keys()].sort();
    assert.deepEqual(ids, [
      'ApiGatewayRestApi', 'ApiLambdaFunction', 'ApiLambdaPermissionHttpApi', 'ApiLogGroup', 'HttpApi', 'HttpApiIntegrationApi', 'HttpApiStage', 'IamRoleLambdaExecution',
      'MakeDashthumbUnderscorev2LambdaFunction', 'MakeDashthumbUnderscorev2LambdaFunctionUrl', 'MakeDashthumbUnderscorev2LambdaPermissionApiGateway', 'MakeDashthumbUnderscorev2LogGroup',
      'S3BucketMyphotosexample', 'SNSTopicNewuploads', 'ServerlessDeploymentBucket', 'ServerlessDeploymentBucketPolicy',
    ]);
    assert.equal(generated.get('ApiLambdaFunction'), 'AWS::Lambda::Function');
  });
});
