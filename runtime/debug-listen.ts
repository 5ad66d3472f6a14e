// How an execution environment starts under a debugger: the flags and variables that make the runtime
// listen on 127.0.0.1 (a free port), the stderr line announcing the address, and the debugger's own chatter
// that is not the function's output. Node: the inspector (CDP). Python: debugpy (DAP), see python-debugpy.ts.

export interface DebugListen {
  /** Prepended to the runtime's arguments. */
  args: string[];
  /** Added to the environment's variables (the bootstrap removes them before user code runs). */
  env: Record<string, string>;
  /** Matches the stderr line that announces the debugger; group 1 is its address. */
  announcement: RegExp;
  /** stderr lines of the debugger itself, dropped from the function's log. */
  noise: RegExp[];
  /** The error a stderr line reports when the debugger cannot start (the runtime then exits). */
  failure?: (line: string) => Error | undefined;
}

/** `--inspect-brk` holds the runtime before its first line until a debugger resumes it. */
export function nodeInspector(brk: boolean): DebugListen {
  return {
    args: [`--inspect${brk ? '-brk' : ''}=127.0.0.1:0`],
    env: {},
    announcement: /^Debugger listening on (ws:\/\/\S+)/,
    noise: [/^Debugger listening on ws:\/\//, /^For help, see: https:\/\/nodejs\.org\/.*inspector/, /^Debugger attached\.$/, /^Waiting for the debugger to disconnect\.\.\.$/],
  };
}
