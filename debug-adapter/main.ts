// Entry point of dist/debug-adapter.js: the `lambda` debug adapter over stdio (DAP on stdin/stdout;
// adapter diagnostics go to stderr, user-visible text to the Debug Console as output events).
import { launcherFor } from './launchers';
import { LambdaDebugSession } from './session';

const session = new LambdaDebugSession(launcherFor);
process.on('SIGTERM', () => session.shutdown());
session.start(process.stdin, process.stdout);
