// A template function's events through the events module: its saved events (beside its template, in
// `.lambda-workbench/events/<function>/`) and the samples its declared triggers map to.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { listSavedEvents, listTemplateSamples, SavedEventError, savedEventPath, type SavedEventRef, type TemplateSample } from '../../events';
import { parseTemplate } from '../../template-model';
import type { FunctionTarget } from '../debug/launch-arguments';

/** Saved events live beside the template, so a project with several templates keeps them apart. */
export function eventsRoot(target: FunctionTarget): string {
  return dirname(target.templatePath);
}

export function listFunctionEvents(target: FunctionTarget): Promise<SavedEventRef[]> {
  return listSavedEvents(eventsRoot(target), target.fn.id);
}

/** Why `name` cannot be a new saved event of this function, or undefined when it can. */
export function eventNameProblem(target: FunctionTarget, name: string, taken: string[]): string | undefined {
  try {
    savedEventPath(eventsRoot(target), target.fn.id, name);
  } catch (error) {
    if (error instanceof SavedEventError) return error.message;
    throw error;
  }
  return taken.includes(name) ? `An event with this name exists: ${name}` : undefined;
}

/** The samples the function's declared triggers map to (bucket, queue, route… from the template). */
export async function loadTemplateSamples(target: FunctionTarget, region: string): Promise<TemplateSample[]> {
  const model = parseTemplate(await readFile(target.templatePath, 'utf8'));
  return listTemplateSamples(model, target.fn.id, { region });
}
