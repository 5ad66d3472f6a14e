// SAM `Policies`: managed policy names or ARNs, inline policy documents, and SAM policy templates — a
// template must exist and get exactly its parameters.
import type { Diagnostic } from 'vscode-languageserver/node';
import { getValue, type TemplateNode } from '../../template-model';
import { getPolicyTemplates, type PolicyTemplateSpec } from '../spec';
import { error, warning, type Check } from './check';
import { intrinsicOf } from './intrinsics-shape';
import { closest, didYouMean } from './suggest';

const POLICY_OWNERS = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);
const DOCUMENT_KEYS = new Set(['Version', 'Statement', 'Id']);

export const samPoliciesCheck: Check = {
  name: 'sam-policies',
  dialects: ['sam'],
  run(model) {
    const out: Diagnostic[] = [];
    const templates = new Map(getPolicyTemplates().map((t) => [t.name, t]));
    for (const resource of model.resources) {
      if (!POLICY_OWNERS.has(resource.type?.value ?? '')) continue;
      const policies = getValue(resource.properties, 'Policies');
      const items = policies?.kind === 'seq' ? policies.items : policies ? [policies] : [];
      for (const item of items) checkPolicy(item, templates, out);
    }
    return out;
  },
};

function checkPolicy(item: TemplateNode, templates: Map<string, PolicyTemplateSpec>, out: Diagnostic[]): void {
  if (item.kind !== 'map' || intrinsicOf(item) || item.entries.some((e) => DOCUMENT_KEYS.has(e.key))) return;
  if (item.entries.length !== 1) return;
  const [entry] = item.entries;
  const template = templates.get(entry.key);
  if (!template) {
    const suggestions = closest(entry.key, templates.keys());
    out.push(
      error(entry.keyRange, 'E3001', `Unknown SAM policy template: ${entry.key}. Use a policy template name, a managed policy, or a policy document with Statement.${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined),
    );
    return;
  }
  const given = entry.value.kind === 'map' ? entry.value.entries : [];
  for (const parameter of given) {
    if (template.parameters.includes(parameter.key)) continue;
    const suggestions = closest(parameter.key, template.parameters);
    const expected = template.parameters.length ? `it takes ${template.parameters.join(', ')}` : 'it takes no parameters: use {}';
    // SAM ignores parameters a template does not take: worth a warning, not a failed deploy.
    out.push(warning(parameter.keyRange, 'W3002', `Policy template ${template.name} has no parameter '${parameter.key}': SAM ignores it (${expected}).${didYouMean(suggestions)}`, suggestions.length ? { replacements: suggestions } : undefined));
  }
  const missing = template.parameters.filter((p) => !given.some((g) => g.key === p));
  if (missing.length > 0 && !(entry.value.kind === 'map' && intrinsicOf(entry.value))) {
    out.push(error(entry.keyRange, 'E3003', `Policy template ${template.name} is missing ${missing.join(', ')}.`, { missingProperties: missing }));
  }
}
