// Test entry point loaded by the real VS Code extension host (payload extensionTestsPath): runs the
// end-to-end suites with mocha; the promise's outcome becomes scripts/e2e/run.mjs's exit code.
import Mocha from 'mocha';
import { awsSuite } from './aws.e2e';
import { debugSuite } from './debug.e2e';
import { diagnosticsSuite } from './diagnostics.e2e';

/** Each suite declares its mocha tests when called, after mocha has set up its globals. */
const suites = [diagnosticsSuite, debugSuite, awsSuite];

export function run(): Promise<void> {
  // MOCHA_GREP reaches the extension host through code-server's environment.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, grep: process.env.MOCHA_GREP });
  mocha.suite.emit('pre-require', globalThis, 'e2e', mocha);
  for (const declare of suites) declare();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
  });
}
