// The scripts the inspector reports (Debugger.scriptParsed): file paths, source maps, and which
// scripts are the user's code versus the runtime's or Node's internals (hidden or deemphasised).
import { open, readdir } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CdpConnection } from './cdp/connection';
import type { ScriptParsedEvent } from './cdp/protocol';
import { SourceMap, type AuthoredPosition, type GeneratedPosition } from './source-maps';

interface Script {
  id: string;
  url: string;
  /** Absolute file path for file: scripts; undefined for node: internals and eval'd code. */
  path?: string;
  /** Resolves once the script's source map is loaded (undefined when it has none or it failed). */
  sourceMap: Promise<SourceMap | undefined>;
}

export type CodeKind = 'user' | 'library' | 'internal';

export class Sources {
  private readonly scripts = new Map<string, Script>();
  private onDisk: Promise<{ url: string; map: SourceMap }[]> | undefined;

  /** @param userRoots folders holding the function's code; other files are the runtime's internals */
  constructor(
    cdp: CdpConnection,
    private readonly userRoots: string[],
    private readonly warn: (message: string) => void,
  ) {
    cdp.on<ScriptParsedEvent>('Debugger.scriptParsed', (event) => this.add(event));
  }

  /** The files the user can open: scripts with a path and the authored sources of their maps. */
  async loadedSources(): Promise<{ name: string; path: string }[]> {
    const paths = new Set<string>();
    for (const script of this.scripts.values()) {
      if (!script.path || this.kindOf(script.path) === 'internal') continue;
      const map = await script.sourceMap;
      for (const path of map ? map.sources : [script.path]) paths.add(path);
    }
    return [...paths].map((path) => ({ name: basename(path), path }));
  }

  /**
   * The generated scripts whose source map lists `path`: loaded ones, else the compiled files on disk
   * under the user's folders. Node loads CommonJS through compileFunction, which V8's
   * "before script with source map" pause skips, so breakpoints must bind by URL before the load.
   */
  async generatedFor(path: string): Promise<{ url: string; map: SourceMap }[]> {
    const loaded: { url: string; map: SourceMap }[] = [];
    for (const script of this.scripts.values()) {
      const map = await script.sourceMap;
      if (map?.sources.includes(path)) loaded.push({ url: script.url, map });
    }
    if (loaded.length > 0) return loaded;
    this.onDisk ??= findMappedScripts(this.userRoots);
    return (await this.onDisk).filter(({ map }) => map.sources.includes(path));
  }

  /** Where a generated position is for the user: the authored file when mapped, else the script itself. */
  async toAuthored(scriptId: string, position: GeneratedPosition): Promise<AuthoredPosition | undefined> {
    const script = this.scripts.get(scriptId);
    if (!script) return undefined;
    const mapped = (await script.sourceMap)?.toAuthored(position);
    if (mapped) return mapped;
    return script.path ? { path: script.path, line: position.lineNumber, column: position.columnNumber } : undefined;
  }

  kindOf(path: string | undefined): CodeKind {
    if (!path || !this.userRoots.some((root) => isInside(root, path))) return 'internal';
    return path.split(sep).includes('node_modules') ? 'library' : 'user';
  }

  private add(event: ScriptParsedEvent): void {
    const path = event.url.startsWith('file:') ? fileURLToPath(event.url) : undefined;
    const wantsMap = event.sourceMapURL && path && this.kindOf(path) !== 'internal' && !path.split(sep).includes('node_modules');
    const script: Script = {
      id: event.scriptId,
      url: event.url,
      path,
      sourceMap: wantsMap
        ? SourceMap.load(event.url, event.sourceMapURL!).catch((error: unknown) => {
            this.warn(`Could not load the source map of ${path}: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
          })
        : Promise.resolve(undefined),
    };
    this.scripts.set(event.scriptId, script);
  }
}

/** Compiled scripts that end with a sourceMappingURL comment, outside node_modules. */
async function findMappedScripts(roots: string[]): Promise<{ url: string; map: SourceMap }[]> {
  const found: { url: string; map: SourceMap }[] = [];
  for (const root of roots) {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || !/\.[cm]?js$/.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      if (path.split(sep).includes('node_modules')) continue;
      const mapUrl = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(await readTail(path))?.[1];
      if (!mapUrl) continue;
      const url = pathToFileURL(path).href;
      found.push({ url, map: await SourceMap.load(url, mapUrl) });
    }
  }
  return found;
}

/** The end of a file, where compilers put the sourceMappingURL comment (inline maps can be long). */
async function readTail(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 1024 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
