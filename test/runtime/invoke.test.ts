// Conformance: what an invocation returns and logs — payloads, context, environment, callback semantics,
// error shapes, START/END/REPORT and the function's log lines in text and JSON format (spec §3.4–§6).
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { runtimeFixtures, startFixture, useFixtures } from './harness';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ISO = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';

describe('runtime: invocations', () => {
  const start = useFixtures();

  it('gives the handler Lambda’s context object', async () => {
    const { fn } = await start('node', 'index.context', { timeout: 3 });
    const result = await fn.invoke({}, { clientContext: '{"custom":{"k":"v"}}' });
    const context = JSON.parse(result.payload);
    assert.deepEqual(context.keys, [
      'callbackWaitsForEmptyEventLoop', 'succeed', 'fail', 'done', 'functionVersion', 'functionName', 'memoryLimitInMB',
      'logGroupName', 'logStreamName', 'clientContext', 'identity', 'invokedFunctionArn', 'awsRequestId', 'tenantId', 'getRemainingTimeInMillis',
    ]);
    assert.equal(context.functionName, 'fixture-fn');
    assert.equal(context.functionVersion, '$LATEST');
    assert.equal(context.memoryLimitInMB, '128');
    assert.equal(context.logGroupName, '/aws/lambda/fixture-fn');
    assert.match(context.logStreamName, /^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/);
    assert.equal(context.invokedFunctionArn, 'arn:aws:lambda:eu-west-1:123456789012:function:fixture-fn');
    assert.equal(context.awsRequestId, result.requestId);
    assert.ok(context.remaining > 0 && context.remaining <= 3000, String(context.remaining));
    assert.deepEqual(context.clientContext, { custom: { k: 'v' } });
  });

  it('starts the process with Lambda’s environment variables, the function’s own and overrides', async () => {
    const { fn } = await start('node', 'index.env', { environment: { TABLE: 'photos', AWS_REGION: 'xx-nope-1' } }, { envOverrides: { EXTRA: 'yes' }, envFile: join(runtimeFixtures, 'env', 'fixture.env') });
    const env = JSON.parse((await fn.invoke({})).payload) as Record<string, string>;
    assert.equal(env.AWS_LAMBDA_FUNCTION_NAME, 'fixture-fn');
    assert.equal(env.AWS_LAMBDA_FUNCTION_VERSION, '$LATEST');
    assert.equal(env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE, '128');
    assert.equal(env.AWS_LAMBDA_LOG_GROUP_NAME, '/aws/lambda/fixture-fn');
    assert.equal(env.AWS_REGION, 'eu-west-1', 'reserved keys keep Lambda’s value');
    assert.equal(env.AWS_DEFAULT_REGION, 'eu-west-1');
    assert.equal(env.AWS_EXECUTION_ENV, 'AWS_Lambda_nodejs20.x');
    assert.match(env.AWS_LAMBDA_RUNTIME_API, /^127\.0\.0\.1:\d+$/);
    assert.equal(env.LAMBDA_TASK_ROOT, join(runtimeFixtures, 'node'));
    assert.equal(env._HANDLER, 'index.env');
    assert.equal(env.TZ, ':UTC');
    assert.equal(env.AWS_LAMBDA_INITIALIZATION_TYPE, 'on-demand');
    assert.match(env._X_AMZN_TRACE_ID, /^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0$/);
    assert.deepEqual([env.TABLE, env.FROM_FILE, env.EXTRA], ['from-file', 'dotenv value', 'yes'], 'env file over template, overrides over both');
    assert.equal(env.AWS_SECRET_ACCESS_KEY, undefined, 'credentials only when the user passes them');
  });

  it('refuses an unreadable or malformed env file with a located message', async () => {
    await assert.rejects(startFixture('node', 'index.env', {}, { envFile: 'nope.env' }), { name: 'Error', message: `Env file not readable: ${join(runtimeFixtures, 'nope.env')}` });
    await assert.rejects(startFixture('node', 'index.env', {}, { envFile: join(runtimeFixtures, 'node', 'syntax.js') }), { message: `${join(runtimeFixtures, 'node', 'syntax.js')}:1: expected KEY=VALUE` });
  });

  it('keeps module state between warm invokes and reports Init Duration only on the cold one', async () => {
    const { fn } = await start('node', 'index.counter');
    const first = await fn.invoke({});
    const second = await fn.invoke({});
    assert.equal(JSON.parse(first.payload).invocations, 1);
    assert.equal(JSON.parse(second.payload).invocations, 2);
    assert.equal(JSON.parse(second.payload).pid, JSON.parse(first.payload).pid);
    assert.equal(typeof first.report?.initDurationMs, 'number');
    assert.equal(second.report?.initDurationMs, undefined);
  });

  it('prints START, END and REPORT with Lambda’s fields', async () => {
    const { fn, linesOf } = await start('node', 'index.echo');
    const cold = await fn.invoke({});
    const lines = linesOf(cold.requestId);
    assert.equal(lines[0], `START RequestId: ${cold.requestId} Version: $LATEST`);
    assert.equal(lines[1], `END RequestId: ${cold.requestId}`);
    assert.match(lines[2], new RegExp(`^REPORT RequestId: ${UUID}\\tDuration: \\d+\\.\\d\\d ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB\\tInit Duration: \\d+\\.\\d\\d ms\\t$`));
    const r = cold.report!;
    assert.equal(r.billedDurationMs, Math.ceil(r.durationMs + r.initDurationMs!));
    assert.equal(cold.logTail, `${lines.join('\n')}\n`);
    const warm = await fn.invoke({});
    assert.match(linesOf(warm.requestId)[2], /\tMax Memory Used: \d+ MB\t$/);
  });

  it('writes console output in Lambda’s text format', async () => {
    const { fn, linesOf } = await start('node', 'index.log');
    const { requestId, payload } = await fn.invoke({});
    assert.equal(payload, '"logged"');
    const lines = linesOf(requestId).slice(1, 4);
    assert.match(lines[0], new RegExp(`^${ISO}\\t${requestId}\\tINFO\\thello \\{ a: 1 \\} multi\\rline$`));
    assert.match(lines[1], new RegExp(`^${ISO}\\t${requestId}\\tWARN\\tcareful$`));
    assert.match(lines[2], new RegExp(`^${ISO}\\t${requestId}\\tERROR\\toops$`));
  });

  it('writes JSON log lines and platform records when LogFormat is JSON', async () => {
    const { fn, linesOf } = await start('node', 'index.log', { logFormat: 'JSON' });
    const { requestId } = await fn.invoke({});
    const records = linesOf(requestId).map((line) => JSON.parse(line));
    assert.deepEqual(records[0].type, 'platform.start');
    assert.deepEqual(records[0].record, { requestId, version: '$LATEST' });
    assert.deepEqual({ ...records[1], timestamp: 'T' }, { timestamp: 'T', level: 'INFO', requestId, message: "hello { a: 1 } multi\nline" });
    assert.deepEqual(records[3].level, 'ERROR');
    assert.equal(records[4].type, 'platform.runtimeDone');
    assert.equal(records[5].type, 'platform.report');
    assert.equal(records[5].record.status, 'success');
    assert.equal(records[5].record.metrics.memorySizeMB, 128);
  });

  it('delivers every byte of a large log, cut into 256 KB log events', async () => {
    const { fn, logs } = await start('node', 'index.flood', { timeout: 60 });
    const { payload } = await fn.invoke({ mb: 16 });
    await fn.stop();
    assert.equal(payload, '"flooded"');
    const lines = logs.filter((e) => e.stream === 'stdout').map((e) => e.line);
    assert.equal(lines.length, 16 * 5, 'each 1 MB line (plus its prefix) is 5 events');
    assert.ok(lines.every((line) => line.length <= 256 * 1024));
    assert.equal(lines.reduce((n, line) => n + line.split('x').length - 1, 0), 16 * 1024 * 1024);
  });

  it('drops console output below AWS_LAMBDA_LOG_LEVEL', async () => {
    const { fn, linesOf } = await start('node', 'index.log', { logFormat: 'JSON', environment: { AWS_LAMBDA_LOG_LEVEL: 'WARN' } });
    const { requestId } = await fn.invoke({});
    const levels = linesOf(requestId).map((line) => JSON.parse(line).level).filter(Boolean);
    assert.deepEqual(levels, ['WARN', 'ERROR']);
  });

  it('reports a promise that never settles on an empty event loop as Runtime.NodeJsExit', async () => {
    const { fn } = await start('node', 'index.neverSettles');
    const error = JSON.parse((await fn.invoke({})).payload);
    assert.equal(error.errorType, 'Runtime.NodeJsExit');
    assert.match(error.errorMessage, /^The Lambda runtime client detected an unexpected Node\.js exit code\. This is most commonly caused by a Promise that was never settled\./);
  });

  it('returns a thrown error as {errorType, errorMessage, trace} and logs it as Invoke Error', async () => {
    const { fn, linesOf } = await start('node', 'index.throws');
    const result = await fn.invoke({});
    assert.equal(result.functionError, 'Unhandled');
    const error = JSON.parse(result.payload);
    assert.deepEqual(Object.keys(error), ['errorType', 'errorMessage', 'trace']);
    assert.deepEqual([error.errorType, error.errorMessage, error.trace[0]], ['TypeError', 'bad thing', 'TypeError: bad thing']);
    const logged = linesOf(result.requestId)[1];
    assert.match(logged, new RegExp(`^${ISO}\\t${result.requestId}\\tERROR\\tInvoke Error \\t\\{"errorType":"TypeError","errorMessage":"bad thing","extra":"x","stack":\\["TypeError: bad thing",`));
    assert.equal(result.report?.status, 'failure');
  });

  it('returns a thrown non-Error as its typeof and text', async () => {
    const { fn } = await start('node', 'index.throwsString');
    assert.equal((await fn.invoke({})).payload, '{"errorType":"string","errorMessage":"plain string","trace":[]}');
  });

  it('answers callback(null, result) and callback(error)', async () => {
    const ok = await start('node', 'index.callback');
    assert.equal((await ok.fn.invoke({})).payload, '"from callback"');
    const failed = await start('node', 'index.callbackError');
    const error = JSON.parse((await failed.fn.invoke({})).payload);
    assert.deepEqual([error.errorType, error.errorMessage], ['Error', 'callback failed']);
  });

  it('waits for the event loop to drain before answering a callback (callbackWaitsForEmptyEventLoop)', async () => {
    const { fn, linesOf } = await start('node', 'index.waits');
    const { requestId, payload } = await fn.invoke({});
    assert.equal(payload, '"waited"');
    assert.match(linesOf(requestId)[1], /\tINFO\ttimer ran$/);
  });

  it('answers null for a non-async handler that returns without calling back (3.x)', async () => {
    const { fn } = await start('node', 'index.syncReturn');
    assert.equal((await fn.invoke({})).payload, 'null');
  });

  it('takes only the first completion and ignores later ones silently', async () => {
    const { fn, linesOf } = await start('node', 'index.twice');
    const { requestId, payload } = await fn.invoke({});
    assert.equal(payload, '"first"');
    assert.deepEqual(linesOf(requestId).filter((l) => !/^(START|END|REPORT) /.test(l)), []);
  });

  it('reports an unserialisable result as "Unable to stringify response body"', async () => {
    const { fn } = await start('node', 'index.circular');
    const error = JSON.parse((await fn.invoke({})).payload);
    assert.deepEqual([error.errorType, error.errorMessage], ['Error', 'Unable to stringify response body']);
  });
});
