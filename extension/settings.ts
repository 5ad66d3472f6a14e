// The extension's settings, typed: the only reader of `lambdaWorkbench.*` (declared in package.json).
// Takes any `get`-able configuration so it is tested without VS Code; callers pass getConfiguration(SECTION).
import { DEFAULT_SETTINGS, type ServerSettings } from '../server/protocol';

export const SECTION = 'lambdaWorkbench';

export interface Settings {
  aws: { profile: string; region: string };
  /** `SOURCE:TYPE` sample for functions with no chosen event; '' = ask. */
  defaultEvent: string;
  /** Node.js executable for the debug adapter and local runs; '' = `node` on the PATH. */
  runtimes: { nodePath: string };
  validation: ServerSettings['validation'];
}

export interface ConfigurationReader {
  get<T>(key: string): T | undefined;
}

export function readSettings(config: ConfigurationReader): Settings {
  const text = (key: string) => {
    const value = config.get<unknown>(key);
    return typeof value === 'string' ? value.trim() : '';
  };
  const flag = (key: string, fallback: boolean) => {
    const value = config.get<unknown>(key);
    return typeof value === 'boolean' ? value : fallback;
  };
  return {
    aws: { profile: text('aws.profile'), region: text('aws.region') },
    defaultEvent: text('local.defaultEvent'),
    runtimes: { nodePath: text('runtimes.nodePath') },
    validation: {
      enable: flag('validation.enable', DEFAULT_SETTINGS.validation.enable),
      handlers: flag('validation.handlers', DEFAULT_SETTINGS.validation.handlers),
    },
  };
}

/** What the language server gets for `workspace/configuration` section `lambdaWorkbench`. */
export function toServerSettings(settings: Settings): ServerSettings {
  return { validation: { ...settings.validation } };
}
