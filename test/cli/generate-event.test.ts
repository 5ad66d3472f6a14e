import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, CloudWatchLogsEvent, S3Event } from 'aws-lambda';
import { runCli } from '../support/cli';
import { photoPipelineDir } from '../support/paths';

describe('cli: lambda-workbench generate-event', () => {
  it('prints an S3 put event with SAM CLI parameter names', async () => {
    const result = await runCli(['generate-event', 's3', 'put', '--bucket', 'photos', '--key', 'a b.jpg', '--region=eu-west-1']);
    assert.equal(result.code, 0, result.stderr);
    const event = JSON.parse(result.stdout) as S3Event;
    assert.equal(event.Records[0].s3.bucket.name, 'photos');
    assert.equal(event.Records[0].s3.object.key, 'a+b.jpg');
    assert.equal(event.Records[0].awsRegion, 'eu-west-1');
  });

  it('prints a CloudWatch Logs event whose payload decodes', async () => {
    const result = await runCli(['generate-event', 'cloudwatch', 'logs', '--messages', '["boom"]']);
    assert.equal(result.code, 0, result.stderr);
    const event = JSON.parse(result.stdout) as CloudWatchLogsEvent;
    const payload = JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8')) as { logEvents: { message: string }[] };
    assert.equal(payload.logEvents[0].message, 'boom');
  });

  it('--list names every source and type; --list SOURCE TYPE shows parameters and defaults', async () => {
    const all = await runCli(['generate-event', '--list']);
    assert.equal(all.code, 0, all.stderr);
    for (const line of ['s3 put', 'sqs receive-message', 'apigateway http-api-proxy', 'alb request', 'lambda function-url', 'kafka msk', 'cognito pre-sign-up']) {
      assert.match(all.stdout, new RegExp(`^${line} `, 'm'));
    }
    const put = await runCli(['generate-event', '--list', 's3', 'put']);
    assert.match(put.stdout, /^ {2}--bucket\s+bucket name \(default: example-bucket\)$/m);
    const json = JSON.parse((await runCli(['generate-event', '--list', 'sqs', '--json'])).stdout) as { type: string }[];
    assert.deepEqual(json.map((e) => e.type), ['receive-message']);
  });

  it('exits 2 listing the valid sources or types for unknown ones', async () => {
    const source = await runCli(['generate-event', 'nosuch', 'put']);
    assert.equal(source.code, 2);
    assert.match(source.stderr, /^lambda-workbench generate-event: Unknown event source: nosuch \(sources: alb, .*\bs3\b.*\bsqs\b.*\)\n$/);
    const type = await runCli(['generate-event', 's3', 'upload']);
    assert.equal(type.code, 2);
    assert.equal(type.stderr, 'lambda-workbench generate-event: Unknown s3 event type: upload (types: batch-invocation, delete, put)\n');
    const missing = await runCli(['generate-event', 'sqs']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Missing TYPE for sqs \(types: receive-message\)/);
  });

  it('exits 2 naming a bad parameter value or an unknown parameter', async () => {
    const size = await runCli(['generate-event', 's3', 'put', '--size', 'big']);
    assert.equal(size.code, 2);
    assert.equal(size.stderr, 'lambda-workbench generate-event: --size must be an integer: big\n');
    const region = await runCli(['generate-event', 'sqs', 'receive-message', '--region', 'mars']);
    assert.match(region.stderr, /--region must be an AWS region like us-east-1: mars/);
    const json = await runCli(['generate-event', 'eventbridge', 'custom-event', '--detail', '{oops']);
    assert.match(json.stderr, /--detail must be JSON: \{oops/);
    const unknown = await runCli(['generate-event', 'sqs', 'receive-message', '--queue', 'jobs']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown parameter: --queue \(valid: .*--queue-name.*\)/);
    const dangling = await runCli(['generate-event', 's3', 'put', '--bucket']);
    assert.equal(dangling.stderr, 'lambda-workbench generate-event: Missing value for --bucket\n');
  });

  it('--function shapes the event by the template trigger; parameters refine it', async () => {
    const result = await runCli(['generate-event', '--function', 'PhotosApi', '--path', '/photos/42'], { cwd: photoPipelineDir });
    assert.equal(result.code, 0, result.stderr);
    const event = JSON.parse(result.stdout) as APIGatewayProxyEventV2;
    assert.equal(event.routeKey, 'GET /photos/{id}');
    assert.deepEqual(event.pathParameters, { id: '42' });
    const missing = await runCli(['generate-event', '--function', 'Nope'], { cwd: photoPipelineDir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Function not found: Nope \(template has: Thumbnail, PhotosApi, Worker\)/);
  });

  it('--save stores the event beside the template and refuses to overwrite it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lwb-cli-events-'));
    try {
      await copyFile(join(photoPipelineDir, 'template.yaml'), join(dir, 'template.yaml'));
      const saved = await runCli(['generate-event', '--function', 'Worker', '--save', 'hello', '--body', 'hi'], { cwd: dir });
      assert.equal(saved.code, 0, saved.stderr);
      const file = join(dir, '.lambda-workbench', 'events', 'Worker', 'hello.json');
      assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), JSON.parse(saved.stdout));
      const again = await runCli(['generate-event', '--function', 'Worker', '--save', 'hello'], { cwd: dir });
      assert.equal(again.code, 2);
      assert.match(again.stderr, /Saved event already exists: Worker\/hello/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
