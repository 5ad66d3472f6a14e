import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';

const schemaFile = join(repoRoot, 'server', 'checks', 'serverless-schema.generated.json');
const frameworkPackage = join(repoRoot, 'node_modules', 'serverless', 'package.json');

describe('serverless.yml schema: extracted from the installed Serverless Framework', function () {
  this.timeout(120_000);

  it('is what scripts/build-serverless-schema.mjs produces from the installed serverless@3 today', async function () {
    if (!existsSync(frameworkPackage)) {
      console.log(`      skipped: serverless@3 is not installed (${frameworkPackage})`);
      this.skip();
    }
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [join(repoRoot, 'scripts', 'build-serverless-schema.mjs'), '--check'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    assert.equal(result.code, 0, result.stderr);
  });

  it('covers every AWS event type and adds descriptions and plugin settings', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const fn = schema.properties.functions.patternProperties['^[a-zA-Z0-9-_]+$'];
    const events = fn.properties.events.items.anyOf.flatMap((branch: { required?: string[] }) => branch.required ?? []);
    for (const type of ['http', 'httpApi', 'websocket', 's3', 'sqs', 'sns', 'stream', 'schedule', 'eventBridge', 'cloudwatchEvent', 'cloudwatchLog', 'cognitoUserPool', 'alb', 'alexaSkill', 'iot', 'msk', 'kafka', 'activemq', 'rabbitmq']) {
      assert.ok(events.includes(type), `event type ${type}`);
    }
    assert.equal(schema.definitions.awsLambdaMemorySize.maximum, 10240);
    assert.match(fn.properties.handler.description, /path\/to\/file\.exportName/);
    assert.ok(schema.properties.custom.properties['serverless-offline'].properties.httpPort);
    assert.match(schema['x-frameworkVersion'], /^3\./);
  });
});
