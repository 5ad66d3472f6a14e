// Lambda API, aliases: CreateAlias, GetAlias, UpdateAlias, DeleteAlias, ListAliases — with RevisionId
// locking and RoutingConfig.AdditionalVersionWeights, which Invoke honours (pickVersion).
import { jsonBody, noContent, ok, page, type ApiRequest, type Route, type Services } from './api';
import { invalidParameter, lambdaError, validationError } from './errors';
import { functionArn, toAliasConfiguration, type AliasRecord, type FunctionRecord } from './model';
import { checkRevision, findAlias, findVersion, functionOf, newRevisionId } from './store';

const ALIAS_NAME = /^(?!^[0-9]+$)[a-zA-Z0-9_-]{1,128}$/;

function targetVersion(fn: FunctionRecord, version: unknown, region: string): string {
  if (typeof version !== 'string') throw validationError('functionVersion', version, 'Member must not be null');
  if (!findVersion(fn, version)) throw lambdaError('ResourceNotFoundException', `Function not found: ${functionArn(region, fn.name, version)}`);
  return version;
}

function weights(fn: FunctionRecord, routing: unknown, primary: string, region: string): Record<string, number> | undefined {
  const given = (routing as { AdditionalVersionWeights?: Record<string, unknown> } | undefined)?.AdditionalVersionWeights;
  if (!given || Object.keys(given).length === 0) return undefined;
  if (Object.keys(given).length > 1) throw invalidParameter('Number of items in AdditionalVersionWeights cannot be greater than 1');
  const result: Record<string, number> = {};
  for (const [version, weight] of Object.entries(given)) {
    if (typeof weight !== 'number' || weight < 0 || weight > 1) throw validationError('routingConfig.additionalVersionWeights', weight, 'Member must have value between 0.0 and 1.0');
    if (primary === '$LATEST' || version === '$LATEST') throw invalidParameter('$LATEST is not supported for an alias pointing to more than 1 version');
    if (version === primary) throw invalidParameter(`Invalid function version ${version}. Function version ${version} is already included in routing configuration.`);
    targetVersion(fn, version, region);
    result[version] = weight;
  }
  return result;
}

/** The version an alias sends one invocation to: each additional version with its weight, else the primary. */
export function pickVersion(alias: AliasRecord, random = Math.random()): string {
  let threshold = 0;
  for (const [version, weight] of Object.entries(alias.additionalVersionWeights ?? {})) {
    threshold += weight;
    if (random < threshold) return version;
  }
  return alias.functionVersion;
}

async function createAlias(req: ApiRequest, services: Services) {
  const { fn } = functionOf(req, services);
  const body = jsonBody(req);
  if (typeof body.Name !== 'string' || !ALIAS_NAME.test(body.Name)) throw validationError('name', body.Name, 'Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)');
  if (fn.aliases.some((a) => a.name === body.Name)) {
    throw lambdaError('ResourceConflictException', `Alias already exists: ${functionArn(req.region, fn.name, body.Name)}`);
  }
  const functionVersion = targetVersion(fn, body.FunctionVersion, req.region);
  const alias: AliasRecord = {
    name: body.Name,
    functionVersion,
    description: typeof body.Description === 'string' ? body.Description : '',
    additionalVersionWeights: weights(fn, body.RoutingConfig, functionVersion, req.region),
    revisionId: newRevisionId(),
  };
  fn.aliases.push(alias);
  await services.store.save();
  return ok(toAliasConfiguration(fn, alias, req.region), 201);
}

async function getAlias(req: ApiRequest, services: Services) {
  const { fn } = functionOf(req, services);
  return ok(toAliasConfiguration(fn, findAlias(fn, req.params.Name, req.region), req.region));
}

async function updateAlias(req: ApiRequest, services: Services) {
  const { fn } = functionOf(req, services);
  const alias = findAlias(fn, req.params.Name, req.region);
  const body = jsonBody(req);
  checkRevision(body.RevisionId, alias.revisionId);
  const functionVersion = body.FunctionVersion === undefined ? alias.functionVersion : targetVersion(fn, body.FunctionVersion, req.region);
  const additionalVersionWeights =
    body.RoutingConfig === undefined ? alias.additionalVersionWeights : weights(fn, body.RoutingConfig, functionVersion, req.region);
  if (body.RoutingConfig === undefined && additionalVersionWeights) weights(fn, { AdditionalVersionWeights: additionalVersionWeights }, functionVersion, req.region);
  Object.assign(alias, {
    functionVersion,
    additionalVersionWeights,
    description: typeof body.Description === 'string' ? body.Description : alias.description,
    revisionId: newRevisionId(),
  });
  await services.store.save();
  return ok(toAliasConfiguration(fn, alias, req.region));
}

async function deleteAlias(req: ApiRequest, services: Services) {
  const { fn } = functionOf(req, services);
  fn.aliases = fn.aliases.filter((a) => a.name !== req.params.Name);
  await services.store.save();
  return noContent();
}

async function listAliases(req: ApiRequest, services: Services) {
  const { fn } = functionOf(req, services);
  const version = req.query.get('FunctionVersion');
  const aliases = fn.aliases
    .filter((a) => version === null || a.functionVersion === version)
    .map((a) => toAliasConfiguration(fn, a, req.region));
  const { items, next } = page(aliases, req.query);
  return ok({ Aliases: items, ...(next ? { NextMarker: next } : {}) });
}

export const aliasRoutes: Route[] = [
  { method: 'POST', path: '/2015-03-31/functions/{FunctionName}/aliases', handle: createAlias },
  { method: 'GET', path: '/2015-03-31/functions/{FunctionName}/aliases', handle: listAliases },
  { method: 'GET', path: '/2015-03-31/functions/{FunctionName}/aliases/{Name}', handle: getAlias },
  { method: 'PUT', path: '/2015-03-31/functions/{FunctionName}/aliases/{Name}', handle: updateAlias },
  { method: 'DELETE', path: '/2015-03-31/functions/{FunctionName}/aliases/{Name}', handle: deleteAlias },
];
