// Which Node.js runs the debug adapter and local functions. Inside desktop VS Code the extension host is
// Electron, whose execPath is the editor itself, so we look for `node` on the PATH instead.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface NodePathInputs {
  /** `lambdaWorkbench.runtimes.nodePath`, '' when unset. */
  setting: string;
  pathEnv: string | undefined;
  execPath: string;
  /** process.versions.electron is set: execPath is not a plain Node.js. */
  isElectron: boolean;
  platform: NodeJS.Platform;
  exists(path: string): boolean;
}

export class NodeNotFoundError extends Error {
  constructor() {
    super('Node.js not found on the PATH: install it, or set lambdaWorkbench.runtimes.nodePath to the node executable');
  }
}

export function resolveNodePath(inputs: NodePathInputs): string {
  if (inputs.setting) return inputs.setting;
  if (!inputs.isElectron) return inputs.execPath;
  const name = inputs.platform === 'win32' ? 'node.exe' : 'node';
  const found = (inputs.pathEnv ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, name))
    .find((candidate) => inputs.exists(candidate));
  if (!found) throw new NodeNotFoundError();
  return found;
}

/** resolveNodePath for this process (the extension host). */
export function findNode(setting: string): string {
  return resolveNodePath({ setting, pathEnv: process.env.PATH, execPath: process.execPath, isElectron: Boolean(process.versions.electron), platform: process.platform, exists: existsSync });
}
