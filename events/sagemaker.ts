// SageMaker Ground Truth custom labeling Lambdas (SAM's `sagemaker ground-truth-pre-human`,
// `ground-truth-annotation-consolidation`).
// Shapes: https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
import { accountParams, arn } from './aws';
import { defineEvent, type ParamSpecs } from './definition';

export interface GroundTruthPreHumanRequest {
  version: '2018-10-16';
  labelingJobArn: string;
  dataObject: { 'source-ref': string } | { 'source': string };
}

export interface GroundTruthConsolidationRequest {
  version: '2018-10-16';
  labelingJobArn: string;
  payload: { s3Uri: string };
  labelAttributeName: string;
  roleArn: string;
  outputConfig: string;
}

const jobParams: ParamSpecs = { ...accountParams, 'labeling-job-name': { default: 'example-job', help: 'labeling job name' } };

export const sagemakerEvents = {
  'ground-truth-pre-human': defineEvent<GroundTruthPreHumanRequest>({
    help: 'Ground Truth pre-annotation Lambda request',
    params: { ...jobParams, 'source-ref': { default: 's3://sagemakerexample/object_to_annotate.jpg', help: 'S3 URI of the data object' } },
    generate: (ctx) => ({
      version: '2018-10-16',
      labelingJobArn: arn(ctx, 'sagemaker', `labeling-job/${ctx.param('labeling-job-name')}`),
      dataObject: { 'source-ref': ctx.param('source-ref') },
    }),
  }),
  'ground-truth-annotation-consolidation': defineEvent<GroundTruthConsolidationRequest>({
    help: 'Ground Truth annotation consolidation Lambda request',
    params: {
      ...jobParams,
      'label-attribute-name': { default: 'example-attribute', help: 'label attribute name' },
      's3-output-path': { default: 's3://sagemakerexample/output', help: 'job output S3 path' },
      'execution-role': { default: 'sagemaker-role', help: 'execution role name' },
      'iteration-object-timestamp': { default: 'iteration-1/0/2019-09-06_18:35:03', help: 'iteration object path' },
    },
    generate(ctx) {
      const job = ctx.param('labeling-job-name');
      const output = `${ctx.param('s3-output-path')}/${job}`;
      return {
        version: '2018-10-16',
        labelingJobArn: arn(ctx, 'sagemaker', `labeling-job/${job}`),
        payload: { s3Uri: `${output}/annotations/consolidated-annotation/consolidation-request/${ctx.param('iteration-object-timestamp')}.json` },
        labelAttributeName: ctx.param('label-attribute-name'),
        roleArn: arn(ctx, 'iam', `role/${ctx.param('execution-role')}`, { region: false }),
        outputConfig: `${output}/annotations`,
      };
    },
  }),
};
