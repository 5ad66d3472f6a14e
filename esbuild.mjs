// Builds every bundle into dist/ (product) and the test files into out/test/ (mocha runs those).
// Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSpec } from './scripts/build-spec.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// A release build starts from an empty dist/, so no development source maps end up in the VSIX.
if (production) rmSync('dist', { recursive: true, force: true });
// Mocha runs whatever is in out/test: a test renamed or deleted in test/ must not keep running from an old bundle.
for (const dir of ['out/test', 'out/e2e']) rmSync(dir, { recursive: true, force: true });

/** The AWS commands share remote/ (and the AWS SDK behind it) as one more bundle, so the VSIX carries it once. */
const remoteApart = {
  name: 'remote-apart',
  setup(build) {
    build.onResolve({ filter: /^(\.\.\/)+remote$/ }, () => ({ path: './remote.js', external: true }));
  },
};
/**
 * Each CLI command is a bundle of its own (dist/cli/<name>.js) that dist/cli.js loads only when the command runs
 * (cli/main.ts, through V8's code cache: cli/compile-cache.ts): Node then compiles what that command needs, not
 * every command's dependencies (AWS SDK, resource specification, YAML parser) on every start-up. They use
 * `require` for `import()`, which code compiled with node:vm could not run without a loader of its own.
 */
const commandBundles = readdirSync('cli/commands')
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ in: join('cli', 'commands', name), out: join('cli', name.replace(/\.ts$/, '')), plugins: [remoteApart], supported: { 'dynamic-import': false } }));

/** Product entry points. The dist/ names are public contracts: checks outside the repo drive them. */
const bundles = [
  { in: 'extension/extension.ts', out: 'extension', external: ['vscode'] },
  { in: 'server/main.ts', out: 'server' },
  { in: 'debug-adapter/main.ts', out: 'debug-adapter' },
  // `--` ends node's own options: Node 20 otherwise takes the CLI's `--env-file` for its own flag.
  { in: 'cli/main.ts', out: 'cli', banner: '#!/usr/bin/env -S node --' },
  ...commandBundles,
  { in: 'remote/index.ts', out: 'cli/remote' },
  // Runs inside each local Lambda execution environment; speaks only the public Runtime API.
  { in: 'runtime/bootstrap/main.ts', out: 'runtime/node-bootstrap' },
];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  define: { 'process.env.LAMBDA_WORKBENCH_VERSION': JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  logLevel: 'warning',
};

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'fixtures' || name === 'e2e') return [];
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const contexts = await Promise.all([
  ...bundles.map((b) =>
    esbuild.context({
      ...common,
      entryPoints: { [b.out]: b.in },
      outdir: 'dist',
      // esbuild is a native tool, loaded at run time from node_modules, never bundled.
      external: ['esbuild', ...(b.external ?? [])],
      banner: b.banner ? { js: b.banner } : undefined,
      plugins: b.plugins,
      supported: b.supported,
    }),
  ),
  // Tests: each file bundled with our sources, packages left to node_modules.
  esbuild.context({
    ...common,
    entryPoints: testFiles('test'),
    outbase: 'test',
    outdir: 'out/test',
    packages: 'external',
    external: ['vscode'],
  }),
  // End-to-end tests: one bundle loaded by the real VS Code extension host (scripts/e2e/run.mjs).
  esbuild.context({
    ...common,
    entryPoints: { index: 'test/e2e/index.ts' },
    outdir: 'out/e2e',
    packages: 'external',
    external: ['vscode'],
  }),
]);

// The Python bootstrap is not JavaScript: copied as is beside the Node one (runtime/python-launcher.ts finds it).
mkdirSync(join('dist', 'runtime'), { recursive: true });
copyFileSync(join('runtime', 'bootstrap-python', 'bootstrap.py'), join('dist', 'runtime', 'python-bootstrap.py'));

// The resource specification the server reads at run time (dist/spec/), rebuilt only when its source changes.
buildSpec(join('dist', 'spec'));

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
