// Picks the backend for a launched environment by its debugger's protocol: the inspector (CDP) is
// translated, debugpy (DAP) is relayed.
import type { BackendContext, DebugBackend } from './backend';
import { CdpBackend } from './cdp-backend';
import { DapRelay } from './dap-relay';
import type { Debuggee } from './launcher';

export function attachBackend(debuggee: Debuggee, context: BackendContext): Promise<DebugBackend> {
  const endpoint = debuggee.debugger;
  return endpoint.protocol === 'cdp' ? CdpBackend.attach(debuggee, endpoint.url, context) : DapRelay.attach(debuggee, endpoint, context);
}
