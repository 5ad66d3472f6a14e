// The remote module over real HTTP with the real SDK, against the local Lambda endpoint: deploy a zip,
// publish, promote an alias as a canary, complete, roll back, a concurrent alias change, logs; and the CLI.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UpdateAliasCommand } from '@aws-sdk/client-lambda';
import {
  AwsConnection,
  ConcurrentChangeError,
  createAlias,
  deployFunction,
  describeRouting,
  fetchAlias,
  fetchLogEvents,
  invokeRemote,
  promoteAlias,
  rollbackAlias,
} from '../../remote';
import { runCli } from '../support/cli';
import { photoPipelineDir } from '../support/paths';
import { startHarness, type Harness } from '../endpoint/harness';

describe('remote: against the local Lambda endpoint', () => {
  const project = join(mkdtempSync(join(tmpdir(), 'lwb-remote-')), 'photo-pipeline');
  cpSync(photoPipelineDir, project, { recursive: true });
  const thumbnail = { id: 'Thumbnail', functionName: 'Thumbnail', runtime: 'nodejs22.x', handler: 'index.handler', codeDir: join(project, 'src', 'thumbnail') };
  const saved = { key: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
  let harness: Harness;
  let connection: AwsConnection;

  before(async () => {
    // The endpoint takes any credentials; the SDK's provider chain reads these first.
    process.env.AWS_ACCESS_KEY_ID = 'AKIDLOCALTEST';
    process.env.AWS_SECRET_ACCESS_KEY = 'local-secret';
    harness = await startHarness({ templates: [join(project, 'template.yaml')] });
    connection = new AwsConnection({ region: 'us-east-1', endpointUrl: harness.endpoint.url });
  });
  after(async () => {
    connection.dispose();
    await harness.dispose();
    process.env.AWS_ACCESS_KEY_ID = saved.key;
    process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
  });

  it('deploys and publishes, canaries an alias, completes, rolls back, and reads the logs', async () => {
    const first = await deployFunction(connection, thumbnail, { publish: true, description: 'first' });
    assert.equal(first.version, '1');
    assert.match(first.codeSha256 ?? '', /^[A-Za-z0-9+/]{43}=$/);
    await createAlias(connection, 'Thumbnail', 'live', '1');
    assert.equal((await deployFunction(connection, thumbnail, { publish: true, description: 'second' })).version, '2');

    assert.equal(describeRouting(await promoteAlias(connection, 'Thumbnail', 'live', '2', { weight: 10 })), 'v1 90% / v2 10%');
    assert.equal(describeRouting(await promoteAlias(connection, 'Thumbnail', 'live', '2')), 'v2');
    assert.equal(describeRouting(await rollbackAlias(connection, 'Thumbnail', 'live')), 'v1');

    const result = await invokeRemote(connection, 'Thumbnail', { Records: [] }, 'live');
    assert.equal(result.executedVersion, '1');
    assert.match(result.logTail, /^REPORT RequestId: /m);
    const logs = await fetchLogEvents(connection, { functionName: 'Thumbnail', startTime: Date.now() - 60_000 });
    assert.ok(logs.some((e) => e.message.startsWith('REPORT RequestId: ')), logs.map((e) => e.message).join(''));
  });

  it('reports a concurrent alias change instead of overwriting it', async () => {
    const before = await fetchAlias(connection, 'Thumbnail', 'live');
    // Someone else moves the alias between our read and our write: our RevisionId is now stale.
    await harness.lambda.send(new UpdateAliasCommand({ FunctionName: 'Thumbnail', Name: 'live', FunctionVersion: '2' }));
    await assert.rejects(
      connection.lambda.send(new UpdateAliasCommand({ FunctionName: 'Thumbnail', Name: 'live', FunctionVersion: '1', RevisionId: before.RevisionId })),
      { name: 'PreconditionFailedException' },
    );
    const raced = promoteAlias(connection, 'Thumbnail', 'live', '1').then(
      (alias) => assert.equal(alias.FunctionVersion, '1', 'our update went first: no race to report'),
      (error: unknown) => assert.ok(error instanceof ConcurrentChangeError, String(error)),
    );
    await harness.lambda.send(new UpdateAliasCommand({ FunctionName: 'Thumbnail', Name: 'live', FunctionVersion: '2', Description: 'someone else' }));
    await raced;
  });

  it('drives the same through the CLI, exiting 1 with the AWS error named', async () => {
    const env = { AWS_ACCESS_KEY_ID: 'AKIDLOCALTEST', AWS_SECRET_ACCESS_KEY: 'local-secret' };
    const endpoint = ['--endpoint-url', harness.endpoint.url, '--region', 'us-east-1'];
    // The previous test left live on v2.
    const promote = await runCli(['alias', 'promote', 'Thumbnail', 'live', '1', '--weight', '25', ...endpoint], { env });
    assert.equal(promote.code, 0, promote.stderr);
    assert.equal(promote.stdout, 'Thumbnail:live → v2 75% / v1 25%\n');
    const versions = await runCli(['versions', 'Thumbnail', ...endpoint], { env });
    assert.match(versions.stdout, /^alias live\tv2 75% \/ v1 25%$/m);
    const missing = await runCli(['alias', 'rollback', 'Nope', 'live', ...endpoint], { env });
    assert.equal(missing.code, 1);
    // One line naming the AWS error: no SDK notice about Node versions around it.
    assert.match(missing.stderr, /^[^\n]*ResourceNotFoundException[^\n]*\n$/);
  });
});
