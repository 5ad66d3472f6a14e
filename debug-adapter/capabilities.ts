// What the `lambda` adapter tells the client it supports (DAP initialize response).
import type { DebugProtocol } from '@vscode/debugprotocol';

export const CAPABILITIES: DebugProtocol.Capabilities = {
  supportsConfigurationDoneRequest: true,
  supportsConditionalBreakpoints: true,
  supportsHitConditionalBreakpoints: true,
  supportsLogPoints: true,
  supportsEvaluateForHovers: true,
  supportsSetVariable: true,
  supportsLoadedSourcesRequest: true,
  supportsTerminateRequest: true,
  exceptionBreakpointFilters: [
    // The runtime catches whatever the handler throws (it becomes the function error), so errors the
    // handler lets escape count as caught: "All Exceptions" is the filter that stops on them.
    { filter: 'all', label: 'All Exceptions', description: 'Also errors your handler throws to the Lambda runtime', default: false },
    { filter: 'uncaught', label: 'Uncaught Exceptions', description: 'Errors nothing catches, which end the execution environment', default: false },
  ],
};
