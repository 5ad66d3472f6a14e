import { strict as assert } from 'node:assert';
import { delimiter, join } from 'node:path';
import { NodeNotFoundError, resolveNodePath, type NodePathInputs } from '../../../extension/node-path';

const base: NodePathInputs = { setting: '', pathEnv: ['/opt/a', '/usr/local/bin'].join(delimiter), execPath: '/opt/code/code', isElectron: true, platform: 'linux', exists: (p) => p === join('/usr/local/bin', 'node') };

describe('extension: the Node.js that runs functions', () => {
  it('uses the setting first', () => {
    assert.equal(resolveNodePath({ ...base, setting: '/custom/node' }), '/custom/node');
  });

  it('uses the extension host itself when it is Node.js (code-server), not when it is Electron', () => {
    assert.equal(resolveNodePath({ ...base, isElectron: false }), '/opt/code/code');
    assert.equal(resolveNodePath(base), join('/usr/local/bin', 'node'));
  });

  it('looks for node.exe on Windows and says what to set when nothing is found', () => {
    assert.equal(resolveNodePath({ ...base, platform: 'win32', exists: (p) => p.endsWith('node.exe') }), join('/opt/a', 'node.exe'));
    assert.throws(() => resolveNodePath({ ...base, exists: () => false }), (e: Error) => e instanceof NodeNotFoundError && /lambdaWorkbench\.runtimes\.nodePath/.test(e.message));
  });
});
