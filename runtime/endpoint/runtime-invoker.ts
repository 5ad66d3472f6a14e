// The Invoker on our runtime library: one LocalFunction per function version (and $LATEST revision),
// started on first use and kept warm; its log lines go to the LogStore, in each environment's own stream.
import { join } from 'node:path';
import { LambdaServiceError, LocalFunction, newLogStreamName, UnsupportedRuntimeError, type LogEvent } from '..';
import type { FunctionConfig } from '../../template-model';
import { ApiError, lambdaError } from './errors';
import type { InvokeOptions, InvokeOutcome, InvokeTarget, Invoker } from './invoker';
import type { LogStore } from './log-store';
import { functionArn, logGroupName } from './model';

export class RuntimeInvoker implements Invoker {
  private readonly running = new Map<string, Map<string, Promise<LocalFunction>>>();

  constructor(
    private readonly logs: LogStore,
    private readonly stateDir: string,
  ) {}

  async invoke(target: InvokeTarget, payload: string, options: InvokeOptions): Promise<InvokeOutcome> {
    try {
      const fn = await this.functionFor(target);
      const { invocationType, signal, clientContext, qualifier } = options;
      const result = await fn.invoke(JSON.parse(payload), { invocationType, signal, clientContext, qualifier });
      return { requestId: result.requestId, payload: result.payload, functionError: result.functionError, logTail: result.logTail ?? '' };
    } catch (error) {
      if (error instanceof LambdaServiceError) throw new ApiError(error.code, error.statusCode, error.body);
      // Lambda's Invoke error for a runtime it cannot run; locally: anything but Node.js and Python.
      if (error instanceof UnsupportedRuntimeError) throw lambdaError('InvalidRuntimeException', error.message);
      throw error;
    }
  }

  async release(functionName: string): Promise<void> {
    const versions = this.running.get(functionName);
    this.running.delete(functionName);
    await Promise.allSettled([...(versions?.values() ?? [])].map(async (started) => (await started).stop()));
  }

  async stop(): Promise<void> {
    await Promise.allSettled([...this.running.keys()].map((name) => this.release(name)));
  }

  private functionFor(target: InvokeTarget): Promise<LocalFunction> {
    let versions = this.running.get(target.functionName);
    if (!versions) this.running.set(target.functionName, (versions = new Map()));
    const key = `${target.version}:${target.revisionId}`;
    let started = versions.get(key);
    if (!started) {
      started = this.start(target);
      versions.set(key, started);
      // A start that fails (bad handler, unsupported runtime) is retried by the next invocation.
      started.catch(() => versions.delete(key));
    }
    return started;
  }

  private start(target: InvokeTarget): Promise<LocalFunction> {
    const s = target.settings;
    const config: FunctionConfig = {
      id: target.functionName,
      functionName: target.functionName,
      handler: s.handler,
      runtime: s.runtime,
      codeDir: target.codeDir,
      inlineCode: target.inlineCode,
      memorySize: s.memorySize,
      timeout: s.timeout,
      environment: s.environment,
      logFormat: s.logFormat,
      architecture: s.architecture,
      region: target.region,
      unresolved: [],
    };
    const group = logGroupName(target.functionName);
    // The service's own messages that concern no environment join the stream written last.
    let lastStream: string | undefined;
    const streamOf = (event: LogEvent): string => (lastStream = event.logStreamName ?? lastStream ?? newLogStreamName(target.version));
    return LocalFunction.start({
      config,
      templateDir: target.templateDir,
      functionVersion: target.version,
      functionArn: functionArn(target.region, target.functionName),
      onFailureDir: join(this.stateDir, 'on-failure', target.functionName),
      onLog: (event) => this.logs.append(group, streamOf(event), [{ timestamp: Date.now(), message: event.line }]),
    });
  }
}
