// Saved events per function: `<template folder>/.lambda-workbench/events/<function>/<name>.json`, the files
// the Local Functions view lists and Run/Debug use. Plain files so teams share them through git.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface SavedEvent {
  name: string;
  /** Absolute path of the JSON file. */
  path: string;
}

export class EventNameError extends Error {}

export function eventsDir(templatePath: string, functionId: string): string {
  return join(dirname(templatePath), '.lambda-workbench', 'events', functionId);
}

/** Names become file names: keep them portable across file systems. */
export function checkEventName(name: string): string | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return 'Use letters, digits, ".", "_" and "-", starting with a letter or digit.';
  if (name.length > 100) return 'Use at most 100 characters.';
  return undefined;
}

export async function listSavedEvents(templatePath: string, functionId: string): Promise<SavedEvent[]> {
  const dir = eventsDir(templatePath, functionId);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => a.localeCompare(b))
    .map((file) => ({ name: file.slice(0, -'.json'.length), path: join(dir, file) }));
}

/** Writes the event (pretty JSON, trailing newline) and returns where; refuses to overwrite. */
export async function saveEvent(templatePath: string, functionId: string, name: string, event: unknown): Promise<SavedEvent> {
  const problem = checkEventName(name);
  if (problem) throw new EventNameError(`${problem} Event name: ${name}`);
  const path = join(eventsDir(templatePath, functionId), `${name}.json`);
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, `${JSON.stringify(event, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new EventNameError(`An event with this name exists: ${name}`, { cause: error });
    throw error;
  }
  return { name, path };
}

export async function deleteEvent(event: SavedEvent): Promise<void> {
  await rm(event.path, { force: true });
}
