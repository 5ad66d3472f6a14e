// Loads a command's bundle (dist/cli/<name>.js) with V8's code cache for it kept in the user's cache folder,
// so a run after the first skips compiling the bundle, as Node 22's module.enableCompileCache() does (Node 20 has none).
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** LAMBDA_WORKBENCH_COMPILE_CACHE: the cache folder, or `off`. Default: <XDG cache home>/lambda-workbench/v8. */
function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const given = env.LAMBDA_WORKBENCH_COMPILE_CACHE;
  if (given === 'off') return undefined;
  try {
    return given || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'lambda-workbench', 'v8');
  } catch {
    // No home folder to be found: no cache.
    return undefined;
  }
}

/** FNV-1a: a short name for a bundle's path (installs side by side keep their own caches). */
function pathKey(path: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Runs a CommonJS bundle as require would, compiled from the cached code when the cache matches the file. */
export function loadBundle(file: string, env: NodeJS.ProcessEnv): unknown {
  const source = readFileSync(file, 'utf8');
  const dir = cacheDir(env);
  // V8 checks a cache against the source's length only: the bundle's path, size and time and Node's version key it.
  const { size, mtimeMs } = statSync(file);
  const name = `${basename(file, '.js')}-${pathKey(file)}`;
  const cacheFile = dir && join(dir, `${name}-${size}-${Math.round(mtimeMs)}-${process.version}.cache`);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // Not cached yet.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
    // Written at exit, so it also holds the functions this run compiled lazily.
    process.once('exit', () => save(cacheFile, name, script));
  }
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** Best effort: a cache that cannot be written only means the next run compiles again. */
function save(cacheFile: string, name: string, script: Script): void {
  try {
    const dir = dirname(cacheFile);
    mkdirSync(dir, { recursive: true });
    // The caches of earlier builds of this bundle go; a temporary name and a rename keep concurrent runs whole.
    const earlier = new RegExp(`^${name}-\\d+-\\d+-v[\\d.]+\\.cache$`);
    for (const old of readdirSync(dir)) if (earlier.test(old)) rmSync(join(dir, old), { force: true });
    const temporary = `${cacheFile}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    // Read-only home, full disk: run without a cache.
  }
}
