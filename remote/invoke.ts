// Invoke a deployed function (or one of its versions/aliases) with the last 4 KB of its logs.
import { InvokeCommand } from '@aws-sdk/client-lambda';
import type { AwsConnection } from './connection';
import { withAwsErrors } from './errors';

export interface RemoteInvokeResult {
  statusCode?: number;
  /** `Unhandled` when the function failed; the payload is then Lambda's error payload. */
  functionError?: string;
  payload: string;
  /** The tail of the invocation's logs (START … REPORT), decoded. */
  logTail: string;
  executedVersion?: string;
}

export async function invokeRemote(connection: AwsConnection, name: string, event: unknown, qualifier?: string, signal?: AbortSignal): Promise<RemoteInvokeResult> {
  const result = await withAwsErrors(`Invoke ${qualifier ? `${name}:${qualifier}` : name}`, connection.profile, () =>
    connection.lambda.send(
      new InvokeCommand({
        FunctionName: name,
        Qualifier: qualifier,
        InvocationType: 'RequestResponse',
        LogType: 'Tail',
        Payload: Buffer.from(JSON.stringify(event ?? {})),
      }),
      { abortSignal: signal },
    ),
  );
  return {
    statusCode: result.StatusCode,
    functionError: result.FunctionError,
    payload: result.Payload ? Buffer.from(result.Payload).toString('utf8') : '',
    logTail: result.LogResult ? Buffer.from(result.LogResult, 'base64').toString('utf8') : '',
    executedVersion: result.ExecutedVersion,
  };
}
