import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../support/paths';
import { credentials, startHarness, type Harness } from './harness';

/** The AWS CLI on PATH (Debian's awscli package is v2; v1 works too), if any. */
const version = spawnSync('aws', ['--version'], { encoding: 'utf8' });
const awsCli = version.status === 0 ? `${version.stdout}${version.stderr}`.trim() : undefined;

function aws(h: Harness, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // v2 reads blob arguments as base64 unless told otherwise; v1 takes raw text.
  const binary = awsCli?.startsWith('aws-cli/2') ? ['--cli-binary-format', 'raw-in-base64-out'] : [];
  const child = spawn('aws', [...args, ...(args.includes('--payload') ? binary : []), '--endpoint-url', h.endpoint.url, '--output', 'json'], {
    cwd: h.stateDir,
    env: {
      ...process.env,
      HOME: h.stateDir,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_PAGER: '',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve, reject) => child.on('error', reject).on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('endpoint: the AWS CLI with --endpoint-url', function () {
  let h: Harness;
  before(function () {
    if (!awsCli) {
      process.stdout.write('      (skipped: no `aws` on PATH — apt-get install awscli to run these)\n');
      this.skip();
    }
  });
  beforeEach(async () => {
    h = await startHarness({ templates: [join(fixturesDir, 'endpoint-sam', 'template.yaml')] });
  });
  afterEach(async () => h?.dispose());

  it('aws lambda list-functions, invoke and publish-version work against the endpoint', async () => {
    const list = await aws(h, ['lambda', 'list-functions']);
    assert.equal(list.code, 0, list.stderr);
    assert.deepEqual((JSON.parse(list.stdout) as { Functions: { FunctionName: string }[] }).Functions.map((f) => f.FunctionName), ['Echo', 'orders-api']);

    const out = join(h.stateDir, 'out.json');
    const invoke = await aws(h, ['lambda', 'invoke', '--function-name', 'Echo', '--payload', '{"from":"cli"}', '--log-type', 'Tail', out]);
    assert.equal(invoke.code, 0, invoke.stderr);
    const meta = JSON.parse(invoke.stdout) as { StatusCode: number; ExecutedVersion: string; LogResult: string };
    assert.equal(meta.StatusCode, 200);
    assert.equal(meta.ExecutedVersion, '$LATEST');
    assert.match(Buffer.from(meta.LogResult, 'base64').toString('utf8'), /echo \{"from":"cli"\}/);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), { greeting: 'hello', event: { from: 'cli' } });

    const publish = await aws(h, ['lambda', 'publish-version', '--function-name', 'Echo', '--description', 'from the cli']);
    assert.equal(publish.code, 0, publish.stderr);
    const version = JSON.parse(publish.stdout) as { Version: string; Description: string; State: string };
    assert.deepEqual([version.Version, version.Description, version.State], ['1', 'from the cli', 'Active']);

    const missing = await aws(h, ['lambda', 'get-function', '--function-name', 'nope']);
    assert.ok(missing.code === 254 || missing.code === 255, `aws exited ${missing.code}`); // service error: v2 254, v1 255
    assert.match(missing.stderr, /ResourceNotFoundException.*Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope/);
  });
});
