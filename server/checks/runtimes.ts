// Lambda runtimes: unknown identifiers (with the closest known ones), and deprecated ones — an error once
// AWS blocks creating functions with them, a warning before — each with the runtime to move to.
import type { Diagnostic } from 'vscode-languageserver/node';
import type { TemplateModel } from '../../template-model';
import { LAMBDA_RUNTIMES } from '../spec';
import { CFN_DIALECTS, error, warning, type Check, type CheckContext } from './check';
import { closest, didYouMean } from './suggest';

export const runtimesCheck: Check = {
  name: 'runtimes',
  dialects: CFN_DIALECTS,
  run(model: TemplateModel, context: CheckContext) {
    const out: Diagnostic[] = [];
    const seen = new Set<object>();
    for (const fn of model.functions) {
      const runtime = fn.runtime;
      // A runtime set in Globals is shared by every function: report it once.
      if (!runtime || typeof runtime.value !== 'string' || seen.has(runtime.node)) continue;
      seen.add(runtime.node);
      const name = runtime.value;
      const lifecycle = LAMBDA_RUNTIMES[name];
      if (!lifecycle) {
        const suggestions = closest(name, Object.keys(LAMBDA_RUNTIMES).filter((r) => !isBlocked(r, context.today)));
        out.push(error(runtime.range, 'E2531', `Unknown Lambda runtime: ${name}.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined));
        continue;
      }
      if (!lifecycle.deprecated || lifecycle.deprecated > context.today) continue;
      const successor = lifecycle.successor ? ` Move to ${lifecycle.successor}.` : '';
      const data = lifecycle.successor ? { replacements: [lifecycle.successor] } : undefined;
      if (lifecycle.createBlocked && lifecycle.createBlocked <= context.today) {
        out.push(error(runtime.range, 'E2533', `Lambda runtime ${name} is deprecated (${lifecycle.deprecated}): creating functions was blocked on ${lifecycle.createBlocked} and updating them on ${lifecycle.updateBlocked}.${successor}`, data));
      } else {
        out.push(warning(runtime.range, 'W2531', `Lambda runtime ${name} is deprecated since ${lifecycle.deprecated}; creating functions will be blocked on ${lifecycle.createBlocked}.${successor}`, data));
      }
    }
    return out;
  },
};

function isBlocked(runtime: string, today: string): boolean {
  const blocked = LAMBDA_RUNTIMES[runtime].createBlocked;
  return blocked !== undefined && blocked <= today;
}
