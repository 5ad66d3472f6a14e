// LocalFunction: a function running locally the way Lambda runs it. Owns its execution environments
// (one invocation at a time each, up to the concurrency limit), invocation types, idle shutdown and logs.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import type { FunctionConfig } from '../template-model';
import { AsyncInvoker, type AsyncResult } from './async-invoke';
import { findBootstrap } from './bootstrap-path';
import { nodeInspector, type DebugListen } from './debug-listen';
import { readEnvFile } from './env-file';
import { ExecutionEnvironment, type InvokeOutcome, type LogEvent } from './environment';
import { LambdaServiceError, UnsupportedRuntimeError } from './errors';
import { prepareCode, type PreparedCode } from './handler-build';
import { functionArn, lambdaEnvironment, newLogStreamName, type AwsCredentials } from './lambda-env';
import { heapFlags } from './memory';
import { pythonDebugpy } from './python-debugpy';
import { isPythonRuntime, pythonLaunch, type Launch } from './python-launcher';
import { formatJson, formatText } from './platform-log';

export interface StartOptions {
  config: FunctionConfig;
  /** The template's folder: codeDir, envFile and the .lambda-workbench/ work folder are relative to it. */
  templateDir: string;
  /** Variables that override the template's environment (and the env file). */
  envOverrides?: Record<string, string>;
  /** `KEY=VALUE` lines, or SAM's `--env-vars` JSON ({ "<FunctionId>": {…}, "Parameters": {…} }). */
  envFile?: string;
  /**
   * Starts each environment under its runtime's debugger on 127.0.0.1 (a free port): Node's inspector, or
   * debugpy for Python (DebugpyNotFoundError when the interpreter has none). `break` holds the environment
   * before init until a debugger attaches (Node: resumes it; debugpy: sends configurationDone).
   */
  inspect?: { break?: boolean };
  /** The user's AWS credentials for the function; none unless given. */
  credentials?: AwsCredentials;
  onLog?: (event: LogEvent) => void;
  onEnvironmentStarted?: (info: EnvironmentInfo) => void;
  /** An idle environment shuts down after this long (default 10 minutes). */
  idleTimeoutMs?: number;
  /** Default: the function's reserved concurrency, else Lambda's account default of 1,000. */
  concurrencyLimit?: number;
  /** Event invocations: waits before retry 1 and 2 (default 60 s and 120 s, as Lambda). */
  asyncRetryDelaysMs?: number[];
  /** Where Event invocations' on-failure records go (default .lambda-workbench/on-failure/<function>). */
  onFailureDir?: string;
  /** The Node executable (default: this process's). */
  nodePath?: string;
  /** The Python interpreter for python3.x functions (default: the runtime's name, e.g. python3.12, else python3). */
  pythonPath?: string;
  /**
   * Another Runtime API client to run in place of the built-in bootstrap, e.g. aws-lambda-ric's entry script
   * (the conformance test and the benchmark do). It gets the handler as its first argument, as the RIC's bin expects.
   */
  runtimeClient?: string;
  /** Start one environment now (default true; needed to debug the init phase). */
  prewarm?: boolean;
  /** The function's unqualified ARN (default: in a pretend account, 123456789012). */
  functionArn?: string;
  /** The version this function runs as: `$LATEST` (default) or a published version's number (START, AWS_LAMBDA_FUNCTION_VERSION, log streams). */
  functionVersion?: string;
  /** The init phase's limit (default 10 s, as on-demand; provisioned concurrency and SnapStart allow max(130 s, timeout)). */
  initTimeoutMs?: number;
}

export interface InvokeOptions {
  invocationType?: 'RequestResponse' | 'Event' | 'DryRun';
  signal?: AbortSignal;
  /** JSON text given to the function as context.clientContext (sync invocations only, as on Lambda). */
  clientContext?: string;
  traceId?: string;
  /** The version or alias the caller named: context.invokedFunctionArn carries it, as on Lambda. */
  qualifier?: string;
}

export interface InvokeResult {
  /** 200 RequestResponse, 202 Event (queued), 204 DryRun. */
  statusCode: 200 | 202 | 204;
  requestId: string;
  /** The JSON text Invoke returns ('' for Event and DryRun). */
  payload: string;
  functionError?: 'Unhandled';
  /** The REPORT of a RequestResponse invocation. */
  report?: InvokeOutcome['report'];
  logTail?: string;
}

export interface EnvironmentInfo {
  pid: number;
  /** Node started with `inspect`: the inspector's WebSocket URL (CDP). */
  inspectorUrl?: string;
  /** Python started with `inspect`: debugpy's `host:port` (DAP; attach with justMyCode). */
  debugpyAddress?: string;
}

/** Invoke request limits: 6 MB synchronous, 1 MB asynchronous (API_Invoke.html). */
const MAX_SYNC_REQUEST = 6 * 1024 * 1024;
const MAX_ASYNC_REQUEST = 1024 * 1024;
const DEFAULT_IDLE_MS = 10 * 60 * 1000;

type Events = { log: [LogEvent]; environmentStarted: [EnvironmentInfo]; environmentStopped: [EnvironmentInfo]; asyncResult: [AsyncResult] };

export class LocalFunction extends EventEmitter<Events> {
  private readonly pool = new Set<ExecutionEnvironment>();
  private readonly idleTimers = new Map<ExecutionEnvironment, NodeJS.Timeout>();
  private readonly asyncInvoker: AsyncInvoker;
  private stopped = false;

  private constructor(
    readonly config: FunctionConfig,
    private readonly options: StartOptions,
    private readonly code: PreparedCode,
    private readonly userEnv: Record<string, string>,
    private readonly python: Launch | undefined,
    private readonly debug: DebugListen | undefined,
  ) {
    super();
    if (options.onLog) this.on('log', options.onLog);
    if (options.onEnvironmentStarted) this.on('environmentStarted', options.onEnvironmentStarted);
    this.asyncInvoker = new AsyncInvoker(
      (eventText, requestId, qualifier) => this.invokeSync(Buffer.from(eventText), requestId, { qualifier }),
      {
        retryDelaysMs: options.asyncRetryDelaysMs ?? [60_000, 120_000],
        onFailureDir: options.onFailureDir ?? join(options.templateDir, '.lambda-workbench', 'on-failure', config.functionName),
        functionArn: options.functionArn ?? functionArn(config),
        version: options.functionVersion ?? '$LATEST',
      },
      (result) => this.emit('asyncResult', result),
      (error) => this.warn(error),
    );
  }

  static async start(options: StartOptions): Promise<LocalFunction> {
    const { config } = options;
    const python = isPythonRuntime(config.runtime);
    if (!python && !/^nodejs\d+\.x$/.test(config.runtime)) throw new UnsupportedRuntimeError(config.runtime);
    const taskRoot = resolve(options.templateDir, config.codeDir);
    const code = python ? { taskRoot, handler: config.handler, nodeArgs: [] } : await prepareCode(taskRoot, config.handler);
    const fromFile = options.envFile ? readEnvFile(resolve(options.templateDir, options.envFile), config.id) : {};
    const launch = python ? pythonLaunch(config, taskRoot, resolve(options.templateDir), options.pythonPath) : undefined;
    const brk = options.inspect?.break === true;
    const debug = !options.inspect ? undefined : launch ? pythonDebugpy(brk, launch.command) : nodeInspector(brk);
    const fn = new LocalFunction(config, options, code, { ...config.environment, ...fromFile, ...options.envOverrides }, launch, debug);
    if (launch?.warning) fn.warn(launch.warning);
    if (options.prewarm !== false && fn.limit > 0) await fn.startEnvironment();
    return fn;
  }

  /** Live environments (pid and debugger address), for debuggers. */
  get environments(): EnvironmentInfo[] {
    return [...this.pool].map((env) => this.info(env));
  }

  async invoke(event: unknown, options: InvokeOptions = {}): Promise<InvokeResult> {
    const type = options.invocationType ?? 'RequestResponse';
    const body = Buffer.from(JSON.stringify(event ?? {}));
    const limit = type === 'Event' ? MAX_ASYNC_REQUEST : MAX_SYNC_REQUEST;
    if (body.length > limit) {
      throw new LambdaServiceError(413, 'RequestEntityTooLargeException', `Request must be smaller than ${limit} bytes for the InvokeFunction operation`);
    }
    const requestId = randomUUID();
    if (type === 'DryRun') return { statusCode: 204, requestId, payload: '' };
    if (type === 'Event') {
      this.asyncInvoker.enqueue(body.toString('utf8'), requestId, options.qualifier);
      return { statusCode: 202, requestId, payload: '' };
    }
    return { statusCode: 200, ...(await this.invokeSync(body, requestId, options)) };
  }

  suspendTimeout(): void {
    for (const env of this.pool) env.suspendTimeout();
  }

  resumeTimeout(): void {
    for (const env of this.pool) env.resumeTimeout();
  }

  /** Stops every environment and queued retry; nothing of this function keeps running. Idempotent. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.asyncInvoker.stop();
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    await Promise.all([...this.pool].map((env) => env.stop()));
  }

  private get limit(): number {
    return this.options.concurrencyLimit ?? this.config.reservedConcurrency ?? 1000;
  }

  private async invokeSync(body: Buffer, requestId: string, options: InvokeOptions): Promise<InvokeOutcome> {
    if (this.stopped) throw new Error(`Function stopped: ${this.config.functionName}`);
    const env = await this.acquire();
    const abort = (): void => void env.stop().catch((error: unknown) => this.warn(error, env));
    options.signal?.throwIfAborted();
    options.signal?.addEventListener('abort', abort, { once: true });
    try {
      return await env.invoke({
        requestId,
        body,
        functionArn: `${this.options.functionArn ?? functionArn(this.config)}${options.qualifier ? `:${options.qualifier}` : ''}`,
        traceId: options.traceId ?? traceHeader(),
        clientContext: options.clientContext,
      });
    } finally {
      options.signal?.removeEventListener('abort', abort);
      this.release(env);
      options.signal?.throwIfAborted();
    }
  }

  /** A failure of the local service itself (not of the function) goes to the log as a stderr line, the environment's if it has one. */
  private warn(error: unknown, env?: ExecutionEnvironment): void {
    this.emit('log', { stream: 'stderr', line: `lambda-workbench: ${error instanceof Error ? error.message : String(error)}`, logStreamName: env?.logStreamName });
  }

  private async acquire(): Promise<ExecutionEnvironment> {
    for (const env of this.pool) {
      if (env.state === 'ready' || env.state === 'initializing') {
        clearTimeout(this.idleTimers.get(env));
        this.idleTimers.delete(env);
        env.state = 'busy';
        return env;
      }
    }
    if ([...this.pool].filter((env) => env.state !== 'dead').length >= this.limit) {
      const reason = this.config.reservedConcurrency !== undefined ? 'ReservedFunctionConcurrentInvocationLimitExceeded' : 'ConcurrentInvocationLimitExceeded';
      throw new LambdaServiceError(429, 'TooManyRequestsException', 'Rate Exceeded.', { Reason: reason, Type: 'User', message: 'Rate Exceeded.' });
    }
    const env = await this.startEnvironment();
    env.state = 'busy';
    return env;
  }

  private release(env: ExecutionEnvironment): void {
    if (env.state !== 'ready' || this.stopped) return;
    const timer = setTimeout(() => {
      this.idleTimers.delete(env);
      env.stop().catch((error: unknown) => this.warn(error, env));
    }, this.options.idleTimeoutMs ?? DEFAULT_IDLE_MS).unref();
    this.idleTimers.set(env, timer);
  }

  private async startEnvironment(): Promise<ExecutionEnvironment> {
    const { config, options, code, python } = this;
    const version = options.functionVersion ?? '$LATEST';
    const logStreamName = newLogStreamName(version);
    const env = await ExecutionEnvironment.start({
      command: python?.command ?? options.nodePath ?? process.execPath,
      args: python?.args ?? [...heapFlags(config.memorySize, this.userEnv.NODE_OPTIONS), ...code.nodeArgs, ...(options.runtimeClient ? [options.runtimeClient, code.handler] : [findBootstrap()])],
      cwd: code.taskRoot,
      env: (runtimeApi) => ({
        ...lambdaEnvironment({ config: { ...config, handler: code.handler }, runtimeApi, taskRoot: code.taskRoot, runtimeDir: dirname(findBootstrap()), version, logStreamName, userEnv: this.userEnv, credentials: options.credentials }),
        ...python?.env,
      }),
      memorySizeMb: config.memorySize,
      timeoutSeconds: config.timeout,
      version,
      logStreamName,
      initTimeoutMs: options.initTimeoutMs,
      debug: this.debug,
      formatPlatform: config.logFormat === 'JSON' ? (record) => formatJson(record) : formatText,
      onLog: (event) => this.emit('log', event),
      onExit: (exited) => {
        this.pool.delete(exited);
        clearTimeout(this.idleTimers.get(exited));
        this.idleTimers.delete(exited);
        this.emit('environmentStopped', { pid: exited.pid });
      },
    });
    this.pool.add(env);
    this.emit('environmentStarted', this.info(env));
    return env;
  }

  private info(env: ExecutionEnvironment): EnvironmentInfo {
    const address = env.debuggerAddress;
    return { pid: env.pid, ...(address && (this.python ? { debugpyAddress: address } : { inspectorUrl: address })) };
  }
}

/** A fresh X-Ray trace header, as Lambda passes one to every invocation. */
function traceHeader(): string {
  const hex = (n: number): string => randomUUID().replace(/-/g, '').slice(0, n);
  return `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${hex(24)};Parent=${hex(16)};Sampled=0`;
}
