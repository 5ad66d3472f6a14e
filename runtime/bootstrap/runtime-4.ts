// The invoke loop of aws-lambda-ric 4.x (nodejs24.x): `await handler(event, context)`, so plain return values
// count; no callbacks, and no process-level error handlers (an uncaught error ends the process with code 1).
import type { Handler } from './handler-loader';
import { buildContext, readInvokeHeaders } from './invoke-context';
import { logContext } from './log-patch';
import type { Poster } from './poster';

export async function runLoop4(poster: Poster, handler: Handler): Promise<never> {
  for (;;) {
    const { body, headers } = await poster.client.nextInvocation();
    const invoke = readInvokeHeaders(headers);
    logContext.requestId = invoke.requestId;
    logContext.tenantId = invoke.tenantId;
    try {
      const result = await handler(JSON.parse(body), buildContext(invoke, process.env, undefined));
      await poster.succeed(invoke.requestId, result, 4);
    } catch (error) {
      await poster.fail(invoke.requestId, error);
    }
  }
}
