// LambdaDebugSession: the `lambda` debug adapter's DAP face. One short method per request, each
// translating DAP ↔ the domain objects in DebugRun; the only place client lines/columns are converted.
import { basename } from 'node:path';
import { BreakpointEvent, InitializedEvent, LoggingDebugSession, Source, StackFrame, StoppedEvent, TerminatedEvent, Thread } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { Breakpoints, type BreakpointState } from './breakpoints';
import { DebugRun } from './debug-run';
import { LaunchConfigError, resolveLaunch, type LaunchArguments, type ResolvedLaunch } from './launch-config';
import type { Debuggee, Launcher } from './launcher';
import { logOutput, noteOutput, resultOutput, timeoutSuspendedNote } from './output';
import type { Stop } from './pause-state';
import { CAPABILITIES } from './capabilities';

const THREAD_ID = 1;

/** DAP error ids: 1xxx bad launch configuration, 2xxx failures while debugging. */
const ErrorId = { launchConfig: 1001, launchFailed: 1002, notStopped: 2001, evaluation: 2002, noRun: 2003, request: 2004 } as const;

export class LambdaDebugSession extends LoggingDebugSession {
  private readonly breakpoints = new Breakpoints();
  private run: DebugRun | undefined;
  private launch: ResolvedLaunch | undefined;
  private configurationDone!: () => void;
  private readonly configured = new Promise<void>((resolve) => (this.configurationDone = resolve));
  private toldAboutTimeout = false;
  private invoking = false;
  private exited: string | undefined;

  /** @param chooseLauncher the launcher for a runtime (`nodejs20.x`…); throws LaunchConfigError for none */
  constructor(private readonly chooseLauncher: (runtime: string) => Launcher) {
    super();
    this.setDebuggerLinesStartAt1(false);
    this.setDebuggerColumnsStartAt1(false);
    this.breakpoints.onDidChange((bp) => this.sendEvent(new BreakpointEvent('changed', this.toDapBreakpoint(bp))));
  }

  protected initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = { ...response.body, ...CAPABILITIES };
    this.sendResponse(response);
  }

  protected async launchRequest(response: DebugProtocol.LaunchResponse, args: LaunchArguments): Promise<void> {
    let debuggee: Debuggee | undefined;
    try {
      this.launch = await resolveLaunch(args);
      const launcher = this.chooseLauncher(this.launch.config.runtime);
      const started = (debuggee = await launcher.launch(this.launch, (log) => this.sendEvent(logOutput(log))));
      started.onDidExit((description) => this.environmentExited(description));
      this.run = await DebugRun.attach(started, this.launch, this.breakpoints, { onDidStop: (stop) => this.stopped(stop), onDidContinue: () => started.resumeTimeout() }, (m) => this.sendEvent(noteOutput(m)));
    } catch (error) {
      // Attaching can fail after the environment started: it must not outlive the failed launch.
      await debuggee?.stop();
      const bad = error instanceof LaunchConfigError;
      return this.sendErrorResponse(response, { id: bad ? ErrorId.launchConfig : ErrorId.launchFailed, format: errorText(error), showUser: true });
    }
    this.sendEvent(new InitializedEvent());
    await this.configured;
    const run = this.run;
    if (!run) return this.sendErrorResponse(response, { id: ErrorId.launchFailed, format: 'The session ended before the function started', showUser: false });
    await run.start();
    this.sendResponse(response);
    await this.invoke(this.launch.event);
  }

  protected configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.configurationDone();
    this.sendResponse(response);
  }

  protected setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): Promise<void> {
    return this.guard(response, async () => {
      const path = args.source.path;
      const requested: DebugProtocol.SourceBreakpoint[] = args.breakpoints ?? (args.lines ?? []).map((line) => ({ line }));
      const states = path
        ? await this.breakpoints.set(
            path,
            requested.map((bp) => ({
              line: this.convertClientLineToDebugger(bp.line),
              column: bp.column === undefined ? undefined : this.convertClientColumnToDebugger(bp.column),
              condition: bp.condition,
              hitCondition: bp.hitCondition,
              logMessage: bp.logMessage,
            })),
          )
        : [];
      response.body = { breakpoints: states.map((bp) => this.toDapBreakpoint(bp)) };
    });
  }

  protected setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): Promise<void> {
    return this.guard(response, async () => {
      await this.breakpoints.setExceptionFilters(args.filters);
    });
  }

  protected threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    response.body = { threads: [new Thread(THREAD_ID, `Lambda ${this.launch?.config.functionName ?? 'function'}`)] };
    this.sendResponse(response);
  }

  protected stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): Promise<void> {
    return this.guard(response, async () => {
      const frames = (await this.run?.pause.stackTrace()) ?? [];
      const start = args.startFrame ?? 0;
      const page = frames.slice(start, args.levels ? start + args.levels : undefined);
      response.body = {
        totalFrames: frames.length,
        stackFrames: page.map((f) => {
          const hint = f.kind === 'user' ? undefined : 'deemphasize';
          const frame: DebugProtocol.StackFrame = new StackFrame(f.id, f.name, f.path ? new Source(basename(f.path), f.path, 0, f.kind, hint) : undefined, this.convertDebuggerLineToClient(f.line), this.convertDebuggerColumnToClient(f.column));
          if (f.kind !== 'user') frame.presentationHint = 'subtle';
          return frame;
        }),
      };
    });
  }

  protected scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    const frame = this.run?.pause.callFrame(args.frameId);
    response.body = { scopes: frame && this.run ? this.run.variables.scopes(frame) : [] };
    this.sendResponse(response);
  }

  protected variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): Promise<void> {
    return this.guard(response, async () => {
      response.body = { variables: (await this.run?.variables.variables(args.variablesReference)) ?? [] };
    });
  }

  protected async evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): Promise<void> {
    if (!this.run) return this.sendErrorResponse(response, { id: ErrorId.noRun, format: 'The function is not running', showUser: false });
    try {
      const frame = args.frameId !== undefined ? this.run.pause.callFrame(args.frameId) : this.run.pause.isStopped ? this.run.pause.callFrame(undefined) : undefined;
      response.body = await this.run.variables.evaluate(args.expression, frame?.callFrameId, args.context);
      this.sendResponse(response);
    } catch (error) {
      this.sendErrorResponse(response, { id: ErrorId.evaluation, format: errorText(error), showUser: false });
    }
  }

  protected async setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): Promise<void> {
    if (!this.run?.pause.isStopped) return this.sendErrorResponse(response, { id: ErrorId.notStopped, format: 'Variables can be set only while the function is paused', showUser: true });
    try {
      const variable = await this.run.variables.setVariable(args.variablesReference, args.name, args.value, this.run.pause.callFrame(undefined)?.callFrameId);
      response.body = { value: variable.value, type: variable.type, variablesReference: variable.variablesReference };
      this.sendResponse(response);
    } catch (error) {
      this.sendErrorResponse(response, { id: ErrorId.evaluation, format: errorText(error), showUser: true });
    }
  }

  protected continueRequest(response: DebugProtocol.ContinueResponse): Promise<void> {
    return this.guard(response, async () => {
      await this.run?.pause.resume();
      response.body = { allThreadsContinued: true };
    });
  }

  protected nextRequest(response: DebugProtocol.NextResponse): Promise<void> {
    return this.guard(response, async () => {
      await this.run?.pause.step('over');
    });
  }

  protected stepInRequest(response: DebugProtocol.StepInResponse): Promise<void> {
    return this.guard(response, async () => {
      await this.run?.pause.step('in');
    });
  }

  protected stepOutRequest(response: DebugProtocol.StepOutResponse): Promise<void> {
    return this.guard(response, async () => {
      await this.run?.pause.step('out');
    });
  }

  protected pauseRequest(response: DebugProtocol.PauseResponse): Promise<void> {
    return this.guard(response, async () => {
      await this.run?.pause.pause();
    });
  }

  protected loadedSourcesRequest(response: DebugProtocol.LoadedSourcesResponse): Promise<void> {
    return this.guard(response, async () => {
      response.body = { sources: (await this.run?.sources.loadedSources()) ?? [] };
    });
  }

  /** `invokeAgain` (keepWarm): invokes the warm environment again with a new event. */
  protected async customRequest(command: string, response: DebugProtocol.Response, args: { event?: unknown }): Promise<void> {
    if (command !== 'invokeAgain') return super.customRequest(command, response, args);
    if (!this.run || !this.launch?.keepWarm) {
      return this.sendErrorResponse(response, { id: ErrorId.noRun, format: 'invokeAgain needs a running function launched with "keepWarm": true', showUser: true });
    }
    this.sendResponse(response);
    await this.invoke(args?.event ?? this.launch.event);
  }

  protected terminateRequest(response: DebugProtocol.TerminateResponse): Promise<void> {
    return this.guard(response, async () => {
      await this.end();
    });
  }

  protected async disconnectRequest(response: DebugProtocol.DisconnectResponse): Promise<void> {
    await this.guard(response, () => this.stopRun());
    this.shutdown();
  }

  /** Called when the client goes away (disconnect, closed stdin, SIGTERM): the function must not outlive us. */
  shutdown(): void {
    this.stopRun()
      .catch((error: unknown) => process.stderr.write(`lambda debug adapter: could not stop the function: ${errorText(error)}\n`))
      .finally(() => super.shutdown());
  }

  private async stopRun(): Promise<void> {
    const run = this.run;
    this.run = undefined;
    await run?.stop();
  }

  /** Runs a request's work and answers it: with an error response when the work throws, never silence. */
  private async guard(response: DebugProtocol.Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
      this.sendResponse(response);
    } catch (error) {
      this.sendErrorResponse(response, { id: ErrorId.request, format: `${response.command} failed: ${errorText(error)}`, showUser: false });
    }
  }

  private async invoke(event: unknown): Promise<void> {
    const run = this.run;
    if (!run) return;
    this.invoking = true;
    try {
      const result = await run.debuggee.invoke(event);
      // Stopped from the client (Shift+F5) while the function ran: its environment was killed on purpose,
      // so the runtime's ExitError is not the function's result.
      this.sendEvent(this.run === run ? resultOutput(result) : noteOutput('The debug session was stopped before the function returned.'));
    } catch (error) {
      this.sendEvent(noteOutput(`The invocation failed: ${errorText(error)}`));
    } finally {
      this.invoking = false;
    }
    // A warm environment stays for `invokeAgain`, unless its process is gone: a new one would wait for a debugger.
    if (!this.launch?.keepWarm || this.exited) await this.end(this.exited);
  }

  /** The environment's process ended; mid-invocation the runtime reports why (Runtime.ExitError…) first. */
  private environmentExited(description: string): void {
    this.exited = description;
    if (!this.invoking) void this.end(description).catch((error: unknown) => process.stderr.write(`lambda debug adapter: ${errorText(error)}\n`));
  }

  private stopped(stop: Stop): void {
    this.run?.debuggee.suspendTimeout();
    if (!this.toldAboutTimeout && this.launch) {
      this.toldAboutTimeout = true;
      this.sendEvent(timeoutSuspendedNote(this.launch.config.timeout));
    }
    const event: DebugProtocol.StoppedEvent = new StoppedEvent(stop.reason, THREAD_ID, stop.text);
    event.body.description = stop.description;
    event.body.hitBreakpointIds = stop.hitBreakpointIds;
    event.body.allThreadsStopped = true;
    this.sendEvent(event);
  }

  /** Idempotent: stops the environment and tells the client the session is over. */
  private async end(exitDescription?: string): Promise<void> {
    if (!this.run) return;
    if (exitDescription) this.sendEvent(noteOutput(`The function's process ended: ${exitDescription}`));
    await this.stopRun();
    this.sendEvent(new TerminatedEvent());
  }

  private toDapBreakpoint(bp: BreakpointState): DebugProtocol.Breakpoint {
    return {
      id: bp.id,
      verified: bp.verified,
      line: this.convertDebuggerLineToClient(bp.line),
      column: bp.column === undefined ? undefined : this.convertDebuggerColumnToClient(bp.column),
      source: { name: basename(bp.path), path: bp.path },
      message: bp.message,
    };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
