// Conformance: how the Node bootstrap finds and loads handlers, and the Runtime.* errors when it cannot
// (lambda-runtime-spec §3). Each test starts a real environment (child process + Runtime API server).
import { strict as assert } from 'node:assert';
import type { InvokeResult } from '../../runtime';
import { startFixture } from './harness';

async function invokeOnce(codeDir: string, handler: string, runtime = 'nodejs20.x', event: unknown = {}): Promise<InvokeResult & { lines: string[] }> {
  const started = await startFixture(codeDir, handler, { runtime });
  try {
    const result = await started.fn.invoke(event);
    return { ...result, lines: started.logs.map((e) => e.line) };
  } finally {
    await started.fn.stop();
  }
}

const errorOf = (result: InvokeResult): { errorType: string; errorMessage: string; trace: string[] } => JSON.parse(result.payload);

describe('runtime: handler loading', () => {
  it('loads a CommonJS export by file.function', async () => {
    const result = await invokeOnce('node', 'index.echo', 'nodejs20.x', { hello: 'world' });
    assert.equal(result.payload, '{"hello":"world"}');
    assert.equal(result.functionError, undefined);
  });

  it('walks nested export paths and module roots in directories', async () => {
    assert.equal((await invokeOnce('node', 'index.nested.a.b')).payload, '"nested"');
    assert.equal((await invokeOnce('node', 'deep/dir/mod.handler')).payload, '"deep"');
  });

  it('imports .js as ESM under "type": "module"', async () => {
    assert.equal((await invokeOnce('esm', 'app.handler', 'nodejs20.x', { n: 1 })).payload, '{"esm":true,"event":{"n":1}}');
  });

  it('prefers .mjs over .cjs, and loads .cjs alone', async () => {
    assert.equal((await invokeOnce('mixed', 'only.handler')).payload, '"mjs"');
    assert.equal((await invokeOnce('mixed', 'common.handler')).payload, '"cjs only"');
  });

  it('transpiles a TypeScript handler with source-mapped stack traces', async () => {
    assert.equal((await invokeOnce('ts', 'handler.handler', 'nodejs20.x', { name: 'ts' })).payload, '"hello ts"');
    const failed = errorOf(await invokeOnce('ts', 'handler.fails'));
    assert.equal(failed.errorMessage, 'typed failure');
    assert.match(failed.trace[1], /ts\/handler\.ts:9:\d+\)$/);
  });

  it('reports a missing export as Runtime.HandlerNotFound', async () => {
    const result = await invokeOnce('node', 'index.nope');
    assert.equal(result.functionError, 'Unhandled');
    const error = errorOf(result);
    assert.equal(error.errorType, 'Runtime.HandlerNotFound');
    assert.equal(error.errorMessage, 'index.nope is undefined or not exported');
    assert.equal(error.trace[0], 'Runtime.HandlerNotFound: index.nope is undefined or not exported');
    assert.match(result.lines.find((l) => l.includes('Uncaught Exception')) ?? '', /^\S+Z\tundefined\tERROR\tUncaught Exception \t\{"errorType":"Runtime.HandlerNotFound"/);
    assert.match(result.report!.errorType ?? '', /^Runtime.HandlerNotFound$/);
  });

  it('reports an export that is not a function as Runtime.HandlerNotFound', async () => {
    assert.equal(errorOf(await invokeOnce('node', 'index.notfn')).errorMessage, 'index.notfn is not a function');
  });

  it('reports a handler without a dot, and one with "..", as Runtime.MalformedHandlerName', async () => {
    const bad = errorOf(await invokeOnce('node', 'index'));
    assert.deepEqual([bad.errorType, bad.errorMessage], ['Runtime.MalformedHandlerName', 'Bad handler']);
    const relative = errorOf(await invokeOnce('node', '../node/index.echo'));
    assert.equal(relative.errorMessage, "'../node/index.echo' is not a valid handler name. Use absolute paths when specifying root directories in handler names.");
  });

  it('reports a missing module and a missing dependency as Runtime.ImportModuleError', async () => {
    const missing = errorOf(await invokeOnce('node', 'missing.handler'));
    assert.equal(missing.errorType, 'Runtime.ImportModuleError');
    assert.match(missing.errorMessage, /^Error: Cannot find module 'missing'\nRequire stack:\n- .*node-bootstrap\.js$/);
    const dependency = errorOf(await invokeOnce('node', 'badreq.handler'));
    assert.match(dependency.errorMessage, /^Error: Cannot find module 'a-module-that-does-not-exist'\nRequire stack:\n- .*\/badreq\.js\n- /);
  });

  it('reports a syntax error as Runtime.UserCodeSyntaxError', async () => {
    const error = errorOf(await invokeOnce('node', 'syntax.handler'));
    assert.deepEqual([error.errorType, error.errorMessage], ['Runtime.UserCodeSyntaxError', "SyntaxError: Unexpected token '='"]);
    assert.equal(error.trace[0], "Runtime.UserCodeSyntaxError: SyntaxError: Unexpected token '='");
  });

  it('passes an error thrown at module load through unwrapped', async () => {
    const error = errorOf(await invokeOnce('node', 'init-throws.handler'));
    assert.deepEqual([error.errorType, error.errorMessage], ['RangeError', 'init went wrong']);
  });

  describe('nodejs24.x (aws-lambda-ric 4.x behaviour)', () => {
    it('uses a plain return value of a non-async handler', async () => {
      assert.equal((await invokeOnce('node', 'index.syncReturn', 'nodejs24.x')).payload, '"ignored by 3.x"');
      assert.equal((await invokeOnce('node', 'index.syncReturn', 'nodejs20.x')).payload, 'null');
    });

    it('refuses callback handlers with Runtime.CallbackHandlerDeprecated', async () => {
      const result = await invokeOnce('node', 'index.callback', 'nodejs24.x');
      const error = errorOf(result);
      assert.equal(error.errorType, 'Runtime.CallbackHandlerDeprecated');
      assert.match(error.errorMessage, /^ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24\./);
      assert.ok(result.lines.some((l) => /^\S+Z\t-\tERROR\tInit Error \t/.test(l)), result.lines.join('\n'));
    });

    it('reports a JSON stringify failure as Runtime.JSONStringifyError', async () => {
      const error = errorOf(await invokeOnce('node', 'index.circular', 'nodejs24.x'));
      assert.deepEqual([error.errorType, error.errorMessage], ['Runtime.JSONStringifyError', 'Unable to stringify response body']);
    });
  });
});
