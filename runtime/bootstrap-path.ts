// Where a bootstrap (dist/runtime/node-bootstrap.js, dist/runtime/python-bootstrap.py) is: beside the bundle that imports the
// runtime library (dist/cli.js, dist/debug-adapter.js, …), or under dist/ above it (bundled tests).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const found = new Map<string, string>();

export function findBootstrap(file = 'node-bootstrap.js'): string {
  const known = found.get(file);
  if (known) return known;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'runtime', file), join(dir, 'dist', 'runtime', file)]) {
      if (existsSync(candidate)) {
        found.set(file, candidate);
        return candidate;
      }
    }
    if (dirname(dir) === dir) throw new Error(`${file} not found above ${__dirname} (run the build: node esbuild.mjs)`);
  }
}
