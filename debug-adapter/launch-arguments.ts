// The `lambda` launch configuration's attributes: the one type the debug adapter reads and the extension
// writes (package.json's configurationAttributes mirror it; a test holds them equal). Types and names only,
// so the extension's bundle takes nothing else of the adapter.

export interface LaunchArguments {
  /** SAM/CloudFormation template or serverless.yml declaring the function. */
  template?: string;
  /** The function in `template`: logical ID or serverless.yml function name. */
  function?: string;
  /** Bare handler without a template (`file.export`, with `codeDir` and `runtime`), or overrides of the template's. */
  handler?: string;
  codeDir?: string;
  runtime?: string;
  /** The invocation event: a path to a JSON file or an inline object. */
  event?: string | Record<string, unknown> | unknown[];
  /** A generated sample event, `SOURCE:TYPE` (e.g. `s3:put`). */
  sampleEvent?: string;
  functionName?: string;
  env?: Record<string, string>;
  envFile?: string;
  /** Seconds; Lambda allows 1–900. */
  timeout?: number;
  /** MB; Lambda allows 128–10240. */
  memorySize?: number;
  stopOnEntry?: boolean;
  /** Keep the environment warm after the invocation; the `invokeAgain` request invokes it again. */
  keepWarm?: boolean;
}

/** Every attribute above. */
export const LAUNCH_ATTRIBUTES = [
  'template', 'function', 'handler', 'codeDir', 'runtime', 'event', 'sampleEvent', 'functionName',
  'env', 'envFile', 'timeout', 'memorySize', 'stopOnEntry', 'keepWarm',
] as const satisfies readonly (keyof LaunchArguments)[];

// Compile-time half of the contract: every LaunchArguments key is listed above.
type Unlisted = Exclude<keyof LaunchArguments, (typeof LAUNCH_ATTRIBUTES)[number]>;
const allListed: Unlisted extends never ? true : never = true;
void allListed;
