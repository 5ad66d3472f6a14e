// `npm run test:e2e`: builds, installs the real VS Code once (setup.sh, into the gitignored .vscode-host/),
// copies examples/photo-pipeline to a temp folder (tests edit files) and runs test/e2e in the extension host.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('bash', [join(root, 'scripts', 'e2e', 'setup.sh'), join(root, '.vscode-host')]);
run(process.execPath, [join(root, 'esbuild.mjs')]);
const workspace = mkdtempSync(join(tmpdir(), 'lwb-e2e-'));
cpSync(join(root, 'examples', 'photo-pipeline'), workspace, { recursive: true });
try {
  run(process.execPath, [
    join(root, 'scripts', 'e2e', 'run-tests.mjs'),
    '--extension', root,
    '--tests', join(root, 'out', 'e2e', 'index.js'),
    '--workspace', workspace,
    '--host-dir', join(root, '.vscode-host'),
    '--screenshot', join(root, 'out', 'e2e.png'),
    '--timeout', '480',
    ...process.argv.slice(2),
  ]);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
