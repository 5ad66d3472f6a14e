// Saved events per function in the workspace: `.lambda-workbench/events/<function>/<name>.json`, plain
// pretty-printed JSON so they diff and share through git, like the Lambda console's shareable test events.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const SAVED_EVENTS_DIR = join('.lambda-workbench', 'events');

export interface SavedEventRef {
  functionId: string;
  name: string;
  /** Absolute path of the JSON file. */
  path: string;
}

export type SavedEventProblem = 'invalid-name' | 'not-found' | 'exists' | 'invalid-json';

export class SavedEventError extends Error {
  constructor(
    readonly problem: SavedEventProblem,
    message: string,
  ) {
    super(message);
  }
}

/** A name becomes a file or folder name: no separators, no leading dot, nothing a shell or git trips on. */
function checkName(kind: 'function' | 'event', name: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(name)) {
    throw new SavedEventError('invalid-name', `Invalid ${kind} name for a saved event (letters, digits, . _ -): ${name}`);
  }
}

export function savedEventPath(workspaceDir: string, functionId: string, name: string): string {
  checkName('function', functionId);
  checkName('event', name);
  return join(workspaceDir, SAVED_EVENTS_DIR, functionId, `${name}.json`);
}

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

async function entries(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).map((e) => e.name).sort();
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** Saved events of one function, or of every function when `functionId` is omitted, sorted by function then name. */
export async function listSavedEvents(workspaceDir: string, functionId?: string): Promise<SavedEventRef[]> {
  const root = join(workspaceDir, SAVED_EVENTS_DIR);
  const functions = functionId === undefined ? await entries(root) : [functionId];
  const lists = await Promise.all(
    functions.map(async (fn) =>
      (await entries(join(root, fn)))
        .filter((file) => file.endsWith('.json'))
        .map((file) => ({ functionId: fn, name: file.slice(0, -'.json'.length), path: join(root, fn, file) })),
    ),
  );
  return lists.flat();
}

export async function readSavedEvent(workspaceDir: string, functionId: string, name: string): Promise<unknown> {
  const path = savedEventPath(workspaceDir, functionId, name);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) throw new SavedEventError('not-found', `Saved event not found: ${functionId}/${name} (${path})`);
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SavedEventError('invalid-json', `Saved event is not valid JSON: ${path}: ${(error as Error).message}`);
  }
}

async function write(path: string, event: unknown, flag: 'wx' | 'w'): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, `${JSON.stringify(event, null, 2)}\n`, { encoding: 'utf8', flag });
}

/** Saves a new event; fails with `exists` rather than overwrite one a teammate shared. */
export async function createSavedEvent(workspaceDir: string, functionId: string, name: string, event: unknown): Promise<SavedEventRef> {
  const path = savedEventPath(workspaceDir, functionId, name);
  try {
    await write(path, event, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new SavedEventError('exists', `Saved event already exists: ${functionId}/${name}`);
    throw error;
  }
  return { functionId, name, path };
}

/** Replaces an existing saved event. */
export async function updateSavedEvent(workspaceDir: string, functionId: string, name: string, event: unknown): Promise<SavedEventRef> {
  await readSavedEvent(workspaceDir, functionId, name);
  const path = savedEventPath(workspaceDir, functionId, name);
  await write(path, event, 'w');
  return { functionId, name, path };
}

export async function deleteSavedEvent(workspaceDir: string, functionId: string, name: string): Promise<void> {
  const path = savedEventPath(workspaceDir, functionId, name);
  try {
    await rm(path);
  } catch (error) {
    if (isMissing(error)) throw new SavedEventError('not-found', `Saved event not found: ${functionId}/${name}`);
    throw error;
  }
}
