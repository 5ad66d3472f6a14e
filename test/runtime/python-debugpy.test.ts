// The runtime library's `inspect` option for Python: environments start under debugpy on 127.0.0.1
// (EnvironmentInfo.debugpyAddress) without its variables or chatter reaching the function, and an interpreter
// that cannot import debugpy fails start() with DebugpyNotFoundError naming what to install.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { join } from 'node:path';
import { DebugpyNotFoundError } from '../../runtime';
import { fixturesDir } from '../support/paths';
import { useFixtures } from './harness';

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('runtime: Python under debugpy', () => {
  const start = useFixtures();

  before(function () {
    if (!hasPython) {
      console.warn('    (python3 not found on PATH: Python debugging tests skipped)');
      this.skip();
    }
  });

  it('listens on 127.0.0.1 without holding the function when not asked to break', async () => {
    const { fn, logs } = await start('.', 'app.workbench_variables', { runtime: 'python3.11' }, { templateDir: join(fixturesDir, 'python-debugpy'), inspect: {} });
    const [environment] = fn.environments;
    assert.equal(environment.inspectorUrl, undefined);
    const [host, port] = environment.debugpyAddress?.split(':') ?? [];
    assert.equal(host, '127.0.0.1');
    const socket = connect({ host, port: Number(port) });
    await once(socket, 'connect');
    socket.destroy();
    const result = await fn.invoke({});
    assert.equal(result.payload, '[]', 'the debugger’s variables are not the function’s');
    assert.ok(!logs.some((e) => /debugpy/.test(e.line)), 'debugpy’s chatter is not function output');
  });

  it('fails start() with DebugpyNotFoundError when the interpreter cannot import debugpy', async () => {
    await assert.rejects(start('.', 'app.handler', { runtime: 'python3.11' }, { templateDir: join(fixturesDir, 'dap', 'py-no-debugpy'), inspect: { break: true } }), (error: Error) => {
      assert.ok(error instanceof DebugpyNotFoundError);
      assert.match(error.message, /`pip install debugpy`.*`apt install python3-debugpy`$/);
      return true;
    });
  });
});
