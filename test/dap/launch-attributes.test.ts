// The launch attributes the adapter reads (LaunchArguments) and the ones package.json declares for the
// `lambda` debugger must be the same set, so the editor's IntelliSense offers exactly what works.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAUNCH_ATTRIBUTES } from '../../debug-adapter/launch-config';
import { repoRoot } from '../support/paths';

interface DebuggerContribution {
  type: string;
  configurationAttributes?: { launch?: { properties: Record<string, unknown> } };
}

describe('dap: launch attributes', () => {
  it('declares in package.json exactly the attributes LaunchArguments has', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { contributes: { debuggers?: DebuggerContribution[] } };
    const lambda = manifest.contributes.debuggers?.find((d) => d.type === 'lambda');
    assert.ok(lambda, 'package.json contributes no `lambda` debugger');
    const declared = Object.keys(lambda.configurationAttributes?.launch?.properties ?? {}).sort();
    assert.deepEqual(declared, [...LAUNCH_ATTRIBUTES].sort());
  });
});
