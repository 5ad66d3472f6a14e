import { CreateAliasCommand, GetAliasCommand, GetFunctionConfigurationCommand, InvokeCommand, ListFunctionsCommand, UpdateFunctionCodeCommand, waitUntilFunctionUpdatedV2 } from '@aws-sdk/client-lambda';
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { fixturesDir } from '../support/paths';
import { clientsFor, newStateDir, zipOf } from './harness';
import { startServerProcess } from './server-process';

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

  it('exits 2 with one line for a bad port or a missing template', async () => {
    const port = await runCli(['start-lambda', '--port', 'http', '--state', state]);
    assert.equal(port.code, 2);
    assert.equal(port.stderr, 'lambda-workbench start-lambda: --port must be a port number: http\n');
    const missing = await runCli(['start-lambda', '--template', 'nope.yaml', '--state', state], { cwd: sam });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'lambda-workbench start-lambda: Template not found: nope.yaml\n');
  });
});
