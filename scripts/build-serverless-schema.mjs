// Extracts the serverless.yml JSON schema from the installed Serverless Framework v3 (which assembles it at
// run time from its plugins' configSchemaHandler definitions), adds what it lacks, and writes
// server/checks/serverless-schema.generated.json, which dist/server.js bundles.
// Usage: npm run build:serverless-schema [-- --check]   (offline: the framework is loaded, never run as a CLI)
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESCRIPTIONS, PATTERN_DESCRIPTIONS, PLUGIN_SETTINGS, REGIONS } from './serverless-schema-additions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
Object.assign(process.env, { SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off', SLS_DEPRECATION_DISABLE: '*' });

async function loadFrameworkSchema() {
  const Serverless = require('serverless/lib/serverless');
  const serviceDir = mkdtempSync(join(tmpdir(), 'sls-schema-'));
  try {
    const serverless = new Serverless({
      serviceDir,
      configurationFilename: 'serverless.yml',
      configuration: { service: 'schema', provider: { name: 'aws' } },
      commands: ['print'],
      options: {},
    });
    await serverless.init();
    return { schema: structuredClone(serverless.configSchemaHandler.schema), version: serverless.version };
  } finally {
    rmSync(serviceDir, { recursive: true, force: true });
  }
}

const FUNCTION = '^[a-zA-Z0-9-_]+$';

function addDescriptions(schema) {
  for (const [path, description] of Object.entries(DESCRIPTIONS)) {
    let node = schema;
    for (const step of path.split('.')) {
      if (step === 'function') node = schema.properties.functions.patternProperties[FUNCTION].properties;
      else if (step === 'event') node = schema.properties.functions.patternProperties[FUNCTION].properties.events.items.anyOf;
      else node = Array.isArray(node) ? node.find((branch) => branch.properties?.[step])?.properties[step] : (node.properties ?? node)[step];
      if (!node) throw new Error(`schema has no ${path}`);
    }
    node.description = description;
  }
}

function describePatterns(node) {
  if (Array.isArray(node)) return node.forEach(describePatterns);
  if (!node || typeof node !== 'object') return;
  const words = PATTERN_DESCRIPTIONS[node.pattern] ?? PATTERN_DESCRIPTIONS[node.regexp];
  if (words && !node.description) node.description = words;
  Object.values(node).forEach(describePatterns);
}

function build({ schema, version }) {
  // The framework's runtime enum is frozen at its release; Lambda's runtime list is checked by our own rule
  // (server/checks/serverless-runtimes.ts), which knows newer and deprecated runtimes.
  schema.definitions.awsLambdaRuntime = { type: 'string', description: 'A Lambda runtime identifier, e.g. nodejs20.x' };
  // Newer AWS regions than the framework's list.
  schema.properties.provider.properties.region = { enum: REGIONS, description: 'AWS region to deploy to (default us-east-1).' };
  addDescriptions(schema);
  describePatterns(schema);
  // Known settings of popular plugins; a plugin section nobody describes stays free-form.
  schema.properties.custom.properties = { ...schema.properties.custom.properties, ...PLUGIN_SETTINGS };
  schema['x-frameworkVersion'] = version;
  return schema;
}

const schema = build(await loadFrameworkSchema());
const out = join(root, 'server', 'checks', 'serverless-schema.generated.json');
const text = `${JSON.stringify(schema, null, 1)}\n`;
if (process.argv.includes('--check')) {
  // CI: the committed schema must be what the installed framework and plugins produce.
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== text) {
    process.stderr.write(`${out} is stale for serverless ${schema['x-frameworkVersion']}: run npm run build:serverless-schema\n`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(out, text);
  process.stderr.write(`wrote ${out} (serverless ${schema['x-frameworkVersion']})\n`);
}
