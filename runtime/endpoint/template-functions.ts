// Functions declared by the templates given to start-lambda: each appears with its $LATEST running the
// workspace code. Template edits win on restart; otherwise changes made through the API persist.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveFunction, type FunctionConfig, type TemplateModel } from '../../template-model';
import { hashTree } from './code-store';
import { DEFAULT_ROLE, lambdaTimestamp, type CodeRef, type FunctionSettings, type VersionRecord } from './model';
import { newRevisionId, type FunctionStore } from './store';

export interface TemplateFunction {
  config: FunctionConfig;
  templatePath: string;
  templateDir: string;
}

/** Every function of a parsed template, resolved as deployed (FunctionName, else the framework's name). */
export function templateFunctions(path: string, dir: string, model: TemplateModel, stage?: string): TemplateFunction[] {
  return model.functions.map((f) => ({ config: resolveFunction(model, f.id, { stage }), templatePath: path, templateDir: dir }));
}

function settingsOf(config: FunctionConfig): FunctionSettings {
  return {
    runtime: config.runtime,
    handler: config.handler,
    role: DEFAULT_ROLE,
    description: '',
    timeout: config.timeout,
    memorySize: config.memorySize,
    environment: config.environment,
    architecture: config.architecture,
    logFormat: config.logFormat,
    ephemeralStorage: 512,
  };
}

export async function seedTemplateFunctions(functions: TemplateFunction[], store: FunctionStore, stateDir: string): Promise<void> {
  const seen = new Map<string, TemplateFunction>();
  for (const tf of functions) {
    const name = tf.config.functionName;
    const other = seen.get(name);
    if (other) throw new Error(`Two template functions deploy as ${name}: ${other.templatePath} (${other.config.id}) and ${tf.templatePath} (${tf.config.id})`);
    seen.set(name, tf);
    const settings = settingsOf(tf.config);
    const code: CodeRef = { kind: 'workspace', templateDir: tf.templateDir, codeDir: tf.config.codeDir, inlineCode: tf.config.inlineCode };
    const seed = JSON.stringify({ settings, code });
    const digest =
      code.inlineCode !== undefined
        ? { sha256: createHash('sha256').update(code.inlineCode).digest('base64'), size: Buffer.byteLength(code.inlineCode) }
        : await digestOf(join(tf.templateDir, tf.config.codeDir), stateDir);
    const existing = store.find(name);
    if (existing?.template?.seed === seed) {
      if (existing.latest.code.kind === 'workspace') Object.assign(existing.latest, { codeSha256: digest.sha256, codeSize: digest.size });
      continue;
    }
    const latest: VersionRecord = {
      version: '$LATEST',
      settings,
      code,
      codeSha256: digest.sha256,
      codeSize: digest.size,
      revisionId: newRevisionId(),
      lastModified: lambdaTimestamp(),
      state: 'Active',
      lastUpdateStatus: 'Successful',
    };
    const template = { path: tf.templatePath, id: tf.config.id, seed };
    store.put(existing ? { ...existing, latest, template } : { name, template, latest, versions: [], nextVersion: 1, aliases: [] });
  }
  await store.save();
}

async function digestOf(dir: string, stateDir: string): Promise<{ sha256: string; size: number }> {
  // A missing code directory is the invocation's problem (Runtime.HandlerNotFound), not the endpoint's.
  if (!existsSync(dir)) return { sha256: createHash('sha256').digest('base64'), size: 0 };
  const { files, digest } = await hashTree(dir, [stateDir]);
  return { sha256: digest.toString('base64'), size: files.reduce((sum, f) => sum + f.size, 0) };
}
