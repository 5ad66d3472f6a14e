// Entry point of dist/debug-adapter.js: the `lambda` debug adapter over stdio.
import { LambdaDebugSession } from './session';

LambdaDebugSession.run(LambdaDebugSession);
