// The last step of `npm start`: opens examples/photo-pipeline in a real VS Code (code-server, installed on
// first use into .vscode-host/) with the extension loaded, prints the URL to open, and serves until Ctrl+C.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer, workbenchUrl } from './e2e/vscode-host.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// A copy, so edits made while trying the product never touch the repository's example.
const workspace = join(mkdtempSync(join(tmpdir(), 'lambda-workbench-')), 'photo-pipeline');
cpSync(join(root, 'examples', 'photo-pipeline'), workspace, { recursive: true });

const server = await startCodeServer({ hostDir: join(root, '.vscode-host'), workspace, settings: { 'security.workspace.trust.enabled': false } });
const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: root });
process.stdout.write(`\nLambda Workbench is running in VS Code with ${workspace}:\n\n  ${url}\n\nOpen that URL in a browser on this machine. Ctrl+C stops it (vscode-host.mjs then stops code-server's whole process group).\n`);
