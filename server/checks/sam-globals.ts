// SAM `Globals`: only the sections SAM knows (Function, Api, HttpApi, …), only the properties SAM allows
// in each, and each value well typed for the resource type it applies to.
import type { Diagnostic } from 'vscode-languageserver/node';
import { getEntry } from '../../template-model';
import { getResourceType, getSamGlobals } from '../spec';
import { error, type Check } from './check';
import { closest, didYouMean } from './suggest';
import { checkValue, describeNode } from './value-types';

export const samGlobalsCheck: Check = {
  name: 'sam-globals',
  dialects: ['sam'],
  run(model) {
    const out: Diagnostic[] = [];
    const globals = getEntry(model.root, 'Globals')?.value;
    if (!globals) return out;
    if (globals.kind !== 'map') {
      out.push(error(globals.range, 'E3001', `Globals must be a mapping of sections (Function, Api, …), not ${describeNode(globals)}.`));
      return out;
    }
    const allowed = getSamGlobals();
    for (const section of globals.entries) {
      const names = allowed[section.key];
      if (!names) {
        const suggestions = closest(section.key, Object.keys(allowed));
        out.push(
          error(section.keyRange, 'E3001', `Globals has no section '${section.key}' (SAM allows ${Object.keys(allowed).join(', ')}).${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined),
        );
        continue;
      }
      if (section.value.kind !== 'map') {
        if (section.value.kind !== 'scalar' || section.value.value !== null) out.push(error(section.value.range, 'E3012', `Globals.${section.key} must be a mapping of properties.`));
        continue;
      }
      const spec = getResourceType(`AWS::Serverless::${section.key}`);
      for (const entry of section.value.entries) {
        if (!names.includes(entry.key)) {
          const suggestions = closest(entry.key, names);
          const where = spec?.properties[entry.key] ? ' It must be set on each resource.' : didYouMean(suggestions);
          out.push(error(entry.keyRange, 'E3002', `${entry.key} cannot be set in Globals.${section.key}.${where}`, suggestions.length ? { replacements: suggestions } : undefined));
          continue;
        }
        const property = spec?.properties[entry.key];
        if (spec && property) checkValue(spec, entry.key, property, property.type, entry.value, out, entry.keyRange);
      }
    }
    return out;
  },
};
