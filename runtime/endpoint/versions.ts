// Lambda API, versions: PublishVersion (an immutable snapshot of code + configuration; workspace code is
// copied into the state dir) and ListVersionsByFunction.
import { jsonBody, ok, page, type ApiRequest, type Route, type Services } from './api';
import { storedCodeFields } from './code-store';
import { invalidParameter } from './errors';
import { checkReady } from './lifecycle';
import { lambdaTimestamp, sameSnapshot, toFunctionConfiguration, type FunctionRecord, type VersionRecord } from './model';
import { checkRevision, functionOf, newRevisionId } from './store';

/** Adds a version from `source` (stored code), or returns the newest one when nothing changed, as Lambda does. */
export function publish(fn: FunctionRecord, source: VersionRecord, description: string | undefined): VersionRecord {
  const settings = description === undefined ? source.settings : { ...source.settings, description };
  const candidate: VersionRecord = {
    ...source,
    settings,
    version: String(fn.nextVersion),
    revisionId: newRevisionId(),
    lastModified: lambdaTimestamp(),
  };
  const newest = fn.versions.at(-1);
  if (newest && sameSnapshot(newest, candidate)) return newest;
  fn.nextVersion += 1;
  fn.versions.push(candidate);
  return candidate;
}

async function publishVersion(req: ApiRequest, services: Services) {
  const { fn } = functionOf(req, services);
  const body = jsonBody(req);
  checkRevision(body.RevisionId, fn.latest.revisionId);
  checkReady(fn, fn.latest, req.region);
  let source = fn.latest;
  if (source.code.kind === 'workspace') {
    const { templateDir, codeDir, inlineCode } = source.code;
    const frozen = inlineCode === undefined ? await services.code.snapshot(`${templateDir}/${codeDir}`, [services.stateDir]) : undefined;
    if (frozen) source = { ...source, ...storedCodeFields(frozen) };
    fn.latest.codeSha256 = source.codeSha256;
  }
  if (typeof body.CodeSha256 === 'string' && body.CodeSha256 !== source.codeSha256) {
    throw invalidParameter(
      `CodeSHA256 (${body.CodeSha256}) is different from current CodeSHA256 in $LATEST (${source.codeSha256}). Please try again with the CodeSHA256 in $LATEST.`,
    );
  }
  const version = publish(fn, source, typeof body.Description === 'string' ? body.Description : undefined);
  await services.store.save();
  return ok(toFunctionConfiguration(fn, version, req.region), 201);
}

async function listVersionsByFunction(req: ApiRequest, services: Services) {
  const { fn } = functionOf(req, services);
  const all = [fn.latest, ...fn.versions].map((v) => toFunctionConfiguration(fn, v, req.region, true));
  const { items, next } = page(all, req.query);
  return ok({ Versions: items, ...(next ? { NextMarker: next } : {}) });
}

export const versionRoutes: Route[] = [
  { method: 'POST', path: '/2015-03-31/functions/{FunctionName}/versions', handle: publishVersion },
  { method: 'GET', path: '/2015-03-31/functions/{FunctionName}/versions', handle: listVersionsByFunction },
];
