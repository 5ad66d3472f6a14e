// Environment files that override a function's variables: dotenv lines (KEY=VALUE, # comments, optional
// quotes) or SAM's --env-vars JSON, where "Parameters" applies to every function and "<FunctionId>" to one.
import { readFileSync } from 'node:fs';

export class EnvFileError extends Error {}

export function readEnvFile(path: string, functionId: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EnvFileError(`Env file not readable: ${path}`, { cause: error });
  }
  return text.trimStart().startsWith('{') ? fromJson(text, path, functionId) : fromDotenv(text, path);
}

function fromJson(text: string, path: string, functionId: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new EnvFileError(`Env file is not valid JSON: ${path}: ${(error as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new EnvFileError(`Env file must hold a JSON object: ${path}`);
  const values = data as Record<string, unknown>;
  const isSamShape = Object.values(values).every((v) => v !== null && typeof v === 'object');
  const section = (key: string): Record<string, string> => flat((values[key] ?? {}) as Record<string, unknown>);
  return isSamShape ? { ...section('Parameters'), ...section(functionId) } : flat(values);
}

function flat(data: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}

function fromDotenv(text: string, path: string): Record<string, string> {
  const result: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new EnvFileError(`${path}:${index + 1}: expected KEY=VALUE`);
    const value = match[2];
    result[match[1]] = /^(['"]).*\1$/.test(value) ? value.slice(1, -1) : value;
  });
  return result;
}
