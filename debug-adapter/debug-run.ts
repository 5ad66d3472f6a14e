// One debugged execution environment: the debuggee, its CDP connection and the domain objects
// (sources, breakpoints, pause state, variables). The session creates it on launch and disposes it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Breakpoints } from './breakpoints';
import { CdpConnection } from './cdp/connection';
import type { ResolvedLaunch } from './launch-config';
import type { Debuggee } from './launcher';
import { PauseState, type PauseListener } from './pause-state';
import { fileUrl } from './source-maps';
import { Sources } from './sources';
import { Variables } from './variables';

export class DebugRun {
  private stopped = false;

  private constructor(
    readonly debuggee: Debuggee,
    readonly cdp: CdpConnection,
    readonly sources: Sources,
    readonly pause: PauseState,
    readonly variables: Variables,
  ) {}

  /** Connects to the waiting debuggee and binds breakpoints; no user code has run yet. */
  static async attach(debuggee: Debuggee, launch: ResolvedLaunch, breakpoints: Breakpoints, listener: PauseListener, warn: (m: string) => void): Promise<DebugRun> {
    const cdp = await CdpConnection.connect(debuggee.inspectorUrl);
    const sources = new Sources(cdp, debuggee.userRoots, warn);
    const variables = new Variables(cdp);
    const entryUrl = launch.stopOnEntry ? handlerFileUrl(launch) : undefined;
    const pause = new PauseState(cdp, sources, breakpoints, variables, listener);
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
    return new DebugRun(debuggee, cdp, sources, pause, variables);
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
