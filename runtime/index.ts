// The local Lambda runtime's public API, used by the CLI (`invoke`), the debug adapter, the local endpoint
// and the extension. Each execution environment is a child process talking to its own Runtime API server.
//
//   const fn = await LocalFunction.start({ config: resolveFunction(model, 'Thumbnail'), templateDir,
//     envOverrides, envFile, inspect: { break: true }, onLog, onEnvironmentStarted });
//   fn.on('log', ({ stream, line, requestId, record }) => …);          // stdout/stderr/platform lines
//   fn.on('environmentStarted', ({ pid, inspectorUrl, debugpyAddress }) => …); // also environmentStopped
//   const { requestId, payload, functionError, report, logTail } = await fn.invoke(event, { signal });
//   fn.suspendTimeout(); fn.resumeTimeout();                          // debugger paused: Lambda clock stops
//   await fn.stop();                                                  // no process left behind
//
// invoke() resolves with Lambda's outcome for function errors (payload = the error JSON, functionError
// 'Unhandled'); it throws LambdaServiceError for Invoke API errors (429 throttle, 413 request too large).
export { LocalFunction, type EnvironmentInfo, type InvokeOptions, type InvokeResult, type StartOptions } from './local-function';
export type { InvokeOutcome, LogEvent } from './environment';
export type { PlatformRecord, Report } from './platform-log';
export type { AsyncResult } from './async-invoke';
export { newLogStreamName, type AwsCredentials } from './lambda-env';
export { EnvFileError } from './env-file';
export { LambdaError, LambdaServiceError, UnsupportedRuntimeError } from './errors';
export { DebugpyNotFoundError } from './python-debugpy';
export { findBootstrap } from './bootstrap-path';
