// CodePipeline Lambda invoke actions (SAM's `codepipeline job`): input and output artifacts in S3 and
// the temporary artifact credentials (AWS's documented example values, never real ones).
// Shape: https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
import type { CodePipelineEvent } from 'aws-lambda';
import { accountParams } from './aws';
import { defineEvent } from './definition';

export const codepipelineEvents = {
  job: defineEvent<CodePipelineEvent>({
    help: 'CodePipeline job for a Lambda invoke action',
    params: {
      'account-id': accountParams['account-id'],
      'input-bucket': { default: 'example-bucket', help: 'input artifact bucket' },
      'input-key': { default: 'test/key', help: 'input artifact key' },
      'output-bucket': { default: 'example-bucket2', help: 'output artifact bucket' },
      'output-key': { default: 'test/key2', help: 'output artifact key' },
      function: { default: 'MyLambdaFunctionForAWSCodePipeline', help: 'function name in the action configuration' },
      'user-parameters': { default: 'some-input-such-as-a-URL', help: 'the action\'s UserParameters' },
    },
    generate(ctx) {
      const artifact = (name: string, bucket: string, key: string) => ({
        name,
        revision: null,
        location: { type: 'S3' as const, s3Location: { bucketName: ctx.param(bucket), objectKey: ctx.param(key) } },
      });
      return {
        'CodePipeline.job': {
          id: ctx.uuid(),
          accountId: ctx.param('account-id'),
          data: {
            actionConfiguration: { configuration: { FunctionName: ctx.param('function'), UserParameters: ctx.param('user-parameters') } },
            inputArtifacts: [artifact('ArtifactName', 'input-bucket', 'input-key')],
            outputArtifacts: [artifact('ArtifactName2', 'output-bucket', 'output-key')],
            artifactCredentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'EXAMPLE-SESSION-TOKEN' },
          },
        },
      };
    },
  }),
};
