// The environment variables of a local execution environment: Lambda's reserved set (configuration-envvars.html),
// then the function's own, an env file and overrides; reserved keys always keep Lambda's values.
import { randomBytes } from 'node:crypto';
import type { FunctionConfig } from '../template-model';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface EnvironmentInputs {
  config: FunctionConfig;
  runtimeApi: string;
  taskRoot: string;
  runtimeDir: string;
  /** `$LATEST` or a published version's number. */
  version: string;
  logStreamName: string;
  /** Template environment overridden by env file and overrides; never beats a reserved key. */
  userEnv: Record<string, string>;
  /** The user's AWS credentials, passed only when they chose to. */
  credentials?: AwsCredentials;
}

/** `YYYY/MM/DD/[<version>]<32 hex>`, one per execution environment. */
export function newLogStreamName(version = '$LATEST', now = new Date()): string {
  return `${now.toISOString().slice(0, 10).replace(/-/g, '/')}/[${version}]${randomBytes(16).toString('hex')}`;
}

export function functionArn(config: FunctionConfig): string {
  return `arn:aws:lambda:${config.region}:123456789012:function:${config.functionName}`;
}

export function lambdaEnvironment(inputs: EnvironmentInputs): Record<string, string> {
  const { config, credentials } = inputs;
  const reserved: Record<string, string> = {
    _HANDLER: config.handler,
    AWS_REGION: config.region,
    AWS_DEFAULT_REGION: config.region,
    AWS_EXECUTION_ENV: `AWS_Lambda_${config.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: config.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.memorySize),
    AWS_LAMBDA_FUNCTION_VERSION: inputs.version,
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${config.functionName}`,
    AWS_LAMBDA_LOG_STREAM_NAME: inputs.logStreamName,
    AWS_LAMBDA_RUNTIME_API: inputs.runtimeApi,
    LAMBDA_TASK_ROOT: inputs.taskRoot,
    LAMBDA_RUNTIME_DIR: inputs.runtimeDir,
    TZ: ':UTC',
  };
  if (credentials) {
    reserved.AWS_ACCESS_KEY_ID = credentials.accessKeyId;
    reserved.AWS_ACCESS_KEY = credentials.accessKeyId;
    reserved.AWS_SECRET_ACCESS_KEY = credentials.secretAccessKey;
    if (credentials.sessionToken) reserved.AWS_SESSION_TOKEN = credentials.sessionToken;
  }
  const platform: Record<string, string> = {
    LANG: 'en_US.UTF-8',
    // The host's PATH, so the function can run the same tools as on the developer's machine.
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    NODE_PATH: inputs.taskRoot,
    AWS_XRAY_CONTEXT_MISSING: 'LOG_ERROR',
  };
  if (config.logFormat === 'JSON') platform.AWS_LAMBDA_LOG_FORMAT = 'JSON';
  return { ...platform, ...inputs.userEnv, ...reserved };
}
