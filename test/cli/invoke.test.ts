// `lambda-workbench invoke` as a user runs it: dist/cli.js in a child process, payload on stdout, logs on
// stderr, exit 0/1/2, and no process left behind once it exits.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { fixturesDir } from '../support/paths';
import { isRunning } from '../runtime/harness';

const cwd = join(fixturesDir, 'runtime');

describe('cli: lambda-workbench invoke', () => {
  it('prints exactly the payload on stdout and the logs on stderr (exit 0)', async () => {
    const result = await runCli(['invoke', 'Echo', '--event', '-'], { cwd, input: '{"photo":"a.jpg"}' });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '{"photo":"a.jpg"}');
    const lines = result.stderr.split('\n');
    assert.match(lines[0], /^START RequestId: \S+ Version: \$LATEST$/);
    assert.match(lines[1], /^END RequestId: /);
    assert.match(lines[2], /^REPORT RequestId: \S+\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB\tInit Duration: [\d.]+ ms\t$/);
  });

  it('runs a handler without a template, with overrides from flags', async () => {
    const result = await runCli(['invoke', '--handler', 'index.env', '--code-dir', 'node', '--function-name', 'adhoc', '--memory', '512', '--timeout', '7', '--env', 'A=1', '--env', 'B=x=y', '--env-file', 'env/fixture.env'], { cwd });
    assert.equal(result.code, 0, result.stderr);
    const env = JSON.parse(result.stdout);
    assert.deepEqual([env.AWS_LAMBDA_FUNCTION_NAME, env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE, env.A, env.B, env.FROM_FILE], ['adhoc', '512', '1', 'x=y', 'dotenv value']);
  });

  it('builds and runs a TypeScript handler (esbuild loads inside the command’s bundle)', async () => {
    const result = await runCli(['invoke', '--handler', 'handler.handler', '--code-dir', 'ts', '--event', '-'], { cwd, input: '{"name":"ts"}' });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '"hello ts"');
  });

  it('reads the template’s environment and says which values only AWS knows', async () => {
    const result = await runCli(['invoke', 'Env', '--env', 'GREETING=hi'], { cwd });
    assert.equal(result.code, 0, result.stderr);
    const env = JSON.parse(result.stdout);
    assert.deepEqual([env.TABLE, env.GREETING, env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE], ['<unresolved: !Ref Table>', 'hi', '256']);
    assert.match(result.stderr, /^lambda-workbench invoke: Environment\.TABLE is only known in AWS \(!Ref Table\); set it with --env or --env-file$/m);
  });

  it('prints the error payload and exits 1 on a function error', async () => {
    const result = await runCli(['invoke', '--handler', 'index.throws', '--code-dir', 'node'], { cwd });
    assert.equal(result.code, 1);
    const error = JSON.parse(result.stdout);
    assert.deepEqual([error.errorType, error.errorMessage], ['TypeError', 'bad thing']);
    assert.match(result.stderr, /\tERROR\tInvoke Error \t\{"errorType":"TypeError"/);
  });

  it('times out, exits 1 and leaves no process behind', async () => {
    const result = await runCli(['invoke', 'Hang', '--timeout', '1'], { cwd });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^\{"errorType":"Sandbox.Timedout","errorMessage":"RequestId: \S+ Error: Task timed out after 1.00 seconds"\}$/);
    const pid = Number(/\tpid=(\d+)/.exec(result.stderr)?.[1]);
    assert.ok(pid > 0, result.stderr);
    assert.equal(isRunning(pid), false);
  });

  it('leaves no process behind after a successful invoke', async () => {
    const result = await runCli(['invoke', '--handler', 'index.pid', '--code-dir', 'node'], { cwd });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(isRunning(Number(result.stdout)), false);
  });

  it('runs a Python function from the template (payload as Python’s json.dumps writes it)', async () => {
    const result = await runCli(['invoke', 'Python', '--event', '-'], { cwd, input: '{"photo":"a.jpg","n":1}' });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '{"photo": "a.jpg", "n": 1}');
    assert.match(result.stderr, /^START RequestId: \S+ Version: \$LATEST$/m);
    assert.match(result.stderr, /^REPORT RequestId: \S+\tDuration: [\d.]+ ms\t.*Init Duration: [\d.]+ ms\t$/m);
  });

  it('runs a Python function from serverless.yml with the service-stage-function name', async () => {
    const result = await runCli(['invoke', 'report', '--template', 'serverless.yml'], { cwd: join(fixturesDir, 'python') });
    assert.equal(result.code, 0, result.stderr);
    const context = JSON.parse(result.stdout);
    assert.equal(context.function_name, 'reports-test-report');
    assert.equal(context.execution_env, 'AWS_Lambda_python3.11');
  });

  it('exits 2 with one line for bad input', async () => {
    const cases: [string[], string][] = [
      [['invoke', 'Echo', '--event', 'missing.json'], 'Event file not found: missing.json'],
      [['invoke', 'Echo', '--event', 'template.yaml'], 'Event is not valid JSON: template.yaml: '],
      [['invoke', 'Nope'], 'Function not found: Nope (template has: Echo, Env, Hang, Python)'],
      [['invoke'], 'name the FUNCTION to invoke (template has: Echo, Env, Hang, Python)'],
      [['invoke', '--handler', 'App.handler', '--runtime', 'java21'], 'Runtime not supported locally: java21'],
      [['invoke', 'Echo', '--timeout', '0'], '--timeout must be a whole number from 1 to 900: 0'],
      [['invoke', 'Echo', '--env', 'no-equals'], '--env expects KEY=VALUE: no-equals'],
      [['invoke', 'Echo', '--runtime', 'nodejs22.x'], '--runtime needs --handler'],
      [['invoke', 'Echo', '--env-file', 'missing.env'], 'Env file not readable: '],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, { cwd });
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.ok(result.stderr.startsWith(`lambda-workbench invoke: ${message}`), result.stderr);
      assert.equal(result.stderr.split('\n').length, 2, result.stderr);
      assert.equal(result.stdout, '');
    }
  });
});
