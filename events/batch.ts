// AWS Batch blueprint inputs (SAM's `batch get-job`, `batch submit-job`): the payloads the Batch
// blueprints' functions take to describe or submit a job.
import { defineEvent } from './definition';

export interface BatchGetJobInput {
  jobId: string;
}

export interface BatchSubmitJobInput {
  jobName: string;
  jobQueue: string;
  jobDefinition: string;
  parameters?: Record<string, string>;
  containerOverrides?: { command?: string[]; environment?: { name: string; value: string }[] };
}

export const batchEvents = {
  'get-job': defineEvent<BatchGetJobInput>({
    help: 'Input to a function that describes a Batch job',
    params: { 'job-id': { default: '5a4d3a38-40bf-4d2e-b4c7-e8a1b9b0a1c2', help: 'job id' } },
    generate: (ctx) => ({ jobId: ctx.param('job-id') }),
  }),
  'submit-job': defineEvent<BatchSubmitJobInput>({
    help: 'Input to a function that submits a Batch job',
    params: {
      'job-name': { default: 'example-job', help: 'job name' },
      'job-queue': { default: 'example-queue', help: 'job queue name or ARN' },
      'job-definition': { default: 'example-definition:1', help: 'job definition name:revision or ARN' },
      parameters: { default: '{"param1":"value1"}', help: 'job parameters as a JSON object', kind: 'json-object' },
    },
    generate: (ctx) => ({
      jobName: ctx.param('job-name'),
      jobQueue: ctx.param('job-queue'),
      jobDefinition: ctx.param('job-definition'),
      parameters: ctx.strings('parameters'),
    }),
  }),
};
