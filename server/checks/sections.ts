// The template's top level: known sections only, a Resources section, the SAM-only `Globals` only with the
// SAM transform, the one format version there is, sections that are mappings, and conditions that are conditions.
import type { Diagnostic } from 'vscode-languageserver/node';
import type { TemplateNode } from '../../template-model';
import { CFN_DIALECTS, error, type Check } from './check';
import { isForEach } from './intrinsics-shape';
import { describeNode } from './value-types';
import { closest, didYouMean } from './suggest';

const FORMAT_VERSION = '2010-09-09';
/** Sections whose value is a mapping of named entries (Resources and Globals: their own checks say so). */
const MAPPING_SECTIONS = new Set(['Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Outputs']);

const SECTIONS = ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Transform', 'Resources', 'Outputs', 'Hooks'];

export const sectionsCheck: Check = {
  name: 'sections',
  dialects: CFN_DIALECTS,
  run(model) {
    const out: Diagnostic[] = [];
    if (model.root?.kind !== 'map') return out;
    const allowed = model.dialect === 'sam' ? [...SECTIONS, 'Globals'] : SECTIONS;
    for (const entry of model.root.entries) {
      if (entry.key === 'AWSTemplateFormatVersion') checkFormatVersion(entry.value, out);
      if (MAPPING_SECTIONS.has(entry.key) && entry.value.kind !== 'map') {
        out.push(error(entry.keyRange, 'E1001', `${entry.key} must be a mapping of named entries, not ${describeNode(entry.value)}: write one 'Name:' per line under it.`));
      } else if (entry.key === 'Conditions' && entry.value.kind === 'map') {
        for (const condition of entry.value.entries) {
          if (!isConditionValue(condition.key, condition.value)) out.push(error(condition.keyRange, 'E8001', `Condition ${condition.key} must be a condition function (Fn::Equals, Fn::And, …) or true/false, not ${describeNode(condition.value)}.`));
        }
      }
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

/** A condition function, a literal true/false (accepted as a constant condition), or a Fn::ForEach loop. */
function isConditionValue(key: string, value: TemplateNode): boolean {
  if (value.kind === 'map' || isForEach(key)) return true;
  return value.kind === 'scalar' && /^(true|false)$/i.test(String(value.value));
}

function checkFormatVersion(value: TemplateNode, out: Diagnostic[]): void {
  if (value.kind !== 'scalar' || value.value !== FORMAT_VERSION) {
    out.push(error(value.range, 'E1001', `AWSTemplateFormatVersion can only be '${FORMAT_VERSION}' (the one version there is).`, { replacements: [`'${FORMAT_VERSION}'`] }));
  }
}
