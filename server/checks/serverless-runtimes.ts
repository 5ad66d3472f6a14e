// serverless.yml runtimes: unknown identifiers (error, with the closest ones) and deprecated ones (warning,
// with the newest runtime of the same language). Dates: docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
import type { Diagnostic } from 'vscode-languageserver/node';
import { closest, getValue, type TemplateNode, type VariableResolver } from '../../template-model';
import { slsDiagnostic, valueRange } from './serverless-diagnostic';

/** Runtime identifier → deprecation date (Lambda stops patching it), newest first in each language. */
const RUNTIMES: Record<string, string> = {
  'nodejs24.x': '2028-04-30', 'nodejs22.x': '2027-04-30', 'nodejs20.x': '2026-04-30', 'nodejs18.x': '2025-09-01',
  'nodejs16.x': '2024-06-12', 'nodejs14.x': '2023-12-04', 'nodejs12.x': '2023-03-31', 'nodejs10.x': '2021-07-30',
  'nodejs8.10': '2020-03-06', 'nodejs6.10': '2019-08-12', 'nodejs4.3': '2020-03-05',
  'python3.14': '2029-06-30', 'python3.13': '2029-06-30', 'python3.12': '2028-10-31', 'python3.11': '2026-06-30',
  'python3.10': '2026-06-30', 'python3.9': '2025-12-15', 'python3.8': '2024-10-14', 'python3.7': '2023-12-04',
  'python3.6': '2022-07-18', 'python2.7': '2021-07-15',
  java25: '2029-06-30', java21: '2029-06-30', java17: '2026-06-30', java11: '2026-06-30', 'java8.al2': '2026-06-30', java8: '2024-01-08',
  dotnet10: '2028-11-14', dotnet8: '2026-11-10', dotnet6: '2024-12-20', 'dotnetcore3.1': '2023-04-03', 'dotnetcore2.1': '2022-01-05',
  'ruby3.4': '2028-03-31', 'ruby3.3': '2026-03-31', 'ruby3.2': '2026-03-31', 'ruby2.7': '2023-12-07', 'ruby2.5': '2022-03-31',
  'provided.al2023': '2029-06-30', 'provided.al2': '2026-06-30', provided: '2023-12-31', 'go1.x': '2023-12-31',
};

export function checkServerlessRuntimes(resolver: VariableResolver, today: string): Diagnostic[] {
  const root = resolver.model.root;
  const nodes = [getValue(getValue(root, 'provider'), 'runtime')];
  const functions = getValue(root, 'functions');
  if (functions?.kind === 'map') for (const entry of functions.entries) nodes.push(getValue(entry.value, 'runtime'));
  return nodes.flatMap((node) => (node ? checkRuntime(node, resolver, today) : []));
}

function checkRuntime(node: TemplateNode, resolver: VariableResolver, today: string): Diagnostic[] {
  const resolved = resolver.valueOf(node);
  if (resolved.state !== 'resolved' || typeof resolved.value !== 'string') return [];
  const runtime = resolved.value;
  const viaVariable = resolved.node !== node ? ` (from ${String(node.kind === 'scalar' ? node.value : '')})` : '';
  const deprecated = RUNTIMES[runtime];
  const range = valueRange(resolver.model.lines, node);
  if (deprecated === undefined) {
    return [slsDiagnostic(range, 'error', 'SLS4001', `Unknown runtime: ${runtime}${viaVariable}`, { replacements: closest(runtime, Object.keys(RUNTIMES)) })];
  }
  if (deprecated > today) return [];
  const upgrade = newestOf(runtime, today);
  return [
    slsDiagnostic(range, 'warning', 'SLS4002', `Deprecated runtime since ${deprecated}: ${runtime}${viaVariable}${upgrade ? ` (use ${upgrade})` : ''}`, {
      replacements: upgrade && !viaVariable ? [upgrade] : undefined,
    }),
  ];
}

/** The newest supported runtime of the same language (`provided` and `go1.x` → provided.al2023). */
function newestOf(runtime: string, today: string): string | undefined {
  const language = runtime === 'go1.x' ? 'provided' : /^[a-z]+/.exec(runtime.replace(/^dotnetcore/, 'dotnet'))![0];
  return Object.keys(RUNTIMES).find((r) => r.startsWith(language) && RUNTIMES[r] > today);
}
