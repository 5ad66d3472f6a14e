// GET /__code/<function>/<qualifier>.zip: the download behind GetFunction's Code.Location (on AWS a
// presigned S3 URL). Uploaded zips are served as stored; directories are zipped on the fly.
import { createReadStream, existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiRequest, Reply, Route, Services } from './api';
import { CodeStore } from './code-store';
import { resolveVersion } from './store';

async function filesOf(dir: string): Promise<string[]> {
  const names = ((await readdir(dir, { recursive: true })) as string[]).sort();
  const files: string[] = [];
  for (const name of names) if ((await stat(join(dir, name))).isFile()) files.push(name);
  return files;
}

async function getCode(req: ApiRequest, services: Services): Promise<Reply> {
  const fn = services.store.get({ name: req.params.FunctionName }, req.region);
  const v = resolveVersion(fn, req.params.Qualifier, req.region);
  const headers = { 'Content-Type': 'application/zip' };
  if (v.code.kind === 'stored' && existsSync(services.code.zipPathOf(v.code.key))) {
    return { status: 200, headers, raw: createReadStream(services.code.zipPathOf(v.code.key)) };
  }
  if (v.code.kind === 'workspace' && v.code.inlineCode !== undefined) {
    return { status: 200, headers: { 'Content-Type': 'text/plain' }, raw: v.code.inlineCode };
  }
  const dir = v.code.kind === 'stored' ? services.code.dirOf(v.code.key) : join(v.code.templateDir, v.code.codeDir);
  return { status: 200, headers, raw: CodeStore.zipDirectory(dir, await filesOf(dir)) };
}

export const codeLocationRoutes: Route[] = [{ method: 'GET', path: '/__code/{FunctionName}/{Qualifier}.zip', handle: getCode }];
