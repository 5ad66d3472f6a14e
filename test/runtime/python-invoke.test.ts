// Python conformance over real processes: payloads, the context object, error shapes and Lambda's
// Runtime.* messages, print/logging lines (text and JSON), timeout, warm reuse and dependency hints.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { LocalFunction, type LogEvent } from '../../runtime';
import { fixturesDir } from '../support/paths';
import { fixtureConfig } from './harness';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ISO = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
const pythonFixtures = join(fixturesDir, 'python');

describe('runtime: Python handlers', () => {
  const running: LocalFunction[] = [];
  const start = async (handler: string, overrides: Parameters<typeof fixtureConfig>[2] = {}): Promise<{ fn: LocalFunction; logs: LogEvent[]; linesOf(id: string): string[] }> => {
    const logs: LogEvent[] = [];
    const config = fixtureConfig('.', handler, { runtime: 'python3.11', ...overrides });
    const fn = await LocalFunction.start({ config, templateDir: pythonFixtures, onLog: (e) => logs.push(e) });
    running.push(fn);
    return { fn, logs, linesOf: (id) => logs.filter((e) => e.requestId === id).map((e) => e.line) };
  };
  afterEach(async () => {
    await Promise.all(running.splice(0).map((fn) => fn.stop()));
  });

  it('returns the handler’s result as json.dumps writes it', async () => {
    const { fn } = await start('app.echo');
    const result = await fn.invoke({ photo: 'a.jpg', sizes: [1, 2] });
    assert.equal(result.payload, '{"photo": "a.jpg", "sizes": [1, 2]}');
    assert.equal(result.functionError, undefined);
    assert.equal((await fn.invoke({})).payload, '{}');
  });

  it('gives the handler Lambda’s context object', async () => {
    const { fn } = await start('app.context');
    const result = await fn.invoke({}, { clientContext: '{"custom":{"k":"v"}}' });
    const context = JSON.parse(result.payload);
    assert.equal(context.aws_request_id, result.requestId);
    assert.equal(context.function_name, 'fixture-fn');
    assert.equal(context.function_version, '$LATEST');
    assert.equal(context.memory_limit_in_mb, '128', 'a string, as os.environ gives it on Lambda');
    assert.equal(context.invoked_function_arn, 'arn:aws:lambda:eu-west-1:123456789012:function:fixture-fn');
    assert.equal(context.log_group_name, '/aws/lambda/fixture-fn');
    assert.match(context.log_stream_name, /^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/);
    assert.ok(context.remaining > 0 && context.remaining <= 3000, String(context.remaining));
    assert.deepEqual(context.identity, {});
    assert.deepEqual(context.client_context, { custom: { k: 'v' }, client: null });
    assert.match(context.trace_id, /^Root=1-/);
    assert.equal(context.execution_env, 'AWS_Lambda_python3.11');
  });

  it('runs handlers inside packages, named with a slash or a dot (split on the last dot)', async () => {
    for (const handler of ['pkg/mod.fn', 'pkg.mod.fn']) {
      const { fn } = await start(handler);
      assert.equal((await fn.invoke({})).payload, '{"module": "pkg.mod"}', handler);
    }
  });

  it('reports a raised exception as Lambda’s Python error payload and log', async () => {
    const { fn, linesOf } = await start('app.fail');
    const result = await fn.invoke({ photo: 'x.gif' });
    assert.equal(result.functionError, 'Unhandled');
    const error = JSON.parse(result.payload);
    assert.deepEqual(Object.keys(error), ['errorMessage', 'errorType', 'requestId', 'stackTrace']);
    assert.equal(error.errorMessage, 'bad photo: x.gif');
    assert.equal(error.errorType, 'ValueError');
    assert.equal(error.requestId, result.requestId);
    assert.equal(error.stackTrace.length, 1, 'runtime frames hidden');
    assert.match(error.stackTrace[0], /^ {2}File ".*app\.py", line \d+, in fail\n {4}raise ValueError\("bad photo: " \+ event\.get\("photo", "\?"\)\)\n$/);
    const lines = linesOf(result.requestId);
    const at = lines.indexOf('[ERROR] ValueError: bad photo: x.gif');
    assert.ok(at >= 0, lines.join('\n'));
    assert.equal(lines[at + 1], 'Traceback (most recent call last):');
    assert.match(lines[at + 2], /^ {2}File ".*app\.py", line \d+, in fail$/);
  });

  it('fails init with Lambda’s Runtime.* errors and messages', async () => {
    const cases: [string, string, RegExp][] = [
      ['nomodule.handler', 'Runtime.ImportModuleError', /^Unable to import module 'nomodule': No module named 'nomodule'$/],
      ['syntax_error.handler', 'Runtime.UserCodeSyntaxError', /^Syntax error in module 'syntax_error': (invalid syntax|expected ':') \(syntax_error\.py, line 1\)$/],
      ['init_raises.handler', 'RuntimeError', /^config missing at import$/],
      ['nodot', 'Runtime.MalformedHandlerName', /^Bad handler 'nodot': not enough values to unpack \(expected 2, got 1\)$/],
      ['sys.handler', 'Runtime.BuiltInModuleConflict', /^Cannot use built-in module sys as a handler module$/],
    ];
    for (const [handler, errorType, message] of cases) {
      const { fn } = await start(handler);
      const result = await fn.invoke({});
      const error = JSON.parse(result.payload);
      assert.equal(result.functionError, 'Unhandled', handler);
      assert.equal(error.errorType, errorType, handler);
      assert.match(error.errorMessage, message, handler);
      assert.equal(error.requestId, '', `${handler}: init errors carry no request id`);
    }
  });

  it('reports a missing handler function at invoke time, as Lambda does', async () => {
    const { fn } = await start('app.nope');
    const result = await fn.invoke({});
    const error = JSON.parse(result.payload);
    assert.deepEqual([error.errorType, error.errorMessage, error.requestId], ['Runtime.HandlerNotFound', "Handler 'nope' missing on module 'app'", result.requestId]);
  });

  it('finds dependencies in the function’s .venv and in .aws-sam/build/<Fn>', async () => {
    const { fn } = await start('uses_deps.handler');
    assert.equal((await fn.invoke({})).payload, '["from .venv", "from .aws-sam/build"]');
  });

  it('says which requirements.txt dependency is not installed', async () => {
    const { fn, logs } = await start('needs_dep.handler');
    const error = JSON.parse((await fn.invoke({})).payload);
    assert.equal(error.errorMessage, "Unable to import module 'needs_dep': No module named 'missing_dep_fixture'");
    const hint = logs.find((e) => e.line.includes('is listed in'));
    assert.equal(hint?.line, `lambda-workbench: missing_dep_fixture is listed in ${join(pythonFixtures, 'requirements.txt')} but not installed: create .venv and pip install -r requirements.txt (or run sam build)`);
  });

  it('writes print output as is and logging lines in Lambda’s text format', async () => {
    const { fn, linesOf } = await start('app.logs');
    const result = await fn.invoke({ n: 7 });
    const lines = linesOf(result.requestId).filter((line) => !/^(START|END|REPORT) /.test(line));
    assert.equal(lines[0], 'printed 7');
    assert.match(lines[1], new RegExp(`^\\[INFO\\]\\t${ISO}\\t${result.requestId}\\tinfo line$`));
    assert.match(lines[2], new RegExp(`^\\[WARNING\\]\\t${ISO}\\t${UUID}\\twarned$`));
    assert.equal(lines.length, 3, 'DEBUG is below the root logger’s INFO level');
  });

  it('writes logging records as JSON when the log format is JSON', async () => {
    const { fn, linesOf } = await start('app.logs', { logFormat: 'JSON' });
    const result = await fn.invoke({ n: 1 });
    const records = linesOf(result.requestId).filter((line) => line.startsWith('{"timestamp')).map((line) => JSON.parse(line));
    const info = records.find((r) => r.message === 'info line');
    assert.deepEqual(Object.keys(info), ['timestamp', 'level', 'message', 'logger', 'requestId']);
    assert.match(info.timestamp, new RegExp(`^${ISO}$`));
    assert.deepEqual([info.level, info.logger, info.requestId], ['INFO', 'root', result.requestId]);
  });

  it('keeps module state between warm invocations of one environment', async () => {
    const { fn } = await start('app.counter');
    const first = JSON.parse((await fn.invoke({})).payload);
    const second = JSON.parse((await fn.invoke({})).payload);
    assert.deepEqual([first.invocations, second.invocations], [1, 2]);
    assert.equal(first.pid, second.pid);
  });

  it('times out with Lambda’s message', async () => {
    const { fn, linesOf } = await start('app.hang', { timeout: 1 });
    const result = await fn.invoke({});
    const error = JSON.parse(result.payload);
    assert.equal(error.errorType, 'Sandbox.Timedout');
    assert.equal(error.errorMessage, `RequestId: ${result.requestId} Error: Task timed out after 1.00 seconds`);
    assert.ok(linesOf(result.requestId).some((line) => line.endsWith('Task timed out after 1.00 seconds')));
  });

  it('falls back to python3 with one warning when the runtime’s interpreter is missing', async () => {
    const { fn, logs } = await start('app.echo', { runtime: 'python3.99' });
    assert.equal((await fn.invoke({ a: 1 })).payload, '{"a": 1}');
    const warnings = logs.filter((e) => e.line.includes('python3.99'));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0].line, /^lambda-workbench: python3\.99 not found; running fixture-fn with python3 \(3\.\d+\) instead$/);
  });

  it('reports a result json cannot encode as Runtime.MarshalError', async () => {
    const { fn } = await start('app.unserializable');
    const error = JSON.parse((await fn.invoke({})).payload);
    assert.equal(error.errorType, 'Runtime.MarshalError');
    assert.match(error.errorMessage, /^Unable to marshal response: .*object.* is not JSON serializable$/);
  });
});
