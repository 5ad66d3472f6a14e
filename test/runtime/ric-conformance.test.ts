// Conformance against AWS's own runtime interface client: aws-lambda-ric 3.x (what nodejs18.x–22.x run),
// unmodified, against our Runtime API server must give the same payloads and log lines as our bootstrap.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { InvokeResult, LogEvent } from '../../runtime';
import { repoRoot } from '../support/paths';
import { startFixture } from './harness';

const ricDir = join(repoRoot, 'node_modules', 'aws-lambda-ric');
const ricBin = join(ricDir, 'bin', 'index.mjs');
const ricAddon = join(ricDir, 'dist', 'rapid-client.node');
const skipReason = !existsSync(ricBin)
  ? 'aws-lambda-ric is not installed (npm ci installs it as a devDependency)'
  : !existsSync(ricAddon)
    ? `aws-lambda-ric's native client was not built (${ricAddon} missing; it needs autoconf, automake, libtool, cmake, g++: scripts/install-system-deps.sh)`
    : undefined;

interface Observed {
  payload: unknown;
  functionError: string | undefined;
  lines: string[];
}

/** What may differ between two runs: timestamps, request ids, file paths in stacks and require stacks. */
function normalise(result: InvokeResult, logs: LogEvent[]): Observed {
  const id = result.requestId;
  const lines = logs
    .filter((e) => e.stream !== 'platform' && !e.line.startsWith('Executing '))
    .map((e) =>
      e.line
        .replace(/^\d{4}-\d\d-\d\dT[\d:.]+Z\t/, '<ts>\t')
        .replaceAll(id, '<id>')
        .replace(/\t(\{"errorType".*)$/, (_m, json: string) => {
          // Stacks name the runtime's own frames (their dist/index.mjs, our node-bootstrap.js): dropped at any depth.
          const rest = JSON.parse(json, (key, value: unknown) => (key === 'stack' ? undefined : value)) as Record<string, unknown>;
          return `\t${JSON.stringify({ ...rest, errorMessage: String(rest.errorMessage).split('\n')[0] })}`;
        }),
    );
  let payload: unknown = JSON.parse(result.payload.replaceAll(id, '<id>'));
  if (result.functionError && payload && typeof payload === 'object') {
    const error = payload as { errorType: string; errorMessage: string; trace?: string[] };
    payload = { errorType: error.errorType, errorMessage: error.errorMessage.split('\n')[0], trace0: error.trace?.[0]?.split('\n')[0] };
  }
  return { payload, functionError: result.functionError, lines };
}

async function observe(codeDir: string, handler: string, event: unknown, runtimeClient?: string): Promise<Observed> {
  const { fn, logs } = await startFixture(codeDir, handler, {}, { runtimeClient });
  try {
    return normalise(await fn.invoke(event), logs);
  } finally {
    await fn.stop();
  }
}

const cases: [string, string, unknown][] = [
  ['node', 'index.echo', { a: [1, 'two'] }],
  ['node', 'index.nested.a.b', {}],
  ['esm', 'app.handler', { n: 1 }],
  ['mixed', 'only.handler', {}],
  ['node', 'index.callback', {}],
  ['node', 'index.callbackError', {}],
  ['node', 'index.waits', {}],
  ['node', 'index.syncReturn', {}],
  ['node', 'index.twice', {}],
  ['node', 'index.throws', {}],
  ['node', 'index.throwsString', {}],
  ['node', 'index.circular', {}],
  ['node', 'index.log', {}],
  ['node', 'index.nope', {}],
  ['node', 'index.notfn', {}],
  ['node', 'index', {}],
  ['node', 'missing.handler', {}],
  ['node', 'syntax.handler', {}],
  ['node', 'init-throws.handler', {}],
  ['node', 'index.exit', {}],
  ['node', 'index.uncaught', {}],
  ['node', 'index.rejection', {}],
];

describe('runtime: aws-lambda-ric 3.x against our Runtime API', function () {
  before(function () {
    if (skipReason) {
      console.log(`      skipped: ${skipReason}`);
      this.skip();
    }
  });

  for (const [codeDir, handler, event] of cases) {
    it(`gives the same result as our bootstrap: ${codeDir}/${handler}`, async () => {
      const [ours, theirs] = await Promise.all([observe(codeDir, handler, event), observe(codeDir, handler, event, ricBin)]);
      assert.deepEqual(ours, theirs);
    });
  }

  it('builds the same context object', async () => {
    const [ours, theirs] = await Promise.all([observe('node', 'index.context', {}), observe('node', 'index.context', {}, ricBin)]);
    // Remaining time and the per-environment log stream differ between any two environments.
    const strip = (o: Observed) => ({ ...(o.payload as Record<string, unknown>), remaining: 0, logStreamName: '' });
    assert.deepEqual(strip(ours), strip(theirs));
  });
});
