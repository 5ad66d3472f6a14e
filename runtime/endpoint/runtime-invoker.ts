// The Invoker on our runtime library: one LocalFunction per function version (and $LATEST revision),
// started on first use and kept warm; its log lines go to the LogStore, one stream per environment.
import { join } from 'node:path';
import { LambdaServiceError, LocalFunction, UnsupportedRuntimeError, type LogEvent } from '..';
import type { FunctionConfig } from '../../template-model';
import { ApiError, lambdaError } from './errors';
import type { InvokeOptions, InvokeOutcome, InvokeTarget, Invoker } from './invoker';
import { newStreamName, type LogStore } from './log-store';
import { logGroupName } from './model';

/**
 * Lambda writes each execution environment's logs to its own stream. The runtime reports which
 * invocation a line belongs to, and environments run one invocation at a time, so a stream is a slot:
 * taken by a request's first line, freed by its REPORT; a new environment opens a new slot.
 */
class StreamSlots {
  private readonly slots: { name: string; requestId?: string }[] = [];

  constructor(private readonly version: string) {}

  environmentStarted(): void {
    this.slots.push({ name: newStreamName(this.version) });
  }

  environmentStopped(): void {
    const index = this.slots.findIndex((s) => s.requestId === undefined);
    if (index >= 0) this.slots.splice(index, 1);
  }

  streamOf(event: LogEvent): string {
    if (event.requestId === undefined) return (this.slots.at(-1) ?? this.open()).name;
    const slot = this.slots.find((s) => s.requestId === event.requestId) ?? this.slots.find((s) => s.requestId === undefined) ?? this.open();
    slot.requestId = event.record?.type === 'report' ? undefined : event.requestId;
    return slot.name;
  }

  private open(): { name: string; requestId?: string } {
    const slot: { name: string; requestId?: string } = { name: newStreamName(this.version) };
    this.slots.push(slot);
    return slot;
  }
}

export class RuntimeInvoker implements Invoker {
  private readonly running = new Map<string, Map<string, Promise<LocalFunction>>>();

  constructor(
    private readonly logs: LogStore,
    private readonly stateDir: string,
  ) {}

  async invoke(target: InvokeTarget, payload: string, options: InvokeOptions): Promise<InvokeOutcome> {
    try {
      const fn = await this.functionFor(target);
      const result = await fn.invoke(JSON.parse(payload), { invocationType: options.invocationType, signal: options.signal, clientContext: options.clientContext });
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
    const slots = new StreamSlots(target.version);
    const group = logGroupName(target.functionName);
    return LocalFunction.start({
      config,
      templateDir: target.templateDir,
      onFailureDir: join(this.stateDir, 'on-failure', target.functionName),
      onEnvironmentStarted: () => slots.environmentStarted(),
      onLog: (event) => this.logs.append(group, slots.streamOf(event), [{ timestamp: Date.now(), message: event.line }]),
    }).then((fn) => fn.on('environmentStopped', () => slots.environmentStopped()));
  }
}
