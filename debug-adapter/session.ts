// LambdaDebugSession: one short method per DAP request, delegating to the runtime.
import { LoggingDebugSession } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';

export class LambdaDebugSession extends LoggingDebugSession {
  constructor() {
    super();
    this.setDebuggerLinesStartAt1(false);
    this.setDebuggerColumnsStartAt1(false);
  }

  protected initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = { ...response.body, supportsConfigurationDoneRequest: true };
    this.sendResponse(response);
  }
}
