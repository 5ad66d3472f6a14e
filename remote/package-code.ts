// Builds a function's deployment zip from the workspace: an esbuild bundle of the handler for Node.js
// and TypeScript, the code folder plus a local virtualenv's packages for Python.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { RemoteError } from './errors';
import { zipFiles, type ZipEntry } from './zip';

const NODE_SOURCE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'];

/** What deploying needs to know of a function: where its code is and how Lambda loads it. */
export interface DeployTarget {
  /** The template's name for it (logical ID or serverless function key), for messages. */
  id: string;
  functionName: string;
  runtime: string;
  handler: string;
  /** Absolute path of the code folder. */
  codeDir: string;
  /** Where a Python virtualenv may also be found (the template's folder). */
  projectDir?: string;
}

export interface CodePackage {
  zip: Buffer;
  /** Paths inside the zip, for messages and tests. */
  files: string[];
  warnings: string[];
}

/** The handler's module path relative to the code folder: `src/app.handler` → `src/app`. */
export function handlerModule(handler: string): { module: string; exportPath: string } {
  const slash = handler.lastIndexOf('/');
  const dot = handler.indexOf('.', slash + 1);
  if (dot < 0) throw new RemoteError(`Handler must look like file.function: ${handler}`);
  return { module: handler.slice(0, dot), exportPath: handler.slice(dot + 1) };
}

export async function packageFunction(target: DeployTarget): Promise<CodePackage> {
  const { codeDir } = target;
  if (!existsSync(codeDir)) throw new RemoteError(`Code folder not found: ${codeDir}`);
  if (target.runtime.startsWith('python')) return packagePython(target, codeDir, target.projectDir ?? codeDir);
  if (target.runtime.startsWith('nodejs')) return packageNode(target, codeDir);
  throw new RemoteError(`Deploy supports Node.js and Python runtimes, not: ${target.runtime || '(no runtime)'}`);
}

async function packageNode(config: DeployTarget, codeDir: string): Promise<CodePackage> {
  const { module } = handlerModule(config.handler);
  const source = NODE_SOURCE_EXTENSIONS.map((ext) => join(codeDir, module + ext)).find((file) => existsSync(file));
  if (!source) throw new RemoteError(`Handler file not found: ${join(codeDir, module)}{${NODE_SOURCE_EXTENSIONS.join(',')}}`);
  const esm = /\.m[jt]s$/.test(source);
  const outName = `${module}${esm ? '.mjs' : '.js'}`;
  // esbuild is loaded on use: it is a native tool, kept out of the bundles.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    target: `node${nodeMajor(config.runtime)}`,
    format: esm ? 'esm' : 'cjs',
    write: false,
    outfile: join(codeDir, outName),
    // The Node.js runtimes provide AWS SDK v3; bundling it would only grow the zip.
    external: ['@aws-sdk/*'],
    logLevel: 'silent',
  });
  const files: ZipEntry[] = result.outputFiles.map((f) => ({ path: toZipPath(relative(codeDir, f.path)), data: Buffer.from(f.contents) }));
  return { zip: await zipFiles(files), files: files.map((f) => f.path), warnings: [] };
}

function nodeMajor(runtime: string): string {
  return runtime.match(/^nodejs(\d+)/)?.[1] ?? '20';
}

async function packagePython(config: DeployTarget, codeDir: string, templateDir: string): Promise<CodePackage> {
  const entries = collectFiles(codeDir, codeDir);
  const warnings: string[] = [];
  const requirements = join(codeDir, 'requirements.txt');
  if (existsSync(requirements) && readFileSync(requirements, 'utf8').trim()) {
    const sitePackages = findSitePackages([codeDir, templateDir]);
    if (sitePackages) entries.push(...collectFiles(sitePackages, sitePackages));
    else warnings.push(`${requirements} lists dependencies but no virtualenv (.venv) was found: they are not in the zip`);
  }
  if (!entries.some((e) => e.path === `${handlerModule(config.handler).module.replace(/\./g, '/')}.py`)) {
    warnings.push(`Handler module not found in the zip: ${config.handler}`);
  }
  return { zip: await zipFiles(entries), files: entries.map((e) => e.path), warnings };
}

function findSitePackages(dirs: string[]): string | undefined {
  for (const dir of dirs) {
    const lib = join(dir, '.venv', 'lib');
    if (!existsSync(lib)) continue;
    const python = readdirSync(lib).find((name) => name.startsWith('python'));
    if (python && existsSync(join(lib, python, 'site-packages'))) return join(lib, python, 'site-packages');
  }
  return undefined;
}

const SKIPPED = new Set(['__pycache__', '.venv', 'node_modules', '.git', '.lambda-workbench', '.aws-sam']);

function collectFiles(dir: string, root: string): ZipEntry[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIPPED.has(name) || name.endsWith('.pyc')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return collectFiles(path, root);
    return [{ path: toZipPath(relative(root, path)), data: readFileSync(path) }];
  });
}

function toZipPath(path: string): string {
  return path.split(sep).join(posix.sep);
}
