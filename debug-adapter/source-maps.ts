// Generated ↔ authored positions for scripts with source maps (TypeScript, bundles), on
// @jridgewell/trace-mapping. The only file that touches source maps' 1-based lines.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatedPositionFor, GREATEST_LOWER_BOUND, LEAST_UPPER_BOUND, originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

/** A position in a generated script, as the inspector counts: 0-based line and column. */
export interface GeneratedPosition {
  lineNumber: number;
  columnNumber: number;
}

/** A position in an authored file, 0-based like every position outside this file. */
export interface AuthoredPosition {
  path: string;
  line: number;
  column: number;
}

/** How far below a breakpoint's line we look for code (blank lines, comments, type-only lines). */
const LINES_TO_SEARCH = 20;

export class SourceMap {
  /** Absolute paths of the authored files this map covers. */
  readonly sources: string[];
  private readonly urlByPath = new Map<string, string>();

  private constructor(private readonly map: TraceMap) {
    this.sources = [];
    for (const url of map.resolvedSources) {
      if (!url?.startsWith('file:')) continue;
      const path = fileURLToPath(url);
      this.sources.push(path);
      this.urlByPath.set(path, url);
    }
  }

  /** Loads the map a script declares (`//# sourceMappingURL=`): a data: URL or a file beside the script. */
  static async load(scriptUrl: string, sourceMapURL: string): Promise<SourceMap> {
    if (sourceMapURL.startsWith('data:')) {
      const comma = sourceMapURL.indexOf(',');
      const data = sourceMapURL.slice(comma + 1);
      const text = sourceMapURL.slice(0, comma).endsWith(';base64') ? Buffer.from(data, 'base64').toString('utf8') : decodeURIComponent(data);
      return new SourceMap(new TraceMap(text, scriptUrl));
    }
    const mapUrl = new URL(sourceMapURL, scriptUrl).href;
    const text = await readFile(fileURLToPath(mapUrl), 'utf8');
    return new SourceMap(new TraceMap(text, mapUrl));
  }

  toAuthored(position: GeneratedPosition): AuthoredPosition | undefined {
    const needle = { line: position.lineNumber + 1, column: position.columnNumber };
    const found = originalPositionFor(this.map, { ...needle, bias: GREATEST_LOWER_BOUND });
    const mapped = found.source ? found : originalPositionFor(this.map, { ...needle, bias: LEAST_UPPER_BOUND });
    if (!mapped.source || mapped.line === null) return undefined;
    if (!mapped.source.startsWith('file:')) return undefined;
    return { path: fileURLToPath(mapped.source), line: mapped.line - 1, column: mapped.column };
  }

  /** The first generated position for `line` or, when that line has no code, the next line that has. */
  toGenerated(path: string, line: number, column = 0): GeneratedPosition | undefined {
    const source = this.urlByPath.get(path);
    if (source === undefined) return undefined;
    for (let l = line; l < line + LINES_TO_SEARCH; l++) {
      const found = generatedPositionFor(this.map, { source, line: l + 1, column: l === line ? column : 0, bias: LEAST_UPPER_BOUND });
      if (found.line !== null) return { lineNumber: found.line - 1, columnNumber: found.column };
    }
    return undefined;
  }
}

export const fileUrl = (path: string): string => pathToFileURL(path).href;
