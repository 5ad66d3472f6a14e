// How `lambda-workbench validate` prints its findings: text for people, JSON for scripts, SARIF 2.1.0 for
// GitHub code scanning. Lines and columns are 1-based everywhere, as editors and CI annotations show them.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';

export interface FileReport {
  /** The template's path relative to the working directory, POSIX separators. */
  path: string;
  dialect: string;
  diagnostics: Diagnostic[];
}

const SEVERITY: Record<DiagnosticSeverity, 'error' | 'warning' | 'info' | 'hint'> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** What each code family checks (cfn-lint-like numbering; SLS for serverless.yml). */
const FAMILIES: [RegExp, string][] = [
  [/^E0/, 'Template syntax and structure'],
  [/^E1/, 'Intrinsic functions and references'],
  [/^E2/, 'Parameters'],
  [/^E3/, 'Resources and their properties'],
  [/^E6/, 'Outputs'],
  [/^E7/, 'Mappings'],
  [/^E8/, 'Conditions'],
  [/^W/, 'Best practice and deprecation warnings'],
  [/^I/, 'Informational findings'],
  [/^SLS/, 'serverless.yml configuration'],
];

export function severityOf(d: Diagnostic): 'error' | 'warning' | 'info' | 'hint' {
  return SEVERITY[d.severity ?? DiagnosticSeverity.Error];
}

export function summarise(reports: FileReport[]): { files: number; errors: number; warnings: number } {
  const all = reports.flatMap((r) => r.diagnostics.map(severityOf));
  return { files: reports.length, errors: all.filter((s) => s === 'error').length, warnings: all.filter((s) => s === 'warning').length };
}

export function formatText(reports: FileReport[]): string {
  const lines = reports.flatMap((r) =>
    r.diagnostics.map((d) => `${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${severityOf(d)} ${String(d.code ?? '')} ${d.message}`),
  );
  const { files, errors, warnings } = summarise(reports);
  const templates = `${files} ${files === 1 ? 'template' : 'templates'}`;
  const found = errors + warnings === 0 ? `No problems in ${templates}` : `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${templates}`;
  return [...lines, found].join('\n') + '\n';
}

export function formatJson(reports: FileReport[]): string {
  const files = reports.map((r) => ({
    path: r.path,
    dialect: r.dialect,
    diagnostics: r.diagnostics.map((d) => ({
      severity: severityOf(d),
      code: String(d.code ?? ''),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
    })),
  }));
  return `${JSON.stringify({ files, summary: summarise(reports) }, null, 2)}\n`;
}

export function formatSarif(reports: FileReport[], version: string): string {
  const ruleIds = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => String(d.code ?? 'E0000'))))].sort();
  const rules = ruleIds.map((id) => ({
    id,
    shortDescription: { text: FAMILIES.find(([pattern]) => pattern.test(id))?.[1] ?? 'Template check' },
    defaultConfiguration: { level: id.startsWith('W') ? 'warning' : 'error' },
  }));
  const level = (d: Diagnostic): string => ({ error: 'error', warning: 'warning', info: 'note', hint: 'note' })[severityOf(d)];
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: String(d.code ?? 'E0000'),
      ruleIndex: ruleIds.indexOf(String(d.code ?? 'E0000')),
      level: level(d),
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(r.path), uriBaseId: '%SRCROOT%' },
            // SARIF regions are 1-based with an exclusive end column, like LSP's exclusive end character.
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'lambda-workbench', version, rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
