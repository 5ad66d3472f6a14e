// serverless.yml against the Serverless Framework v3 schema (extracted at build time by
// scripts/build-serverless-schema.mjs). Values behind variables are validated once resolved, or skipped
// when only a deploy can know them.
import type { Diagnostic } from 'vscode-languageserver/node';
import { closest, getValue, type VariableResolver } from '../../template-model';
import { SchemaValidator, type Schema, type SchemaProblem, type SchemaProblemKind } from './json-schema';
import { slsDiagnostic, valueRange } from './serverless-diagnostic';
import generated from './serverless-schema.generated.json';

const schema = generated as unknown as Schema;

const CODES: Record<SchemaProblemKind, string> = {
  property: 'SLS1001',
  type: 'SLS1002',
  value: 'SLS1003',
  required: 'SLS1004',
  pattern: 'SLS1005',
  range: 'SLS1006',
  size: 'SLS1007',
};

export function checkServerlessSchema(resolver: VariableResolver): Diagnostic[] {
  const { root, lines } = resolver.model;
  if (root?.kind !== 'map') return [];
  const hasPlugins = getValue(root, 'plugins') !== undefined;
  const validator = new SchemaValidator(
    schema,
    (node) => {
      const value = resolver.valueOf(node);
      // A variable that resolves to a map or list (e.g. from a file) is validated where it is written.
      const known = value.state === 'resolved' && (value.node === undefined || value.node.kind === 'scalar');
      return known ? { known, value: value.value } : { known, value: undefined };
    },
    closest,
    (node) => valueRange(lines, node),
  );
  return validator.validate(root).map((problem) => toDiagnostic(problem, hasPlugins));
}

function toDiagnostic(problem: SchemaProblem, hasPlugins: boolean): Diagnostic {
  // A plugin may define top-level or nested settings the framework's own schema does not know.
  const maybePlugin = problem.plugin !== undefined || (problem.kind === 'property' && hasPlugins);
  const message = problem.plugin
    ? `${problem.message} (${problem.plugin} settings)`
    : maybePlugin
      ? `${problem.message} (not in the framework's schema; a plugin may define it)`
      : problem.message;
  return slsDiagnostic(problem.range, maybePlugin ? 'warning' : 'error', CODES[problem.kind], message, {
    replacements: problem.replacements,
    missingProperties: problem.missingProperties,
  });
}
