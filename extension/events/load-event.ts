// The event object a local run sends: a saved JSON file, a generated sample (events module), or `{}`.
import { readFile } from 'node:fs/promises';
import { generateSampleEvent, parseSampleName } from '../../events';
import type { EventChoice } from '../debug/launch-arguments';

export class EventFileError extends Error {}

export async function loadEvent(choice: EventChoice): Promise<unknown> {
  if (choice.kind === 'none') return {};
  if (choice.kind === 'sample') {
    const { source, type } = parseSampleName(choice.sampleEvent);
    return generateSampleEvent(source, type);
  }
  const text = await readFile(choice.path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EventFileError(`Event file is not valid JSON (${(error as Error).message}): ${choice.path}`, { cause: error });
  }
}
