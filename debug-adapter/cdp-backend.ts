// The Node backend: one debugged execution environment over the inspector (CDP) and the domain objects
// that translate DAP requests (sources, breakpoints, pause state, variables). Created on launch.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BreakpointEvent, Source, StackFrame, Thread } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { BackendContext, ClientLines, DebugBackend, StepKind } from './backend';
import { Breakpoints, type BreakpointState } from './breakpoints';
import { CdpConnection } from './cdp/connection';
import type { ResolvedLaunch } from './launch-config';
import type { Debuggee } from './launcher';
import { PauseState, type Stop } from './pause-state';
import { fileUrl } from './source-maps';
import { Sources } from './sources';
import { Variables } from './variables';

/** The inspector debugs one thread: the function's. */
const THREAD_ID = 1;

export class CdpBackend implements DebugBackend {
  private stopped = false;

  private constructor(
    readonly debuggee: Debuggee,
    private readonly cdp: CdpConnection,
    private readonly breakpoints: Breakpoints,
    private readonly sources: Sources,
    private readonly pauseState: PauseState,
    private readonly values: Variables,
    private readonly lines: ClientLines,
    private readonly functionName: string,
  ) {}

  /** Connects to the waiting debuggee (`--inspect-brk`); no user code has run yet. */
  static async attach(debuggee: Debuggee, inspectorUrl: string, context: BackendContext): Promise<CdpBackend> {
    const { launch, lines, listener } = context;
    const cdp = await CdpConnection.connect(inspectorUrl);
    const breakpoints = new Breakpoints();
    breakpoints.onDidChange((bp) => listener.onEvent(new BreakpointEvent('changed', toDapBreakpoint(bp, lines))));
    const sources = new Sources(cdp, debuggee.userRoots, (m) => listener.warn(m));
    const variables = new Variables(cdp);
    const entryUrl = launch.stopOnEntry ? handlerFileUrl(launch) : undefined;
    const onDidStop = (stop: Stop): void => listener.onDidStop({ reason: stop.reason, threadId: THREAD_ID, text: stop.text, description: stop.description, hitBreakpointIds: stop.hitBreakpointIds, allThreadsStopped: true });
    const pause = new PauseState(cdp, sources, breakpoints, variables, { onDidStop, onDidContinue: () => listener.onDidContinue() });
    await Promise.all([cdp.send('Runtime.enable'), cdp.send('Debugger.enable', { maxScriptsCacheSize: 10_000_000 })]);
    // Steps never stop in Node's internals or the runtime's bootstrap (any file outside the function's
    // code folders, as on Lambda where user code lives under the task root); they run through them.
    const userUrls = debuggee.userRoots.map((root) => escapeRegExp(fileUrl(root).replace(/\/?$/, '/'))).join('|');
    const internals = ['^node:', `^(?!${userUrls})`];
    await Promise.all([
      cdp.send('Debugger.setBlackboxPatterns', { patterns: internals }),
      cdp.send('Debugger.setAsyncCallStackDepth', { maxDepth: 0 }),
      breakpoints.attach(cdp, sources),
      entryUrl ? pause.setEntry(entryUrl) : undefined,
    ]);
    return new CdpBackend(debuggee, cdp, breakpoints, sources, pause, variables, lines, launch.config.functionName);
  }

  /** Lets the environment run: the runtime bootstraps, loads the handler and waits for an event. */
  async start(): Promise<void> {
    await this.cdp.send('Runtime.runIfWaitingForDebugger');
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.cdp.dispose();
    await this.debuggee.stop();
  }

  async setBreakpoints(args: DebugProtocol.SetBreakpointsArguments): Promise<DebugProtocol.SetBreakpointsResponse['body']> {
    const { lines } = this;
    const path = args.source.path;
    const requested: DebugProtocol.SourceBreakpoint[] = args.breakpoints ?? (args.lines ?? []).map((line) => ({ line }));
    const states = path
      ? await this.breakpoints.set(
          path,
          requested.map((bp) => ({
            line: lines.lineFromClient(bp.line),
            column: bp.column === undefined ? undefined : lines.columnFromClient(bp.column),
            condition: bp.condition,
            hitCondition: bp.hitCondition,
            logMessage: bp.logMessage,
          })),
        )
      : [];
    return { breakpoints: states.map((bp) => toDapBreakpoint(bp, lines)) };
  }

  async setExceptionBreakpoints(args: DebugProtocol.SetExceptionBreakpointsArguments): Promise<void> {
    await this.breakpoints.setExceptionFilters(args.filters);
  }

  async threads(): Promise<DebugProtocol.ThreadsResponse['body']> {
    return { threads: [new Thread(THREAD_ID, `Lambda ${this.functionName}`)] };
  }

  async stackTrace(args: DebugProtocol.StackTraceArguments): Promise<DebugProtocol.StackTraceResponse['body']> {
    const frames = await this.pauseState.stackTrace();
    const start = args.startFrame ?? 0;
    const page = frames.slice(start, args.levels ? start + args.levels : undefined);
    return {
      totalFrames: frames.length,
      stackFrames: page.map((f) => {
        const hint = f.kind === 'user' ? undefined : 'deemphasize';
        const frame: DebugProtocol.StackFrame = new StackFrame(f.id, f.name, f.path ? new Source(basename(f.path), f.path, 0, f.kind, hint) : undefined, this.lines.lineToClient(f.line), this.lines.columnToClient(f.column));
        if (f.kind !== 'user') frame.presentationHint = 'subtle';
        return frame;
      }),
    };
  }

  async scopes(args: DebugProtocol.ScopesArguments): Promise<DebugProtocol.ScopesResponse['body']> {
    const frame = this.pauseState.callFrame(args.frameId);
    return { scopes: frame ? this.values.scopes(frame) : [] };
  }

  async variables(args: DebugProtocol.VariablesArguments): Promise<DebugProtocol.VariablesResponse['body']> {
    return { variables: await this.values.variables(args.variablesReference) };
  }

  evaluate(args: DebugProtocol.EvaluateArguments): Promise<DebugProtocol.EvaluateResponse['body']> {
    const frame = args.frameId !== undefined ? this.pauseState.callFrame(args.frameId) : this.pauseState.isStopped ? this.pauseState.callFrame(undefined) : undefined;
    return this.values.evaluate(args.expression, frame?.callFrameId, args.context);
  }

  async setVariable(args: DebugProtocol.SetVariableArguments): Promise<DebugProtocol.SetVariableResponse['body']> {
    if (!this.pauseState.isStopped) throw new Error('Variables can be set only while the function is paused');
    const variable = await this.values.setVariable(args.variablesReference, args.name, args.value, this.pauseState.callFrame(undefined)?.callFrameId);
    return { value: variable.value, type: variable.type, variablesReference: variable.variablesReference };
  }

  async continue(): Promise<DebugProtocol.ContinueResponse['body']> {
    await this.pauseState.resume();
    return { allThreadsContinued: true };
  }

  step(kind: StepKind): Promise<void> {
    return this.pauseState.step(kind === 'next' ? 'over' : kind === 'stepIn' ? 'in' : 'out');
  }

  pause(): Promise<void> {
    return this.pauseState.pause();
  }

  async loadedSources(): Promise<DebugProtocol.LoadedSourcesResponse['body']> {
    return { sources: await this.sources.loadedSources() };
  }
}

function toDapBreakpoint(bp: BreakpointState, lines: ClientLines): DebugProtocol.Breakpoint {
  return {
    id: bp.id,
    verified: bp.verified,
    line: lines.lineToClient(bp.line),
    column: bp.column === undefined ? undefined : lines.columnToClient(bp.column),
    source: { name: basename(bp.path), path: bp.path },
    message: bp.message,
  };
}

/** The handler's file, for stopOnEntry: `src/app.handler` → the first of app.js/.mjs/.cjs that exists. */
function handlerFileUrl(launch: ResolvedLaunch): string | undefined {
  const module = launch.config.handler.slice(0, launch.config.handler.lastIndexOf('.'));
  const base = join(launch.templateDir, launch.config.codeDir, module);
  const file = ['.js', '.mjs', '.cjs'].map((ext) => base + ext).find((path) => existsSync(path));
  return file ? fileUrl(file) : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
