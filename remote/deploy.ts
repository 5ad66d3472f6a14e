// Deploy a template function: package its code, UpdateFunctionCode, wait until the update is done,
// and optionally publish a version.
import { UpdateFunctionCodeCommand, waitUntilFunctionUpdatedV2 } from '@aws-sdk/client-lambda';
import { publishVersion } from './aliases';
import type { AwsConnection } from './connection';
import { describeAwsError, withAwsErrors } from './errors';
import { packageFunction, type DeployTarget } from './package-code';

export interface DeployOptions {
  publish?: boolean;
  description?: string;
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
}

export interface DeployResult {
  functionName: string;
  codeSha256?: string;
  zipBytes: number;
  version?: string;
  warnings: string[];
}

/** How long to wait for Lambda to finish applying new code. */
const UPDATE_WAIT_SECONDS = 300;

export async function deployFunction(connection: AwsConnection, config: DeployTarget, options: DeployOptions = {}): Promise<DeployResult> {
  const progress = options.onProgress ?? (() => undefined);
  progress(`Packaging ${config.id} (${config.runtime})`);
  const code = await packageFunction(config);
  options.signal?.throwIfAborted();
  progress(`Uploading ${code.zip.length} bytes to ${config.functionName}`);
  const updated = await withAwsErrors(`Update code of ${config.functionName}`, connection.profile, () =>
    connection.lambda.send(new UpdateFunctionCodeCommand({ FunctionName: config.functionName, ZipFile: code.zip }), { abortSignal: options.signal }),
  );
  progress(`Waiting for ${config.functionName} to finish updating`);
  try {
    await waitUntilFunctionUpdatedV2(
      { client: connection.lambda, maxWaitTime: UPDATE_WAIT_SECONDS, minDelay: 1, maxDelay: 5, abortSignal: options.signal },
      { FunctionName: config.functionName },
    );
  } catch (error) {
    throw describeAwsError(`Wait for ${config.functionName} to finish updating`, error, connection.profile);
  }
  const result: DeployResult = { functionName: config.functionName, codeSha256: updated.CodeSha256, zipBytes: code.zip.length, warnings: code.warnings };
  if (options.publish) {
    progress(`Publishing a version of ${config.functionName}`);
    result.version = (await publishVersion(connection, config.functionName, options.description)).Version;
  }
  return result;
}
