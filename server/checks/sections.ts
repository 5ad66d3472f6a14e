// The template's top level: known sections only, a Resources section, and the SAM-only `Globals` only
// with the SAM transform.
import type { Diagnostic } from 'vscode-languageserver/node';
import { CFN_DIALECTS, error, type Check } from './check';
import { closest, didYouMean } from './suggest';

const SECTIONS = ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Transform', 'Resources', 'Outputs', 'Hooks'];

export const sectionsCheck: Check = {
  name: 'sections',
  dialects: CFN_DIALECTS,
  run(model) {
    const out: Diagnostic[] = [];
    if (model.root?.kind !== 'map') return out;
    const allowed = model.dialect === 'sam' ? [...SECTIONS, 'Globals'] : SECTIONS;
    for (const entry of model.root.entries) {
      if (allowed.includes(entry.key)) continue;
      const suggestions = closest(entry.key, allowed);
      const hint = entry.key === 'Globals' ? ' Globals needs Transform: AWS::Serverless-2016-10-31.' : didYouMean(suggestions);
      out.push(error(entry.keyRange, 'E1001', `Unknown top-level section: ${entry.key}.${hint}`, suggestions.length ? { replacements: suggestions } : undefined));
    }
    if (!model.root.entries.some((e) => e.key === 'Resources')) {
      out.push(error(model.root.entries[0]?.keyRange ?? model.root.range, 'E1001', 'The template has no Resources section: add Resources with at least one resource.'));
    }
    return out;
  },
};
