// The Python backend: relays the client's DAP requests to debugpy's adapter in the execution environment,
// attached with justMyCode and the runtime's bootstrap excluded (so stacks and steps show user code only),
// and its events back; `stopped`/`continued` also stop and restart the Lambda clock (via the session).
import { basename } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { BackendContext, BackendListener, DebugBackend, StepKind } from './backend';
import { DapConnection } from './dap/connection';
import type { DapEndpoint, Debuggee } from './launcher';

/** debugpy's events the client sees as they are; its lifecycle events (process, exited…) are the session's. */
const RELAYED_EVENTS = new Set(['thread', 'breakpoint', 'module', 'loadedSource', 'invalidated']);

/** Our exception filters (capabilities.ts) as debugpy names them. */
const EXCEPTION_FILTERS: Record<string, string> = { all: 'raised', uncaught: 'uncaught' };

export class DapRelay implements DebugBackend {
  private stopped = false;
  /** The attach request's answer: debugpy gives it after configurationDone. */
  private attached: Promise<unknown> = Promise.resolve();
  /** stopOnEntry: a one-shot function breakpoint on the handler, reported as the `entry` stop. */
  private entryPending = false;

  private constructor(
    readonly debuggee: Debuggee,
    private readonly dap: DapConnection,
    private readonly listener: BackendListener,
    private readonly hidden: string[],
  ) {
    dap.onEvent((event) => this.relay(event));
  }

  /** Attaches to the debugpy the bootstrap started; resolves once debugpy awaits its configuration. */
  static async attach(debuggee: Debuggee, endpoint: DapEndpoint, context: BackendContext): Promise<DapRelay> {
    const relay = new DapRelay(debuggee, await DapConnection.connect(endpoint.host, endpoint.port), context.listener, endpoint.hidden);
    try {
      await relay.handshake(endpoint, context);
    } catch (error) {
      relay.dap.dispose();
      throw error;
    }
    return relay;
  }

  private async handshake(endpoint: DapEndpoint, { client, launch }: BackendContext): Promise<void> {
    await this.dap.request('initialize', { ...client, adapterID: 'debugpy', supportsRunInTerminalRequest: false, supportsStartDebuggingRequest: false });
    const initialized = this.dap.nextEvent('initialized');
    this.attached = this.dap.request('attach', {
      justMyCode: true,
      rules: endpoint.hidden.map((path) => ({ path, include: false })),
      // The runtime already reads the function's stdout/stderr as Lambda log lines.
      redirectOutput: false,
      subProcess: false,
    });
    // Until configurationDone, the attach request only answers when it fails.
    await Promise.race([initialized, this.attached]);
    this.attached.catch(() => undefined);
    if (launch.stopOnEntry) {
      await this.dap.request('setFunctionBreakpoints', { breakpoints: [handlerBreakpoint(launch.config.handler)] });
      this.entryPending = true;
    }
  }

  /** configurationDone: debugpy's wait_for_client() returns and the bootstrap imports the handler. */
  async start(): Promise<void> {
    await this.control('configurationDone', {});
    await this.unlessEnded(this.attached);
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.dap.dispose();
    await this.debuggee.stop();
  }

  setBreakpoints(args: DebugProtocol.SetBreakpointsArguments): Promise<DebugProtocol.SetBreakpointsResponse['body']> {
    return this.dap.request('setBreakpoints', args);
  }

  async setExceptionBreakpoints(args: DebugProtocol.SetExceptionBreakpointsArguments): Promise<void> {
    const filters = args.filters.map((filter) => EXCEPTION_FILTERS[filter]).filter((filter) => filter !== undefined);
    await this.dap.request('setExceptionBreakpoints', { filters });
  }

  threads(): Promise<DebugProtocol.ThreadsResponse['body']> {
    return this.dap.request('threads');
  }

  stackTrace(args: DebugProtocol.StackTraceArguments): Promise<DebugProtocol.StackTraceResponse['body']> {
    return this.dap.request('stackTrace', args);
  }

  scopes(args: DebugProtocol.ScopesArguments): Promise<DebugProtocol.ScopesResponse['body']> {
    return this.dap.request('scopes', args);
  }

  variables(args: DebugProtocol.VariablesArguments): Promise<DebugProtocol.VariablesResponse['body']> {
    return this.dap.request('variables', args);
  }

  evaluate(args: DebugProtocol.EvaluateArguments): Promise<DebugProtocol.EvaluateResponse['body']> {
    return this.dap.request('evaluate', args);
  }

  setVariable(args: DebugProtocol.SetVariableArguments): Promise<DebugProtocol.SetVariableResponse['body']> {
    return this.dap.request('setVariable', args);
  }

  // The Lambda clock restarts with the request: the function may finish before debugpy reports `continued`.
  async continue(args: DebugProtocol.ContinueArguments): Promise<DebugProtocol.ContinueResponse['body']> {
    this.listener.onDidContinue();
    return (await this.control('continue', args)) ?? { allThreadsContinued: true };
  }

  async step(kind: StepKind, args: DebugProtocol.NextArguments): Promise<void> {
    this.listener.onDidContinue();
    await this.control(kind, args);
  }

  async pause(args: DebugProtocol.PauseArguments): Promise<void> {
    await this.control('pause', args);
  }

  /** debugpy has no loadedSources: its modules request lists the imported files (the runtime's left out). */
  async loadedSources(): Promise<DebugProtocol.LoadedSourcesResponse['body']> {
    const { modules } = await this.dap.request<DebugProtocol.ModulesResponse['body']>('modules', {});
    const paths = modules.map((module) => module.path).filter((path): path is string => !!path && !this.hidden.some((root) => path.startsWith(root)));
    return { sources: [...new Set(paths)].map((path) => ({ name: basename(path), path })) };
  }

  /** debugpy's events: stops and resumes go through the session (the Lambda clock), the others as they are. */
  private relay(event: DebugProtocol.Event): void {
    const { listener } = this;
    if (event.event === 'stopped') return listener.onDidStop(this.stopBody(event as DebugProtocol.StoppedEvent));
    if (event.event === 'continued') return listener.onDidContinue();
    if (event.event === 'output' && (event as DebugProtocol.OutputEvent).body.category === 'telemetry') return;
    if (event.event === 'output' || RELAYED_EVENTS.has(event.event)) listener.onEvent(event);
  }

  /** The handler's function breakpoint is the entry stop, once: it is removed as it is hit. */
  private stopBody(event: DebugProtocol.StoppedEvent): DebugProtocol.StoppedEvent['body'] {
    if (!this.entryPending || event.body.reason !== 'function breakpoint') return event.body;
    this.entryPending = false;
    this.dap.request('setFunctionBreakpoints', { breakpoints: [] }).catch((error: unknown) => this.listener.warn(`Could not remove the entry breakpoint: ${String(error)}`));
    return { ...event.body, reason: 'entry' };
  }

  private control<T>(command: string, args: object): Promise<T | undefined> {
    return this.unlessEnded(this.dap.request<T>(command, args));
  }

  /** Run control races the function's end: once its process (and debugpy) is gone, there is nothing to control. */
  private async unlessEnded<T>(answer: Promise<T>): Promise<T | undefined> {
    try {
      return await answer;
    } catch (error) {
      if (!this.dap.isClosed) throw error;
      return undefined;
    }
  }
}

/** A function breakpoint on the handler's `def` (`pkg/mod.fn` → fn, in the module the bootstrap imports as pkg.mod). */
function handlerBreakpoint(handler: string): DebugProtocol.FunctionBreakpoint {
  const dot = handler.lastIndexOf('.');
  return { name: handler.slice(dot + 1), condition: `__name__ == ${JSON.stringify(handler.slice(0, dot).replace(/\//g, '.'))}` };
}
