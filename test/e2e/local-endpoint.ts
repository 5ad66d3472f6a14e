// Starts `lambda-workbench start-lambda` (the local Lambda endpoint) for end-to-end tests and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';

export interface LocalEndpoint {
  url: string;
  stop(): void;
}

export function startLocalEndpoint(templatePath: string): Promise<LocalEndpoint> {
  const extension = vscode.extensions.getExtension('lambda-workbench.lambda-workbench');
  if (!extension) throw new Error('Lambda Workbench is not loaded');
  const cli = join(extension.extensionPath, 'dist', 'cli.js');
  const state = mkdtempSync(join(tmpdir(), 'lwb-e2e-state-'));
  const child: ChildProcess = spawn(process.execPath, [cli, 'start-lambda', '--port', '0', '--template', templatePath, '--state', state], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /Lambda endpoint on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) resolve({ url, stop: () => child.kill() });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`start-lambda exited with ${code} before listening:\n${output}`)));
  });
}
