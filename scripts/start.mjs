// `npm start`: the main job on the example project, nothing to configure. Builds, lists and validates
// examples/photo-pipeline, runs its S3-triggered function locally with an S3 event, then opens the example
// in a browser VS Code with the extension loaded (skipped with --no-vscode, or when CI is set).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'photo-pipeline');
const cli = join(root, 'dist', 'cli.js');

function step(title, command, args, options = {}) {
  process.stdout.write(`\n== ${title}\n$ ${[command, ...args].join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: options.cwd ?? root });
  if (result.status !== 0 && !options.allowFailure) {
    process.stderr.write(`npm start: "${title}" failed (exit ${result.status})\n`);
    process.exit(result.status ?? 1);
  }
}

step('Build', process.execPath, [join(root, 'esbuild.mjs')]);
step('Functions in the example SAM template', process.execPath, [cli, 'functions'], { cwd: example });
step('Functions in the example serverless.yml', process.execPath, [cli, 'functions', '--template', 'serverless.yml'], { cwd: example });
const commands = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout;
if (/^\s+validate\s/m.test(commands)) {
  step('Validate the example', process.execPath, [cli, 'validate', 'template.yaml', 'serverless.yml'], { cwd: example });
}
if (/^\s+invoke\s/m.test(commands)) {
  const saved = join(example, '.lambda-workbench', 'events', 'Thumbnail', 'photo-uploaded.json');
  const eventArgs = existsSync(saved) ? ['--event', saved] : ['--sample', 's3:put'];
  step('Run the S3-triggered Thumbnail function locally', process.execPath, [cli, 'invoke', 'Thumbnail', ...eventArgs], { cwd: example });
}
if (!process.argv.includes('--no-vscode') && !process.env.CI) {
  step('Install a browser VS Code (first run only)', 'bash', [join(root, 'scripts', 'e2e', 'setup.sh'), join(root, '.vscode-host')]);
  step('Open the example in VS Code', process.execPath, [join(root, 'scripts', 'open-vscode.mjs')]);
}
