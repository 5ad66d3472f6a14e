// Scopes, variables and evaluation: DAP variablesReference handles ↔ CDP remote objects, expanded
// lazily (one Runtime.getProperties per expanded node). Handles live until the debuggee resumes.
import { Handles, Scope, Variable } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { CdpConnection } from './cdp/connection';
import type { CallFrame, EvaluateResult, PropertyDescriptor, RemoteObject } from './cdp/protocol';

type Container =
  | { kind: 'object'; objectId: string }
  | { kind: 'scope'; objectId: string; callFrameId: string; scopeNumber: number };

/** A failed evaluation: the message is the exception's first line, as the REPL shows it. */
class EvaluationError extends Error {}

const SCOPE_NAMES: Record<string, string> = { local: 'Local', closure: 'Closure', block: 'Block', catch: 'Catch', script: 'Script', module: 'Module', global: 'Global', with: 'With', eval: 'Eval' };

export class Variables {
  private handles = new Handles<Container>();

  constructor(private readonly cdp: CdpConnection) {}

  /** Forgets every handle: remote objects die when the debuggee resumes. */
  reset(): void {
    this.handles = new Handles<Container>();
  }

  scopes(frame: CallFrame): DebugProtocol.Scope[] {
    return frame.scopeChain.flatMap((scope, scopeNumber) => {
      if (!scope.object.objectId) return [];
      const ref = this.handles.create({ kind: 'scope', objectId: scope.object.objectId, callFrameId: frame.callFrameId, scopeNumber });
      const name = SCOPE_NAMES[scope.type] ?? scope.type;
      return [{ ...new Scope(scope.name && scope.type === 'closure' ? `${name}: ${scope.name}` : name, ref, scope.type === 'global'), presentationHint: scope.type === 'local' ? 'locals' : undefined }];
    });
  }

  async variables(ref: number): Promise<DebugProtocol.Variable[]> {
    const container = this.handles.get(ref);
    if (!container) return [];
    const { result } = await this.cdp.send<{ result: PropertyDescriptor[] }>('Runtime.getProperties', {
      objectId: container.objectId,
      ownProperties: true,
      generatePreview: false,
    });
    return result.filter((p) => p.value !== undefined || p.get !== undefined).map((p) => this.toVariable(p.name, p.value ?? { type: 'undefined', description: '(getter)' }));
  }

  async evaluate(expression: string, callFrameId: string | undefined, context: string | undefined): Promise<DebugProtocol.EvaluateResponse['body']> {
    // Hovering must never change program state: V8 refuses side effects for it.
    const throwOnSideEffect = context === 'hover';
    const reply = callFrameId
      ? await this.cdp.send<EvaluateResult>('Debugger.evaluateOnCallFrame', { callFrameId, expression, silent: true, throwOnSideEffect })
      : await this.cdp.send<EvaluateResult>('Runtime.evaluate', { expression, silent: true, throwOnSideEffect, replMode: true });
    if (reply.exceptionDetails) throw new EvaluationError(reply.exceptionDetails.exception?.description?.split('\n')[0] ?? reply.exceptionDetails.text);
    const v = this.toVariable('', reply.result);
    return { result: v.value, type: v.type, variablesReference: v.variablesReference };
  }

  async setVariable(ref: number, name: string, valueExpression: string, callFrameId: string | undefined): Promise<DebugProtocol.Variable> {
    const container = this.handles.get(ref);
    if (!container) throw new EvaluationError(`Unknown variable container: ${ref}`);
    const frameId = container.kind === 'scope' ? container.callFrameId : callFrameId;
    const value = frameId
      ? await this.cdp.send<EvaluateResult>('Debugger.evaluateOnCallFrame', { callFrameId: frameId, expression: valueExpression, silent: true })
      : await this.cdp.send<EvaluateResult>('Runtime.evaluate', { expression: valueExpression, silent: true });
    if (value.exceptionDetails) throw new EvaluationError(value.exceptionDetails.exception?.description?.split('\n')[0] ?? value.exceptionDetails.text);
    const argument = callArgument(value.result);
    if (container.kind === 'scope') {
      await this.cdp.send('Debugger.setVariableValue', { scopeNumber: container.scopeNumber, variableName: name, newValue: argument, callFrameId: container.callFrameId });
    } else {
      await this.cdp.send('Runtime.callFunctionOn', {
        objectId: container.objectId,
        functionDeclaration: 'function (key, value) { this[key] = value; }',
        arguments: [{ value: name }, argument],
      });
    }
    return this.toVariable(name, value.result);
  }

  private toVariable(name: string, object: RemoteObject): DebugProtocol.Variable {
    const expandable = object.objectId !== undefined && object.subtype !== 'null' && (object.type === 'object' || object.type === 'function');
    const ref = expandable ? this.handles.create({ kind: 'object', objectId: object.objectId! }) : 0;
    const variable: DebugProtocol.Variable = new Variable(name, describe(object), ref);
    variable.type = object.subtype ?? object.type;
    return variable;
  }
}

/** What the Variables view shows: strings quoted, objects by class/preview description. */
function describe(object: RemoteObject): string {
  if (object.type === 'string') return JSON.stringify(object.value);
  if (object.unserializableValue !== undefined) return object.unserializableValue;
  if (object.type === 'undefined') return object.description ?? 'undefined';
  if (object.subtype === 'null') return 'null';
  if ('value' in object && object.type !== 'object') return String(object.value);
  return object.description ?? object.className ?? object.type;
}

function callArgument(object: RemoteObject): { objectId?: string; value?: unknown; unserializableValue?: string } {
  if (object.objectId) return { objectId: object.objectId };
  if (object.unserializableValue !== undefined) return { unserializableValue: object.unserializableValue };
  return { value: object.value };
}
