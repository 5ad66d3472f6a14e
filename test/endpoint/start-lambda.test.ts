import {
  CreateAliasCommand,
  CreateFunctionCommand,
  GetAliasCommand,
  GetFunctionConfigurationCommand,
  InvokeCommand,
  ListFunctionsCommand,
  UpdateFunctionCodeCommand,
  waitUntilFunctionActiveV2,
  waitUntilFunctionUpdatedV2,
} from '@aws-sdk/client-lambda';
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { fixturesDir } from '../support/paths';
import { clientsFor, newStateDir, zipOf } from './harness';
import { isRunning } from '../runtime/harness';
import { startServerProcess } from './server-process';

/** Polls for up to 5 s. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() - started > 5000) assert.fail(`timed out waiting: ${what}`);
  }
}

describe('cli: lambda-workbench start-lambda', () => {
  const sam = join(fixturesDir, 'endpoint-sam');
  let state: string;
  beforeEach(() => (state = newStateDir()));
  afterEach(() => rmSync(state, { recursive: true, force: true }));

  it('serves the template in the folder and exits 0 on SIGTERM', async () => {
    const server = await startServerProcess(['--state', state], sam);
    const { lambda } = clientsFor(server.url);
    try {
      const { Functions = [] } = await lambda.send(new ListFunctionsCommand({}));
      assert.deepEqual(Functions.map((f) => f.FunctionName), ['Echo', 'orders-api']);
      assert.match(server.output(), /^ {2}Echo\tnodejs20\.x\techo\.handler$/m);
    } finally {
      lambda.destroy();
      assert.equal(await server.kill('SIGTERM'), 0);
    }
  });

  it('loses nothing when killed (SIGKILL) right after UpdateFunctionCode: the update is there after the restart', async () => {
    const first = await startServerProcess(['--template', 'template.yaml', '--state', state], sam);
    const before = clientsFor(first.url).lambda;
    await before.send(new CreateAliasCommand({ FunctionName: 'Echo', Name: 'live', FunctionVersion: '$LATEST' }));
    const zip = await zipOf({ 'echo.js': 'exports.handler = async () => "after the crash";\n' });
    const update = await before.send(new UpdateFunctionCodeCommand({ FunctionName: 'Echo', ZipFile: zip }));
    await first.kill('SIGKILL');
    before.destroy();

    const second = await startServerProcess(['--template', 'template.yaml', '--state', state], sam);
    const { lambda } = clientsFor(second.url);
    try {
      await waitUntilFunctionUpdatedV2({ client: lambda, maxWaitTime: 20, minDelay: 1, maxDelay: 1 }, { FunctionName: 'Echo' });
      const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'Echo' }));
      assert.equal(config.CodeSha256, update.CodeSha256);
      assert.equal((await lambda.send(new GetAliasCommand({ FunctionName: 'Echo', Name: 'live' }))).FunctionVersion, '$LATEST');
      const result = await lambda.send(new InvokeCommand({ FunctionName: 'Echo:live' }));
      assert.equal(Buffer.from(result.Payload ?? []).toString(), '"after the crash"');
    } finally {
      lambda.destroy();
      await second.kill('SIGTERM');
    }
  });

  it('leaves no frozen environment behind when it is killed (SIGKILL) while one waits for an event', async () => {
    const server = await startServerProcess(['--template', 'template.yaml', '--state', state], sam);
    const { lambda } = clientsFor(server.url);
    let pid = 0;
    try {
      const ZipFile = await zipOf({ 'index.js': 'exports.handler = async () => process.pid;\n' });
      await lambda.send(new CreateFunctionCommand({ FunctionName: 'pid', Runtime: 'nodejs20.x', Handler: 'index.handler', Role: 'arn:aws:iam::000000000000:role/r', Code: { ZipFile } }));
      await waitUntilFunctionActiveV2({ client: lambda, maxWaitTime: 20, minDelay: 1, maxDelay: 1 }, { FunctionName: 'pid' });
      pid = Number(Buffer.from((await lambda.send(new InvokeCommand({ FunctionName: 'pid' }))).Payload ?? []).toString());
      await until(() => /^State:\s+T/m.test(readFileSync(`/proc/${pid}/status`, 'utf8')), 'the idle environment freezes');
    } finally {
      lambda.destroy();
      await server.kill('SIGKILL');
    }
    await until(() => !isRunning(pid), `the frozen runtime ${pid} is ended once its parent is gone`);
  });

  it('exits 2 with one line for a bad port or a missing template', async () => {
    const port = await runCli(['start-lambda', '--port', 'http', '--state', state]);
    assert.equal(port.code, 2);
    assert.equal(port.stderr, 'lambda-workbench start-lambda: --port must be a port number: http\n');
    const missing = await runCli(['start-lambda', '--template', 'nope.yaml', '--state', state], { cwd: sam });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'lambda-workbench start-lambda: Template not found: nope.yaml\n');
  });
});
