// One local invocation for "Run locally", without VS Code: resolves the function's configuration from its
// template (template-model, as the CLI and debug adapter do; the function list itself comes from the
// server), starts it in the runtime library, invokes it once with the chosen event, and stops it.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LocalFunction, type InvokeResult } from '../runtime';
import { parseTemplate, resolveFunction } from '../template-model';
import type { EventChoice, FunctionTarget } from './debug/launch-arguments';
import { loadEvent } from './events/load-event';

export interface LocalRunOptions {
  nodePath: string;
  /** Region for templates that name none. */
  region: string;
  signal?: AbortSignal;
  /** Each line the function and the platform write (START, END, REPORT included). */
  onLog(line: string): void;
  /** Settings only AWS can resolve, replaced by placeholders. */
  onUnresolved(setting: string, expression: string): void;
}

export async function invokeLocally(target: FunctionTarget, choice: EventChoice, options: LocalRunOptions): Promise<InvokeResult> {
  const model = parseTemplate(await readFile(target.templatePath, 'utf8'));
  const config = resolveFunction(model, target.fn.id, { region: options.region });
  for (const { setting, expression } of config.unresolved) options.onUnresolved(setting, expression);
  const event = await loadEvent(choice);
  options.signal?.throwIfAborted();
  const fn = await LocalFunction.start({ config, templateDir: dirname(target.templatePath), nodePath: options.nodePath, prewarm: false, onLog: ({ line }) => options.onLog(line) });
  try {
    return await fn.invoke(event, { signal: options.signal });
  } finally {
    await fn.stop();
  }
}
