// The slice of the Chrome DevTools Protocol (Debugger/Runtime domains) the adapter uses, typed once.
// Positions here are the inspector's: 0-based lines and columns.

export interface CdpLocation {
  scriptId: string;
  lineNumber: number;
  columnNumber?: number;
}

export interface RemoteObject {
  type: 'object' | 'function' | 'undefined' | 'string' | 'number' | 'boolean' | 'symbol' | 'bigint';
  subtype?: string;
  className?: string;
  value?: unknown;
  unserializableValue?: string;
  description?: string;
  objectId?: string;
}

export interface PropertyDescriptor {
  name: string;
  value?: RemoteObject;
  get?: RemoteObject;
  writable?: boolean;
  enumerable?: boolean;
  isOwn?: boolean;
}

export interface Scope {
  type: 'global' | 'local' | 'with' | 'closure' | 'catch' | 'block' | 'script' | 'eval' | 'module' | 'wasm-expression-stack';
  object: RemoteObject;
  name?: string;
}

export interface CallFrame {
  callFrameId: string;
  functionName: string;
  location: CdpLocation;
  url: string;
  scopeChain: Scope[];
  this: RemoteObject;
}

export interface PausedEvent {
  callFrames: CallFrame[];
  reason: string;
  data?: { scriptId?: string; url?: string; sourceMapURL?: string } & Partial<RemoteObject>;
  hitBreakpoints?: string[];
}

export interface ScriptParsedEvent {
  scriptId: string;
  url: string;
  sourceMapURL?: string;
  hash: string;
}

export interface BreakpointResolvedEvent {
  breakpointId: string;
  location: CdpLocation;
}

export interface ExceptionDetails {
  text: string;
  exception?: RemoteObject;
}

export interface EvaluateResult {
  result: RemoteObject;
  exceptionDetails?: ExceptionDetails;
}
