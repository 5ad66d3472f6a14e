// Which custom endpoint URLs the editor accepts for a connection. Requests are signed with the user's
// credentials and their headers carry the access key id and session token: plain http only to this machine
// (a local endpoint such as start-lambda's), https anywhere else.

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** Why `value` cannot be a connection's endpoint URL, or undefined when it can (empty: AWS itself). */
export function endpointUrlProblem(value: string): string | undefined {
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'An http(s) URL, or empty';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return 'An http(s) URL, or empty';
  return LOOPBACK_NAMES.includes(url.hostname) ? undefined : 'Plain http only to this machine (127.0.0.1, localhost); use https for other hosts';
}
