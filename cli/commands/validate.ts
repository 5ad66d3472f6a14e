// `lambda-workbench validate [FILES|DIRS]... [--format text|json|sarif]`: the language server's checks
// without an editor, for CI. Exit 0 when no errors, 1 when any template has errors, 2 for bad usage.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkTemplate } from '../../server/index';
import { parseTemplate } from '../../template-model';
import { parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { TEMPLATE_NAMES } from '../template-file';
import { formatJson, formatSarif, formatText, summarise, type FileReport } from '../validate-formats';

const FORMATS = ['text', 'json', 'sarif'] as const;
/** Folders never searched for templates: dependencies, build output, VCS and tool state. */
const SKIPPED_DIRS = new Set(['node_modules', '.aws-sam', 'cdk.out', '.serverless', '.git']);

export const validateCommand: Command = {
  usage: `Usage: lambda-workbench validate [FILES|DIRS]... [--format text|json|sarif]

Checks SAM, CloudFormation and serverless.yml templates with the language server's checks.
  FILES|DIRS        templates, or folders searched for ${TEMPLATE_NAMES.join(', ')} (default: .)
  --format FORMAT   text (default), json, or sarif (SARIF 2.1.0, for GitHub code scanning)
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 bad usage.`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string', default: 'text' } });
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`Unknown format: ${values.format} (formats: ${FORMATS.join(', ')})`);
    const files = (positionals.length ? positionals : ['.']).flatMap((given) => templatesIn(io.cwd, given));
    const reports = files.flatMap(({ path, given }): FileReport[] => {
      const model = parseTemplate(readFileSync(path, 'utf8'));
      if (model.dialect === 'unknown' && model.syntaxErrors.length === 0) {
        // A file named on the command line must be a template; one found in a folder may be any YAML.
        if (given !== undefined) throw new UsageError(`Not a SAM, CloudFormation or serverless.yml template: ${given}`);
        return [];
      }
      const shown = relative(io.cwd, path).split(sep).join('/') || path;
      return [{ path: shown, dialect: model.dialect, diagnostics: sorted(checkTemplate(model, { templatePath: path })) }];
    });
    if (reports.length === 0) throw new UsageError(`No templates in ${positionals.join(' ') || '.'} (looked for ${TEMPLATE_NAMES.join(', ')})`);
    const version = process.env.LAMBDA_WORKBENCH_VERSION ?? '0.0.0';
    io.stdout.write(format === 'json' ? formatJson(reports) : format === 'sarif' ? formatSarif(reports, version) : formatText(reports));
    return summarise(reports).errors > 0 ? 1 : 0;
  },
};

/** A file as given, or the templates found under a folder (sorted, so output is stable). */
function templatesIn(cwd: string, given: string): { path: string; given?: string }[] {
  const path = resolve(cwd, given);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`Path not found: ${given}`);
  }
  if (!isDirectory) return [{ path, given }];
  const found = walk(path);
  if (found.length === 0) throw new UsageError(`No templates in ${given} (looked for ${TEMPLATE_NAMES.join(', ')})`);
  return found.map((p) => ({ path: p }));
}

function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((e) => {
    if (e.isDirectory()) return SKIPPED_DIRS.has(e.name) || e.name.startsWith('.') ? [] : walk(join(dir, e.name));
    return e.isFile() && TEMPLATE_NAMES.includes(e.name) ? [join(dir, e.name)] : [];
  });
}

function sorted<T extends { range: { start: { line: number; character: number } } }>(diagnostics: T[]): T[] {
  return [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
