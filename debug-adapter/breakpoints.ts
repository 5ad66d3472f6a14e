// Source breakpoints (verified/unverified, conditions, hit counts, logpoints) and exception filters,
// kept by authored path and bound to CDP breakpoints as scripts load. Lines here are 0-based.
import type { CdpConnection } from './cdp/connection';
import type { BreakpointResolvedEvent, CdpLocation } from './cdp/protocol';
import { fileUrl, type SourceMap } from './source-maps';
import type { Sources } from './sources';

export interface BreakpointRequest {
  line: number;
  column?: number;
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
}

export interface BreakpointState {
  id: number;
  path: string;
  verified: boolean;
  line: number;
  column?: number;
  message?: string;
}

interface Bound extends BreakpointState {
  request: BreakpointRequest;
  cdpIds: string[];
  hits: number;
}

export type ExceptionFilter = 'uncaught' | 'all';

/** Authored files we only ever reach through a source map. */
const MAPPED_ONLY = /\.(ts|tsx|mts|cts)$/;

export class Breakpoints {
  private nextId = 1;
  private readonly byPath = new Map<string, Bound[]>();
  private readonly byCdpId = new Map<string, Bound>();
  private readonly changed: ((bp: BreakpointState) => void)[] = [];
  private cdp: CdpConnection | undefined;
  private sources: Sources | undefined;
  private pauseOnExceptions: 'none' | ExceptionFilter = 'none';

  onDidChange(listener: (bp: BreakpointState) => void): void {
    this.changed.push(listener);
  }

  /** Binds to the inspector: every breakpoint set so far is sent, later scripts are watched. */
  async attach(cdp: CdpConnection, sources: Sources): Promise<void> {
    this.cdp = cdp;
    this.sources = sources;
    cdp.on<BreakpointResolvedEvent>('Debugger.breakpointResolved', (e) => void this.resolved(e.breakpointId, e.location).catch((error: unknown) => this.report(error)));
    await cdp.send('Debugger.setPauseOnExceptions', { state: this.pauseOnExceptions });
    await Promise.all([...this.byPath.values()].flat().map((bp) => this.bind(bp)));
  }

  /** Replaces the breakpoints of one file (DAP setBreakpoints semantics). */
  async set(path: string, requests: BreakpointRequest[]): Promise<BreakpointState[]> {
    const old = this.byPath.get(path) ?? [];
    for (const bp of old) await this.unbind(bp);
    const fresh = requests.map((request): Bound => ({ id: this.nextId++, path, verified: false, line: request.line, column: request.column, request, cdpIds: [], hits: 0 }));
    this.byPath.set(path, fresh);
    if (this.cdp && !this.cdp.isClosed) await Promise.all(fresh.map((bp) => this.bind(bp)));
    return fresh.map(snapshot);
  }

  async setExceptionFilters(filters: string[]): Promise<void> {
    this.pauseOnExceptions = filters.includes('all') ? 'all' : filters.includes('uncaught') ? 'uncaught' : 'none';
    await this.cdp?.send('Debugger.setPauseOnExceptions', { state: this.pauseOnExceptions });
  }

  /**
   * Whether a pause on these CDP breakpoints should stop the user: counts hits and applies each
   * breakpoint's hit condition (`5`, `>5`, `>=5`, `<5`, `==5`, `%5`). Returns the DAP ids that stop.
   */
  shouldStop(cdpIds: string[]): number[] {
    const stopping: number[] = [];
    for (const bp of new Set(cdpIds.map((id) => this.byCdpId.get(id)))) {
      if (!bp) continue;
      bp.hits++;
      if (hitConditionMet(bp.request.hitCondition, bp.hits)) stopping.push(bp.id);
    }
    return stopping;
  }

  private async bind(bp: Bound): Promise<void> {
    const cdp = this.cdp!;
    const generated = await this.sources!.generatedFor(bp.path);
    if (generated.length > 0 || MAPPED_ONLY.test(bp.path)) {
      for (const { url, map } of generated) await this.bindGenerated(bp, url, map);
      if (generated.length === 0) bp.message = `No compiled JavaScript with a source map for ${bp.path}`;
      return;
    }
    const result = await cdp.send<{ breakpointId: string; locations: CdpLocation[] }>('Debugger.setBreakpointByUrl', {
      url: fileUrl(bp.path),
      lineNumber: bp.request.line,
      columnNumber: bp.request.column,
      condition: cdpCondition(bp.request),
    });
    this.byCdpId.set(result.breakpointId, bp);
    bp.cdpIds.push(result.breakpointId);
    if (result.locations[0]) await this.resolved(result.breakpointId, result.locations[0]);
  }

  private async bindGenerated(bp: Bound, url: string, map: SourceMap): Promise<void> {
    const generated = map.toGenerated(bp.path, bp.request.line, bp.request.column);
    if (!generated) {
      bp.message = `No code at or below this line in ${bp.path}`;
      return;
    }
    const result = await this.cdp!.send<{ breakpointId: string; locations: CdpLocation[] }>('Debugger.setBreakpointByUrl', {
      url,
      ...generated,
      condition: cdpCondition(bp.request),
    });
    this.byCdpId.set(result.breakpointId, bp);
    bp.cdpIds.push(result.breakpointId);
    if (result.locations[0]) await this.resolved(result.breakpointId, result.locations[0]);
  }

  private async unbind(bp: Bound): Promise<void> {
    for (const id of bp.cdpIds) {
      this.byCdpId.delete(id);
      if (this.cdp && !this.cdp.isClosed) await this.cdp.send('Debugger.removeBreakpoint', { breakpointId: id });
    }
    bp.cdpIds = [];
  }

  private async resolved(cdpId: string, location: CdpLocation): Promise<void> {
    const bp = this.byCdpId.get(cdpId);
    if (!bp) return;
    const authored = await this.sources!.toAuthored(location.scriptId, { lineNumber: location.lineNumber, columnNumber: location.columnNumber ?? 0 });
    const wasVerified = bp.verified;
    bp.verified = true;
    bp.message = undefined;
    if (authored && authored.path === bp.path) {
      bp.line = authored.line;
      bp.column = authored.column;
    }
    if (!wasVerified) for (const listener of this.changed) listener(snapshot(bp));
  }

  private report(error: unknown): void {
    process.stderr.write(`lambda debug adapter: breakpoint resolution failed: ${String(error)}\n`);
  }
}

function snapshot(bp: Bound): BreakpointState {
  return { id: bp.id, path: bp.path, verified: bp.verified, line: bp.line, column: bp.column, message: bp.message };
}

/** A logpoint is a condition that logs and never pauses; `{expr}` parts are interpolated. */
function cdpCondition(request: BreakpointRequest): string | undefined {
  if (request.logMessage === undefined) return request.condition || undefined;
  const template = request.logMessage.replace(/[`\\$]/g, '\\$&').replace(/\{([^}]+)\}/g, '${$1}');
  const log = `(console.log(\`${template}\`), false)`;
  return request.condition ? `(${request.condition}) && ${log}` : log;
}

function hitConditionMet(condition: string | undefined, hits: number): boolean {
  const match = condition?.trim().match(/^(>=|<=|==|>|<|%)?\s*(\d+)$/);
  if (!match) return true;
  const n = Number(match[2]);
  switch (match[1]) {
    case '>':
      return hits > n;
    case '>=':
      return hits >= n;
    case '<':
      return hits < n;
    case '<=':
      return hits <= n;
    case '%':
      return n > 0 && hits % n === 0;
    default:
      return hits === n;
  }
}
