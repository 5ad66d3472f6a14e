// CloudWatch Logs filter patterns for unstructured events: `ERROR timeout` (all terms), `"exact phrase"`,
// `?ERROR ?WARN` (any), `-DEBUG` (none); case-sensitive, as documented in "Filter pattern syntax for
// metric filters, subscription filters, and filter log events". JSON/space-delimited/regex patterns are refused.
import { logsError } from './errors';

export type LogMatcher = (message: string) => boolean;

export function parseFilterPattern(pattern: string | undefined): LogMatcher {
  const text = (pattern ?? '').trim();
  if (text === '') return () => true;
  if (/^[{[%]/.test(text)) {
    throw logsError('InvalidParameterException', `Only plain-term filter patterns are supported locally; got: ${text}`);
  }
  const all: string[] = [];
  const any: string[] = [];
  const none: string[] = [];
  for (const match of text.matchAll(/([?-]?)(?:"((?:[^"\\]|\\.)*)"|(\S+))/g)) {
    const [, sign, quoted, bare] = match;
    const term = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : bare;
    (sign === '?' ? any : sign === '-' ? none : all).push(term);
  }
  return (message) =>
    all.every((t) => message.includes(t)) &&
    (any.length === 0 || any.some((t) => message.includes(t))) &&
    !none.some((t) => message.includes(t));
}
