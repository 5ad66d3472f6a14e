// The `context` object handlers receive, built from the /next headers and the function's environment
// (docs: nodejs-context.html). 3.x adds the callback-era members; 4.x adds xRayTraceId.
import type { IncomingHttpHeaders } from 'node:http';

export interface InvokeHeaders {
  requestId: string;
  deadlineMs: number;
  functionArn: string;
  traceId: string | undefined;
  clientContext: string | undefined;
  cognitoIdentity: string | undefined;
  tenantId: string | undefined;
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export function readInvokeHeaders(headers: IncomingHttpHeaders): InvokeHeaders {
  return {
    requestId: header(headers, 'lambda-runtime-aws-request-id') ?? '',
    deadlineMs: Number(header(headers, 'lambda-runtime-deadline-ms')),
    functionArn: header(headers, 'lambda-runtime-invoked-function-arn') ?? '',
    traceId: header(headers, 'lambda-runtime-trace-id'),
    clientContext: header(headers, 'lambda-runtime-client-context'),
    cognitoIdentity: header(headers, 'lambda-runtime-cognito-identity'),
    tenantId: header(headers, 'lambda-runtime-aws-tenant-id'),
  };
}

function parseJsonHeader(name: string, value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch (error) {
    throw new Error(`Cannot parse ${name} as json: ${String(error)}`);
  }
}

/** The context members, in the key order of aws-lambda-ric 3.3.0 (with callback members) or 4.0.2 (without). */
export function buildContext(invoke: InvokeHeaders, env: NodeJS.ProcessEnv, callbackMembers: object | undefined): Record<string, unknown> {
  // _X_AMZN_TRACE_ID follows the current invocation and is removed when the header is absent.
  if (invoke.traceId) process.env._X_AMZN_TRACE_ID = invoke.traceId;
  else delete process.env._X_AMZN_TRACE_ID;
  const fromEnv = {
    functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION,
    functionName: env.AWS_LAMBDA_FUNCTION_NAME,
    memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME,
  };
  const fromHeaders = {
    clientContext: parseJsonHeader('ClientContext', invoke.clientContext),
    identity: parseJsonHeader('CognitoIdentity', invoke.cognitoIdentity),
    invokedFunctionArn: invoke.functionArn,
    awsRequestId: invoke.requestId,
    tenantId: invoke.tenantId,
  };
  const getRemainingTimeInMillis = (): number => invoke.deadlineMs - Date.now();
  // Object.assign onto the callback members keeps their accessors (callbackWaitsForEmptyEventLoop) and key order.
  if (callbackMembers) return Object.assign(callbackMembers, fromEnv, fromHeaders, { getRemainingTimeInMillis });
  const { functionVersion, functionName, ...rest } = fromEnv;
  return { ...fromHeaders, xRayTraceId: invoke.traceId, getRemainingTimeInMillis, functionName, functionVersion, ...rest };
}
