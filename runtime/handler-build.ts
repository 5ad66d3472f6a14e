// TypeScript handlers: when the handler's module exists only as .ts/.mts/.cts, esbuild bundles it (packages
// left to node_modules) with source maps into <code>/.lambda-workbench/build/, as `sam build` would;
// .mts becomes ESM (.mjs), .ts/.cts CommonJS (.cjs), so the runtime's loader picks the right module system.
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export interface PreparedCode {
  /** LAMBDA_TASK_ROOT and the working directory: always the function's own code folder. */
  taskRoot: string;
  /** The `_HANDLER` to run: the template's, or an absolute one pointing into the build output. */
  handler: string;
  /** Extra Node flags (source-mapped stack traces for built code). */
  nodeArgs: string[];
}

const JS_EXTENSIONS = ['', '.js', '.mjs', '.cjs'];
const TS_EXTENSIONS = ['.ts', '.mts', '.cts'];

export async function prepareCode(taskRoot: string, handler: string): Promise<PreparedCode> {
  const moduleAndHandler = basename(handler);
  const moduleRoot = handler.substring(0, handler.indexOf(moduleAndHandler));
  const match = /^([^.]*)\.(.*)$/.exec(moduleAndHandler);
  const base = match ? resolve(taskRoot, moduleRoot, match[1]) : undefined;
  const source = base && !JS_EXTENSIONS.some((ext) => existsSync(base + ext)) ? TS_EXTENSIONS.map((ext) => base + ext).find(existsSync) : undefined;
  if (!source || !match) return { taskRoot, handler, nodeArgs: [] };
  const esm = source.endsWith('.mts');
  const buildDir = join(taskRoot, '.lambda-workbench', 'build');
  const outfile = join(buildDir, moduleRoot, `${match[1]}${esm ? '.mjs' : '.cjs'}`);
  // Loaded on demand: only TypeScript functions pay for it.
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [source],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: esm ? 'esm' : 'cjs',
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'silent',
  });
  return { taskRoot, handler: `${join(buildDir, moduleRoot, match[1])}.${match[2]}`, nodeArgs: ['--enable-source-maps'] };
}
