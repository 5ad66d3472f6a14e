// LambdaDebugSession: the `lambda` debug adapter's DAP face. Owns the Lambda side (launch, invoke, timeout,
// output, end) and delegates each debugging request to the runtime family's backend (backend.ts).
import { InitializedEvent, LoggingDebugSession, StoppedEvent, TerminatedEvent, Thread } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { BackendListener, ClientLines, DebugBackend, StepKind } from './backend';
import { attachBackend } from './backends';
import { LaunchConfigError, resolveLaunch, type LaunchArguments, type ResolvedLaunch } from './launch-config';
import type { Debuggee, InvokeOutcome, Launcher } from './launcher';
import { logOutput, noteOutput, resultOutput, timeoutSuspendedNote } from './output';
import { CAPABILITIES } from './capabilities';

/** DAP error ids: 1xxx bad launch configuration, 2xxx failures while debugging. */
const ErrorId = { launchConfig: 1001, launchFailed: 1002, evaluation: 2002, noRun: 2003, request: 2004 } as const;

export class LambdaDebugSession extends LoggingDebugSession {
  private run: DebugBackend | undefined;
  private launch: ResolvedLaunch | undefined;
  private client: DebugProtocol.InitializeRequestArguments = { adapterID: 'lambda' };
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
  }

  protected initializeRequest(response: DebugProtocol.InitializeResponse, args: DebugProtocol.InitializeRequestArguments): void {
    this.client = args;
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
      this.run = await attachBackend(started, { launch: this.launch, client: this.client, lines: this.clientLines(), listener: this.backendListener(started) });
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
    // The invocation takes the held environment before it runs: one whose init fails and exits at once
    // still answers it with Lambda's init error, as it would without a debugger. Its end is reported after
    // the launch is answered.
    this.invoking = true;
    const outcome = run.debuggee.invoke(this.launch.event);
    outcome.catch(() => undefined);
    try {
      await run.start();
    } catch (error) {
      await this.stopRun();
      return this.sendErrorResponse(response, { id: ErrorId.launchFailed, format: `The function could not start under the debugger: ${errorText(error)}`, showUser: true });
    }
    this.sendResponse(response);
    await this.invoke(run, outcome);
  }

  protected configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.configurationDone();
    this.sendResponse(response);
  }

  protected setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): Promise<void> {
    return this.delegate(response, (run) => run.setBreakpoints(args));
  }

  protected setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): Promise<void> {
    return this.delegate(response, (run) => run.setExceptionBreakpoints(args));
  }

  protected async threadsRequest(response: DebugProtocol.ThreadsResponse): Promise<void> {
    // Before launch (or after a failed one) the one thread to show is the function's, not yet running.
    if (!this.run) {
      response.body = { threads: [new Thread(1, `Lambda ${this.launch?.config.functionName ?? 'function'}`)] };
      return this.sendResponse(response);
    }
    return this.delegate(response, (run) => run.threads());
  }

  protected stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): Promise<void> {
    return this.delegate(response, (run) => run.stackTrace(args));
  }

  protected scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): Promise<void> {
    return this.delegate(response, (run) => run.scopes(args));
  }

  protected variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): Promise<void> {
    return this.delegate(response, (run) => run.variables(args));
  }

  protected evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): Promise<void> {
    return this.delegate(response, (run) => run.evaluate(args), { id: ErrorId.evaluation, showUser: false });
  }

  protected setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): Promise<void> {
    return this.delegate(response, (run) => run.setVariable(args), { id: ErrorId.evaluation, showUser: true });
  }

  protected continueRequest(response: DebugProtocol.ContinueResponse, args: DebugProtocol.ContinueArguments): Promise<void> {
    return this.delegate(response, (run) => run.continue(args));
  }

  protected nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): Promise<void> {
    return this.step(response, 'next', args);
  }

  protected stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): Promise<void> {
    return this.step(response, 'stepIn', args);
  }

  protected stepOutRequest(response: DebugProtocol.StepOutResponse, args: DebugProtocol.StepOutArguments): Promise<void> {
    return this.step(response, 'stepOut', args);
  }

  protected pauseRequest(response: DebugProtocol.PauseResponse, args: DebugProtocol.PauseArguments): Promise<void> {
    return this.delegate(response, (run) => run.pause(args));
  }

  protected loadedSourcesRequest(response: DebugProtocol.LoadedSourcesResponse): Promise<void> {
    return this.delegate(response, (run) => run.loadedSources());
  }

  /** `invokeAgain` (keepWarm): invokes the warm environment again with a new event. */
  protected async customRequest(command: string, response: DebugProtocol.Response, args: { event?: unknown }): Promise<void> {
    if (command !== 'invokeAgain') return super.customRequest(command, response, args);
    if (!this.run || !this.launch?.keepWarm) {
      return this.sendErrorResponse(response, { id: ErrorId.noRun, format: 'invokeAgain needs a running function launched with "keepWarm": true', showUser: true });
    }
    this.sendResponse(response);
    await this.invoke(this.run, this.run.debuggee.invoke(args?.event ?? this.launch.event));
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

  /**
   * Answers a debugging request with the backend's body. `failure`: how its errors are shown (evaluation
   * errors are the expression's, as the debugger words them); by default they name the request.
   */
  private async delegate<T>(response: DebugProtocol.Response, work: (run: DebugBackend) => Promise<T>, failure?: { id: number; showUser: boolean }): Promise<void> {
    const run = this.run;
    if (!run) return this.sendErrorResponse(response, { id: ErrorId.noRun, format: 'The function is not running', showUser: false });
    try {
      const body = await work(run);
      if (body !== undefined) response.body = body;
      this.sendResponse(response);
    } catch (error) {
      const format = failure ? errorText(error) : `${response.command} failed: ${errorText(error)}`;
      this.sendErrorResponse(response, { id: failure?.id ?? ErrorId.request, format, showUser: failure?.showUser ?? false });
    }
  }

  private step(response: DebugProtocol.Response, kind: StepKind, args: DebugProtocol.NextArguments): Promise<void> {
    return this.delegate(response, (run) => run.step(kind, args));
  }

  private clientLines(): ClientLines {
    return {
      lineToClient: (line) => this.convertDebuggerLineToClient(line),
      columnToClient: (column) => this.convertDebuggerColumnToClient(column),
      lineFromClient: (line) => this.convertClientLineToDebugger(line),
      columnFromClient: (column) => this.convertClientColumnToDebugger(column),
    };
  }

  private backendListener(debuggee: Debuggee): BackendListener {
    return {
      onDidStop: (body) => this.stopped(debuggee, body),
      onDidContinue: () => debuggee.resumeTimeout(),
      onEvent: (event) => this.sendEvent(event),
      warn: (message) => this.sendEvent(noteOutput(message)),
    };
  }

  /** Reports an invocation's outcome; then the session ends, unless it keeps the environment warm. */
  private async invoke(run: DebugBackend, outcome: Promise<InvokeOutcome>): Promise<void> {
    this.invoking = true;
    try {
      const result = await outcome;
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

  /** The function paused: its Lambda clock stops until it runs again. */
  private stopped(debuggee: Debuggee, body: DebugProtocol.StoppedEvent['body']): void {
    debuggee.suspendTimeout();
    if (!this.toldAboutTimeout && this.launch) {
      this.toldAboutTimeout = true;
      this.sendEvent(timeoutSuspendedNote(this.launch.config.timeout));
    }
    const event: DebugProtocol.StoppedEvent = new StoppedEvent(body.reason);
    event.body = body;
    this.sendEvent(event);
  }

  /** Idempotent: stops the environment and tells the client the session is over. */
  private async end(exitDescription?: string): Promise<void> {
    if (!this.run) return;
    if (exitDescription) this.sendEvent(noteOutput(`The function's process ended: ${exitDescription}`));
    await this.stopRun();
    this.sendEvent(new TerminatedEvent());
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
