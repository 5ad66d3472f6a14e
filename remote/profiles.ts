// Profile names from the AWS shared config and credentials files, for the profile picker.
// Only section names are read: never a key or secret.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function configFilePaths(env: NodeJS.ProcessEnv = process.env): { config: string; credentials: string } {
  return {
    config: env.AWS_CONFIG_FILE ?? join(homedir(), '.aws', 'config'),
    credentials: env.AWS_SHARED_CREDENTIALS_FILE ?? join(homedir(), '.aws', 'credentials'),
  };
}

/** `[default]`, `[profile dev]` (config) and `[dev]` (credentials) → sorted unique names, `default` first. */
export function loadProfileNames(env: NodeJS.ProcessEnv = process.env): string[] {
  const { config, credentials } = configFilePaths(env);
  const names = new Set<string>();
  for (const [file, isConfig] of [[config, true], [credentials, false]] as const) {
    if (!existsSync(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/^\s*\[([^\]]+)\]\s*$/gm)) {
      const section = match[1].trim();
      if (isConfig && section.startsWith('sso-session ')) continue;
      names.add(isConfig ? section.replace(/^profile\s+/, '') : section);
    }
  }
  return [...names].sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b)));
}
