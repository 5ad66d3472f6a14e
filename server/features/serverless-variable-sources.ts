// The variable sources serverless.yml's `${source:…}` offers, with what each resolves (Serverless Framework v3).

/** `${source:…}` variable sources, with what each resolves. */
export const SERVERLESS_VARIABLE_SOURCES: readonly { label: string; detail: string }[] = [
  { label: 'self:', detail: 'a value of this file: ${self:custom.bucket}' },
  { label: 'opt:', detail: 'a CLI option: ${opt:stage}' },
  { label: 'env:', detail: 'an environment variable: ${env:HOME}' },
  { label: 'sls:stage', detail: 'the stage being deployed' },
  { label: 'sls:instanceId', detail: 'a random ID for this deployment' },
  { label: 'file()', detail: 'a value of another file: ${file(./config.yml):key}' },
  { label: 'param:', detail: 'a stage parameter: ${param:domain}' },
  { label: 'ssm:', detail: 'an SSM parameter: ${ssm:/path/to/param}' },
  { label: 'cf:', detail: "another stack's output: ${cf:stack.output}" },
  { label: 's3:', detail: 'an S3 object: ${s3:bucket/key}' },
  { label: 'aws:accountId', detail: 'the AWS account ID' },
  { label: 'aws:region', detail: 'the region being deployed to' },
  { label: 'strToBool()', detail: "'true'/'false' as a boolean" },
];
