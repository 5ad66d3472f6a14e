// What the Debug Console shows: the function's log lines (Lambda format, START/END/REPORT), the
// invocation's result or Lambda error payload, and notes from the adapter itself.
import { OutputEvent } from '@vscode/debugadapter';
import type { InvokeOutcome, LogLine } from './launcher';

export function logOutput(log: LogLine): OutputEvent {
  return new OutputEvent(`${log.line}\n`, log.stream);
}

export function resultOutput(outcome: InvokeOutcome): OutputEvent {
  const shown = pretty(outcome.payload);
  return outcome.functionError
    ? new OutputEvent(`Function error (${outcome.functionError}), request ${outcome.requestId}:\n${shown}\n`, 'stderr')
    : new OutputEvent(`Result of request ${outcome.requestId}:\n${shown}\n`, 'console');
}

export function noteOutput(text: string): OutputEvent {
  return new OutputEvent(`${text}\n`, 'console');
}

export function timeoutSuspendedNote(timeoutSeconds: number): OutputEvent {
  return noteOutput(
    `Lambda Workbench: the function's ${timeoutSeconds} s timeout is suspended while the debugger holds it and resumes when you continue.`,
  );
}

function pretty(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    // Not JSON (a handler may return any string Lambda serialises as is): show it verbatim.
    return payload;
  }
}
