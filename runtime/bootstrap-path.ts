// Where the Node bootstrap bundle (dist/runtime/node-bootstrap.js) is: beside the bundle that imports the
// runtime library (dist/cli.js, dist/debug-adapter.js, …), or under dist/ above it (bundled tests).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let found: string | undefined;

export function findBootstrap(): string {
  if (found) return found;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'runtime', 'node-bootstrap.js'), join(dir, 'dist', 'runtime', 'node-bootstrap.js')]) {
      if (existsSync(candidate)) return (found = candidate);
    }
    if (dirname(dir) === dir) throw new Error(`Node bootstrap not found above ${__dirname} (run the build: node esbuild.mjs)`);
  }
}
