// Lambda API, reserved concurrency: PutFunctionConcurrency, GetFunctionConcurrency,
// DeleteFunctionConcurrency. Invoke enforces the reservation (TooManyRequestsException).
import { jsonBody, noContent, ok, type ApiRequest, type Route, type Services } from './api';
import { invalidParameter, validationError } from './errors';
import { functionOf } from './store';

/** Lambda's default account limit, and the part that must stay unreserved (AWS quotas page). */
const ACCOUNT_LIMIT = 1000;
const MIN_UNRESERVED = 100;

async function putFunctionConcurrency(req: ApiRequest, services: Services) {
  const { fn } = functionOf(req, services);
  const value = jsonBody(req).ReservedConcurrentExecutions;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw validationError('reservedConcurrentExecutions', value, 'Member must have value greater than or equal to 0');
  }
  const others = services.store.list().reduce((sum, f) => sum + (f.name === fn.name ? 0 : (f.reservedConcurrency ?? 0)), 0);
  if (others + value > ACCOUNT_LIMIT - MIN_UNRESERVED) {
    throw invalidParameter(
      `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${MIN_UNRESERVED}].`,
    );
  }
  fn.reservedConcurrency = value;
  await services.store.save();
  return ok({ ReservedConcurrentExecutions: value });
}

async function getFunctionConcurrency(req: ApiRequest, services: Services) {
  const { fn } = functionOf(req, services);
  return ok(fn.reservedConcurrency === undefined ? {} : { ReservedConcurrentExecutions: fn.reservedConcurrency });
}

async function deleteFunctionConcurrency(req: ApiRequest, services: Services) {
  const { fn } = functionOf(req, services);
  delete fn.reservedConcurrency;
  await services.store.save();
  return noContent();
}

export const concurrencyRoutes: Route[] = [
  { method: 'PUT', path: '/2017-10-31/functions/{FunctionName}/concurrency', handle: putFunctionConcurrency },
  { method: 'GET', path: '/2019-09-30/functions/{FunctionName}/concurrency', handle: getFunctionConcurrency },
  { method: 'DELETE', path: '/2017-10-31/functions/{FunctionName}/concurrency', handle: deleteFunctionConcurrency },
];
