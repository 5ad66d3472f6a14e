// Conformance against AWS's own runtime interface client, unmodified: aws-lambda-ric 3.x (what nodejs18.x–22.x
// run) and 4.x (nodejs24.x) against our Runtime API server give the same payloads and log lines as our bootstrap.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { InvokeResult, LogEvent } from '../../runtime';
import { repoRoot } from '../support/paths';
import { startFixture } from './harness';

interface Generation {
  title: string;
  runtime: string;
  /** The RIC's entry script; skipReason says why it cannot run here. */
  bin: string;
  skipReason: string | undefined;
}

function generation(title: string, runtime: string, packageDir: string, bin: string, addon: string): Generation {
  const dir = join(repoRoot, 'node_modules', packageDir);
  const skipReason = !existsSync(join(dir, bin))
    ? `${packageDir} is not installed (npm ci installs it as a devDependency)`
    : !existsSync(join(dir, addon))
      ? `${packageDir}'s native client was not built (${join(dir, addon)} missing; it needs autoconf, automake, libtool, cmake, g++: scripts/install-system-deps.sh)`
      : undefined;
  return { title, runtime, bin: join(dir, bin), skipReason };
}

const generations = [
  generation('aws-lambda-ric 3.x (nodejs20.x)', 'nodejs20.x', 'aws-lambda-ric', 'bin/index.mjs', 'dist/rapid-client.node'),
  generation('aws-lambda-ric 4.x (nodejs24.x)', 'nodejs24.x', 'aws-lambda-ric-4', 'index.mjs', 'rapid-client.node'),
];

interface Observed {
  payload: unknown;
  functionError: string | undefined;
  lines: string[];
}

/** What may differ between two runs: timestamps, request ids, file paths in stacks and require stacks. */
function normalise(result: InvokeResult, logs: LogEvent[]): Observed {
  const id = result.requestId;
  const lines = logs
    // Node's own crash report (4.x) lists the runtime's frames: compare the message, not the frames.
    .filter((e) => e.stream !== 'platform' && !e.line.startsWith('Executing ') && !(e.stream === 'stderr' && /^\s+at /.test(e.line)))
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

async function observe(codeDir: string, handler: string, event: unknown, runtime: string, runtimeClient?: string): Promise<Observed> {
  const { fn, logs } = await startFixture(codeDir, handler, { runtime }, { runtimeClient });
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

for (const ric of generations) {
  describe(`runtime: ${ric.title} against our Runtime API`, function () {
    before(function () {
      if (ric.skipReason) {
        console.log(`      skipped: ${ric.skipReason}`);
        this.skip();
      }
    });

    for (const [codeDir, handler, event] of cases) {
      it(`gives the same result as our bootstrap: ${codeDir}/${handler}`, async () => {
        const [ours, theirs] = await Promise.all([observe(codeDir, handler, event, ric.runtime), observe(codeDir, handler, event, ric.runtime, ric.bin)]);
        assert.deepEqual(ours, theirs);
      });
    }

    it('builds the same context object', async () => {
      const [ours, theirs] = await Promise.all([observe('node', 'index.context', {}, ric.runtime), observe('node', 'index.context', {}, ric.runtime, ric.bin)]);
      // Remaining time and the per-environment log stream differ between any two environments.
      const strip = (o: Observed) => ({ ...(o.payload as Record<string, unknown>), remaining: 0, logStreamName: '' });
      assert.deepEqual(strip(ours), strip(theirs));
    });
  });
}
