// Lambda API, functions: CreateFunction, GetFunction, GetFunctionConfiguration, ListFunctions,
// UpdateFunctionCode, UpdateFunctionConfiguration, DeleteFunction.
import { jsonBody, noContent, ok, page, type ApiRequest, type Route, type Services } from './api';
import { storedCodeFields } from './code-store';
import { invalidParameter, lambdaError, validationError } from './errors';
import { checkReady, markPending, settle } from './lifecycle';
import { functionArn, lambdaTimestamp, toFunctionConfiguration, type FunctionRecord, type VersionRecord } from './model';
import { applySettings, createSettings } from './settings';
import { checkRevision, functionOf, newRevisionId, resolveVersion } from './store';
import { publish } from './versions';

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;

async function zipOf(body: Record<string, unknown>, services: Services) {
  const code = (body.Code ?? body) as Record<string, unknown>;
  if (body.PackageType === 'Image' || code.ImageUri !== undefined) throw invalidParameter('Container images are not supported by lambda-workbench: use PackageType Zip');
  if (typeof code.ZipFile !== 'string') {
    throw invalidParameter(code.S3Bucket !== undefined ? 'S3 code locations are not reachable locally: send ZipFile instead of S3Bucket' : 'Please provide a source for function code: ZipFile');
  }
  return services.code.saveZip(Buffer.from(code.ZipFile, 'base64'));
}

async function createFunction(req: ApiRequest, services: Services) {
  const body = jsonBody(req);
  const name = body.FunctionName;
  if (typeof name !== 'string' || !NAME.test(name)) throw validationError('functionName', name, 'Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+');
  if (services.store.find(name)) throw lambdaError('ResourceConflictException', `Function already exist: ${name}`);
  const settings = createSettings(body);
  const stored = await zipOf(body, services);
  const latest: VersionRecord = {
    version: '$LATEST',
    settings,
    ...storedCodeFields(stored),
    revisionId: newRevisionId(),
    lastModified: lambdaTimestamp(),
    state: 'Active',
    lastUpdateStatus: 'Successful',
  };
  markPending(latest, true);
  const fn: FunctionRecord = { name, latest, versions: [], nextVersion: 1, aliases: [] };
  const published = body.Publish === true ? publish(fn, latest, undefined) : undefined;
  services.store.put(fn);
  await services.store.save();
  const reply = ok(toFunctionConfiguration(fn, published ?? latest, req.region), 201);
  settle(fn, services);
  return reply;
}

async function getFunction(req: ApiRequest, services: Services) {
  const { ref, fn } = functionOf(req, services);
  const v = resolveVersion(fn, ref.qualifier, req.region);
  const qualifier = ref.qualifier ?? '$LATEST';
  return ok({
    Configuration: toFunctionConfiguration(fn, v, req.region),
    Code: { RepositoryType: 'S3', Location: `${req.baseUrl}/__code/${encodeURIComponent(fn.name)}/${encodeURIComponent(qualifier)}.zip` },
    ...(fn.reservedConcurrency !== undefined ? { Concurrency: { ReservedConcurrentExecutions: fn.reservedConcurrency } } : {}),
  });
}

async function getFunctionConfiguration(req: ApiRequest, services: Services) {
  const { ref, fn } = functionOf(req, services);
  return ok(toFunctionConfiguration(fn, resolveVersion(fn, ref.qualifier, req.region), req.region));
}

async function listFunctions(req: ApiRequest, services: Services) {
  const all = req.query.get('FunctionVersion') === 'ALL';
  const configs = services.store
    .list()
    .flatMap((fn) => (all ? [fn.latest, ...fn.versions] : [fn.latest]).map((v) => toFunctionConfiguration(fn, v, req.region, all)));
  const { items, next } = page(configs, req.query);
  return ok({ Functions: items, ...(next ? { NextMarker: next } : {}) });
}

async function updateFunctionCode(req: ApiRequest, services: Services) {
  const { fn } = functionOf(req, services);
  const body = jsonBody(req);
  checkRevision(body.RevisionId, fn.latest.revisionId);
  checkReady(fn, fn.latest, req.region);
  const stored = await zipOf(body, services);
  const settings = Array.isArray(body.Architectures) ? applySettings(fn.latest.settings, { Architectures: body.Architectures }) : fn.latest.settings;
  const updated: VersionRecord = {
    ...fn.latest,
    settings,
    ...storedCodeFields(stored),
    revisionId: newRevisionId(),
    lastModified: lambdaTimestamp(),
  };
  if (body.DryRun === true) return ok(toFunctionConfiguration(fn, updated, req.region));
  markPending(updated, false);
  fn.latest = updated;
  const published = body.Publish === true ? publish(fn, updated, undefined) : undefined;
  await services.invoker.release(fn.name);
  await services.store.save();
  const reply = ok(toFunctionConfiguration(fn, published ?? updated, req.region));
  settle(fn, services);
  return reply;
}

async function updateFunctionConfiguration(req: ApiRequest, services: Services) {
  const { fn } = functionOf(req, services);
  const body = jsonBody(req);
  checkRevision(body.RevisionId, fn.latest.revisionId);
  checkReady(fn, fn.latest, req.region);
  const updated: VersionRecord = {
    ...fn.latest,
    settings: applySettings(fn.latest.settings, body),
    revisionId: newRevisionId(),
    lastModified: lambdaTimestamp(),
  };
  markPending(updated, false);
  fn.latest = updated;
  await services.invoker.release(fn.name);
  await services.store.save();
  const reply = ok(toFunctionConfiguration(fn, updated, req.region));
  settle(fn, services);
  return reply;
}

async function deleteFunction(req: ApiRequest, services: Services) {
  const { ref, fn } = functionOf(req, services);
  if (ref.qualifier === undefined) {
    services.store.delete(fn.name);
  } else {
    if (ref.qualifier === '$LATEST') throw invalidParameter('$LATEST version cannot be deleted without deleting the function.');
    const index = fn.versions.findIndex((v) => v.version === ref.qualifier);
    if (index < 0) throw lambdaError('ResourceNotFoundException', `Function not found: ${functionArn(req.region, fn.name, ref.qualifier)}`);
    const users = fn.aliases.filter((a) => a.functionVersion === ref.qualifier || a.additionalVersionWeights?.[ref.qualifier!] !== undefined);
    if (users.length > 0) {
      throw lambdaError('ResourceConflictException', `Unable to delete version because the following aliases reference it: [${users.map((a) => a.name).join(', ')}]`);
    }
    fn.versions.splice(index, 1);
  }
  await services.invoker.release(fn.name);
  await services.store.save();
  return noContent();
}

export const functionRoutes: Route[] = [
  { method: 'POST', path: '/2015-03-31/functions', handle: createFunction },
  { method: 'GET', path: '/2015-03-31/functions', handle: listFunctions },
  { method: 'GET', path: '/2015-03-31/functions/{FunctionName}', handle: getFunction },
  { method: 'GET', path: '/2015-03-31/functions/{FunctionName}/configuration', handle: getFunctionConfiguration },
  { method: 'PUT', path: '/2015-03-31/functions/{FunctionName}/code', handle: updateFunctionCode },
  { method: 'PUT', path: '/2015-03-31/functions/{FunctionName}/configuration', handle: updateFunctionConfiguration },
  { method: 'DELETE', path: '/2015-03-31/functions/{FunctionName}', handle: deleteFunction },
];
