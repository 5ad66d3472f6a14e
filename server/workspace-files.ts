// Reads files the checks need (handler sources, `${file()}` targets) relative to a template's folder,
// confined to the workspace: a path that leaves every workspace folder is not read (null), nor is a link
// inside it that points outside (a cloned repository could otherwise show other files' contents in findings).
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** Text of a file; undefined when there is none; null when it lies outside the workspace. */
export type ReadText = (relativePath: string) => string | undefined | null;

export function createWorkspaceReader(baseDir: string, workspaceFolders: string[]): ReadText {
  const roots = (workspaceFolders.length > 0 ? workspaceFolders : [baseDir]).map(realPath);
  return (relativePath) => {
    const path = resolve(baseDir, relativePath);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return roots.some((root) => isInside(root, realPath(path))) ? undefined : null;
    const real = realPath(path);
    if (!roots.some((root) => isInside(root, real))) return null;
    return stat.isFile() ? readFileSync(real, 'utf8') : undefined;
  };
}

/** The path with links resolved, as far as it exists (a missing file keeps its name under its real folder). */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
