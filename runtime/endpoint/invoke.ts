// Lambda API, Invoke: RequestResponse, Event (202, runs after answering) and DryRun (204); qualifiers
// ($LATEST, version, alias with weighted routing); reserved concurrency; X-Amz-Function-Error,
// X-Amz-Executed-Version and, with `X-Amz-Log-Type: Tail`, the last 4 KB of logs in X-Amz-Log-Result.
import { pickVersion } from './aliases';
import type { ApiRequest, Reply, Route, Services } from './api';
import { invalidParameter, lambdaError } from './errors';
import { checkReady } from './lifecycle';
import { functionArn, type FunctionRecord, type VersionRecord } from './model';
import type { InvokeTarget } from './invoker';
import { findVersion, functionOf, resolveVersion } from './store';

/** Lambda's synchronous payload limit (6 MB request and response) and the tail size it returns. */
const MAX_PAYLOAD = 6 * 1024 * 1024;
const TAIL_BYTES = 4096;

const inFlight = new WeakMap<FunctionRecord, number>();

function versionToRun(fn: FunctionRecord, qualifier: string | undefined, region: string): VersionRecord {
  const alias = qualifier === undefined ? undefined : fn.aliases.find((a) => a.name === qualifier);
  if (!alias) return resolveVersion(fn, qualifier, region);
  const version = findVersion(fn, pickVersion(alias));
  if (!version) throw lambdaError('ResourceNotFoundException', `Function not found: ${functionArn(region, fn.name, qualifier)}`);
  return version;
}

export function targetOf(fn: FunctionRecord, v: VersionRecord, services: Services, region: string): InvokeTarget {
  const code =
    v.code.kind === 'stored' ? { templateDir: services.code.dirOf(v.code.key), codeDir: '.' } : { templateDir: v.code.templateDir, codeDir: v.code.codeDir, inlineCode: v.code.inlineCode };
  return { functionName: fn.name, version: v.version, revisionId: v.revisionId, settings: v.settings, region, ...code };
}

async function invoke(req: ApiRequest, services: Services): Promise<Reply> {
  const { ref, fn } = functionOf(req, services);
  const type = String(req.headers['x-amz-invocation-type'] ?? 'RequestResponse');
  if (!['RequestResponse', 'Event', 'DryRun'].includes(type)) {
    throw invalidParameter(`1 validation error detected: Value '${type}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]`);
  }
  const v = versionToRun(fn, ref.qualifier, req.region);
  if (v.state !== 'Active') checkReady(fn, v, req.region);
  if (req.body.length > MAX_PAYLOAD) {
    throw lambdaError('RequestTooLargeException', `${req.body.length} byte payload is too large for the ${type} invocation type (limit ${MAX_PAYLOAD} bytes)`);
  }
  const payload = req.body.length ? req.body.toString('utf8') : '{}';
  try {
    JSON.parse(payload);
  } catch (cause) {
    throw Object.assign(lambdaError('InvalidRequestContentException', 'Could not parse request body into json: Unexpected character'), { cause });
  }
  const headers = { 'X-Amz-Executed-Version': v.version };
  if (type === 'DryRun') return { status: 204, headers };
  const clientContext = req.headers['x-amz-client-context'] ? Buffer.from(String(req.headers['x-amz-client-context']), 'base64').toString('utf8') : undefined;
  const target = targetOf(fn, v, services, req.region);
  if (type === 'Event') {
    await services.invoker.invoke(target, payload, { invocationType: 'Event', qualifier: ref.qualifier });
    return { status: 202, headers };
  }
  const running = inFlight.get(fn) ?? 0;
  if (fn.reservedConcurrency !== undefined && running >= fn.reservedConcurrency) {
    throw lambdaError('TooManyRequestsException', 'Rate Exceeded.', { Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' });
  }
  inFlight.set(fn, running + 1);
  const run = services.invoker
    .invoke(target, payload, { invocationType: 'RequestResponse', clientContext, qualifier: ref.qualifier, signal: AbortSignal.timeout((v.settings.timeout + 30) * 1000) })
    .finally(() => inFlight.set(fn, (inFlight.get(fn) ?? 1) - 1));
  const outcome = await run;
  const tail = Buffer.from(outcome.logTail, 'utf8');
  return {
    status: 200,
    raw: outcome.payload,
    headers: {
      ...headers,
      'x-amzn-RequestId': outcome.requestId,
      ...(outcome.functionError ? { 'X-Amz-Function-Error': outcome.functionError } : {}),
      ...(req.headers['x-amz-log-type'] === 'Tail' ? { 'X-Amz-Log-Result': tail.subarray(Math.max(0, tail.length - TAIL_BYTES)).toString('base64') } : {}),
    },
  };
}

export const invokeRoutes: Route[] = [{ method: 'POST', path: '/2015-03-31/functions/{FunctionName}/invocations', handle: invoke }];
