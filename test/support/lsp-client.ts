// A real LSP client for tests: spawns dist/server.js --stdio and talks JSON-RPC to it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { distDir } from './paths';

export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly versions = new Map<string, number>();
  private readonly waiters = new Map<string, ((params: PublishDiagnosticsParams) => void)[]>();
  readonly stderr: string[] = [];

  private constructor(rootPath: string) {
    this.child = spawn(process.execPath, [join(distDir, 'server.js'), '--stdio'], { cwd: rootPath });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => this.stderr.push(chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const waiting = this.waiters.get(params.uri)?.shift();
      waiting?.(params);
    });
    this.connection.listen();
  }

  /** `capabilities`: what the client declares (default none), e.g. VS Code's completion item defaults. */
  static async start(rootPath: string, initializationOptions?: unknown, capabilities: object = {}): Promise<LspClient> {
    const client = new LspClient(rootPath);
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootPath).href,
      workspaceFolders: [{ uri: pathToFileURL(rootPath).href, name: 'test' }],
      capabilities,
      initializationOptions,
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Opens a document and resolves with the first diagnostics the server publishes for it. */
  async open(uri: string, text: string, languageId = 'yaml'): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return (await published).diagnostics;
  }

  /** Replaces a document's whole text and resolves with the diagnostics for the new version. */
  async change(uri: string, text: string): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return (await published).diagnostics;
  }

  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => {
      const list = this.waiters.get(uri) ?? [];
      list.push(resolve);
      this.waiters.set(uri, list);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
    this.child.kill();
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }
}
