import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from '../support/cli';
import { fixturesDir } from '../support/paths';

const dir = join(fixturesDir, 'intel-validate');

interface JsonReport {
  files: { path: string; dialect: string; diagnostics: { severity: string; code: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
  summary: { files: number; errors: number; warnings: number };
}

describe('cli: lambda-workbench validate', () => {
  it('prints text findings as path:line:col and exits 1 when a template has errors', async () => {
    const result = await runCli(['validate', 'broken/template.yaml', 'clean'], { cwd: dir });
    assert.equal(result.code, 1, result.stderr);
    assert.equal(
      result.stdout,
      "broken/template.yaml:9:16: warning W3901 CodeUri folder not found: missing/ (resolved against the template's folder). Create it or fix the path.\n" +
        "broken/template.yaml:14:23: error E1020 Ref to a parameter or resource that does not exist: Queu. Declare it, or refer to an existing one. Did you mean 'Queue'?\n" +
        '1 error, 1 warning in 2 templates\n',
    );
  });

  it('exits 0 when the findings are warnings only', async () => {
    const result = await runCli(['validate', 'warning'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^warning\/template\.yaml:9:16: warning W3901 .*\n0 errors, 1 warning in 1 template\n$/);
  });

  it('exits 0 for clean templates, searching folders (default .) and skipping node_modules', async () => {
    const result = await runCli(['validate'], { cwd: join(dir, 'project') });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, 'No problems in 2 templates\n');
    const json = await runCli(['validate', 'project', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(json.stdout) as JsonReport;
    assert.deepEqual(report.files.map((f) => [f.path, f.dialect]), [['project/api/template.yaml', 'cloudformation'], ['project/serverless.yml', 'serverless']]);
  });

  it('prints JSON with 1-based positions and a summary', async () => {
    const result = await runCli(['validate', '--format', 'json', 'broken'], { cwd: dir });
    assert.equal(result.code, 1, result.stderr);
    const report = JSON.parse(result.stdout) as JsonReport;
    assert.deepEqual(report.summary, { files: 1, errors: 1, warnings: 1 });
    assert.equal(report.files[0].path, 'broken/template.yaml');
    assert.deepEqual(
      report.files[0].diagnostics.map((d) => [d.severity, d.code, d.line, d.column, d.endLine, d.endColumn]),
      [
        ['warning', 'W3901', 9, 16, 9, 24],
        ['error', 'E1020', 14, 23, 14, 27],
      ],
    );
  });

  it('prints SARIF 2.1.0 that the SARIF schema accepts, with rules and regions', async () => {
    const result = await runCli(['validate', '--format=sarif', 'broken', 'clean'], { cwd: dir });
    assert.equal(result.code, 1, result.stderr);
    const log = JSON.parse(result.stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
    };
    const schema = JSON.parse(readFileSync(join(fixturesDir, 'intel-sarif-schema', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's language-tag pattern is not a valid `u` regex
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    const [run] = log.runs;
    assert.equal(run.tool.driver.name, 'lambda-workbench');
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ['E1020', 'W3901']);
    assert.deepEqual(
      run.results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine]),
      [
        ['W3901', 'warning', 'broken/template.yaml', 9],
        ['E1020', 'error', 'broken/template.yaml', 14],
      ],
    );
    const clean = await runCli(['validate', '--format', 'sarif', 'clean'], { cwd: dir });
    assert.equal(clean.code, 0);
    assert.ok(validate(JSON.parse(clean.stdout)), JSON.stringify(validate.errors));
  });

  it('exits 2 with one line for a missing path, a non-template file, a folder without templates, or a bad format', async () => {
    const cases: [string[], string][] = [
      [['validate', 'missing.yaml'], 'lambda-workbench validate: Path not found: missing.yaml\n'],
      [['validate', 'notes/notes.yml'], 'lambda-workbench validate: Not a SAM, CloudFormation or serverless.yml template: notes/notes.yml\n'],
      [['validate', 'notes'], 'lambda-workbench validate: No templates in notes (looked for template.yaml, template.yml, template.json, serverless.yml, serverless.yaml)\n'],
      [['validate', '--format', 'xml', 'clean'], 'lambda-workbench validate: Unknown format: xml (formats: text, json, sarif)\n'],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(args, { cwd: dir })));
    assert.deepEqual(
      results.map((r) => [r.code, r.stderr, r.stdout]),
      cases.map(([, stderr]) => [2, stderr, '']),
    );
  });
});
