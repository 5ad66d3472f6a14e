// Reads files the checks need (handler sources, `${file()}` targets) relative to a template's folder,
// confined to the workspace: a path that leaves every workspace folder is not read (null).
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/** Text of a file; undefined when there is none; null when it lies outside the workspace. */
export type ReadText = (relativePath: string) => string | undefined | null;

export function createWorkspaceReader(baseDir: string, workspaceFolders: string[]): ReadText {
  const roots = workspaceFolders.length > 0 ? workspaceFolders : [baseDir];
  return (relativePath) => {
    const path = resolve(baseDir, relativePath);
    if (!roots.some((root) => isInside(root, path))) return null;
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat?.isFile() ? readFileSync(path, 'utf8') : undefined;
  };
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
