// Starts the local endpoint in process on a fresh state dir and gives SDK clients pointed at it
// (dummy credentials; one attempt, so throttling and conflicts surface instead of being retried).
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as yazl from 'yazl';
import { LambdaEndpoint } from '../../runtime/endpoint/server';
import { templateFunctions } from '../../runtime/endpoint/template-functions';
import { parseTemplate } from '../../template-model';

export const credentials = { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: 'local-secret' };

export interface Harness {
  endpoint: LambdaEndpoint;
  lambda: LambdaClient;
  logs: CloudWatchLogsClient;
  stateDir: string;
  /** Stops the endpoint (not the state dir): for restarts. */
  stop(): Promise<void>;
  /** Stops and removes the state dir. */
  dispose(): Promise<void>;
}

export const newStateDir = (): string => mkdtempSync(join(tmpdir(), 'lw-endpoint-'));

export function clientsFor(url: string) {
  const common = { endpoint: url, region: 'us-east-1', credentials, maxAttempts: 1 };
  return { lambda: new LambdaClient(common), logs: new CloudWatchLogsClient(common) };
}

export async function startHarness(options: { templates?: string[]; stateDir?: string } = {}): Promise<Harness> {
  const stateDir = options.stateDir ?? newStateDir();
  const functions = (options.templates ?? []).flatMap((path) => templateFunctions(path, dirname(path), parseTemplate(readFileSync(path, 'utf8'))));
  const endpoint = await LambdaEndpoint.start({ stateDir, functions, onError: (e) => process.stderr.write(`endpoint: ${String(e)}\n`) });
  const { lambda, logs } = clientsFor(endpoint.url);
  const stop = async () => {
    lambda.destroy();
    logs.destroy();
    await endpoint.stop();
  };
  return { endpoint, lambda, logs, stateDir, stop, dispose: async () => (await stop(), rmSync(stateDir, { recursive: true, force: true })) };
}

/** A zip (deflated) of the given files, as a deployment package. */
export function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) zip.addBuffer(Buffer.from(content), name, { mode: 0o100644 });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
}
