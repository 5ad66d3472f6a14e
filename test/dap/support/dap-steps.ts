// DebugClient helpers shared by the DAP suites: launch to a breakpoint, read variables, collect output.
import { strict as assert } from 'node:assert';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';

/** Sets breakpoints once the adapter is initialized, launches, and resolves with the first stop's top frame. */
export async function launchToBreakpoint(dc: DebugClient, launchArgs: object, path: string, lines: number[]): Promise<DebugProtocol.StackFrame> {
  const [, , stopped] = await Promise.all([
    dc
      .waitForEvent('initialized')
      .then(() => dc.setBreakpointsRequest({ source: { path }, breakpoints: lines.map((line) => ({ line })) }))
      .then(() => dc.configurationDoneRequest()),
    dc.launch(launchArgs),
    dc.waitForEvent('stopped'),
  ]);
  assert.equal(stopped.body.reason, 'breakpoint');
  return topFrame(dc);
}

export async function topFrame(dc: DebugClient): Promise<DebugProtocol.StackFrame> {
  const trace = await dc.stackTraceRequest({ threadId: 1 });
  const frame = trace.body.stackFrames[0];
  assert.ok(frame, 'no stack frames');
  return frame;
}

export async function localVariables(dc: DebugClient, frameId: number): Promise<Map<string, DebugProtocol.Variable>> {
  const scopes = await dc.scopesRequest({ frameId });
  const local = scopes.body.scopes.find((s) => s.presentationHint === 'locals');
  assert.ok(local, `no Local scope in ${scopes.body.scopes.map((s) => s.name).join(', ')}`);
  const vars = await dc.variablesRequest({ variablesReference: local.variablesReference });
  return new Map(vars.body.variables.map((v) => [v.name, v]));
}

export async function evaluate(dc: DebugClient, expression: string, frameId: number, context = 'watch'): Promise<string> {
  return (await dc.evaluateRequest({ expression, frameId, context })).body.result;
}

/** Collects every output event's text from now on. */
export function collectOutput(dc: DebugClient): { text: () => string } {
  let text = '';
  dc.on('output', (event: DebugProtocol.OutputEvent) => (text += event.body.output));
  return { text: () => text };
}

/** Steps and waits for the resulting stop. */
export async function step(dc: DebugClient, kind: 'next' | 'stepIn' | 'stepOut'): Promise<DebugProtocol.StackFrame> {
  const stopped = dc.waitForEvent('stopped');
  if (kind === 'next') await dc.nextRequest({ threadId: 1 });
  else if (kind === 'stepIn') await dc.stepInRequest({ threadId: 1 });
  else await dc.stepOutRequest({ threadId: 1 });
  assert.equal((await stopped).body.reason, 'step');
  return topFrame(dc);
}
