// A frozen environment (SIGSTOP) cannot notice that the process which froze it has died: a runtime that is
// awake exits when its Runtime API connection closes, a stopped one would stay forever. So while any is
// frozen, one small shell per process holds a pipe from it and, when the pipe closes (this process exited
// or was killed), kills the process groups still frozen. POSIX only, as freezing is.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';

// Lines `+PGID` (frozen) and `-PGID` (thawed or ended); at end of input, SIGKILL to each group still listed.
const SCRIPT = `groups=' '
while read -r line; do
  id=\${line#?}
  case $line in
    +*) groups="$groups$id " ;;
    -*) case $groups in *" $id "*) groups="\${groups%% $id *} \${groups#* $id }" ;; esac ;;
  esac
done
for id in $groups; do kill -s KILL -- "-$id" 2>/dev/null; done`;

let reaper: ChildProcess | undefined;

function reaperInput(): Socket {
  if (!reaper || reaper.exitCode !== null || reaper.signalCode !== null) {
    reaper = spawn('/bin/sh', ['-c', SCRIPT], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
    reaper.on('error', () => (reaper = undefined));
    // Neither the shell nor its pipe keeps this process alive: it exists to outlive it.
    reaper.unref();
    (reaper.stdin as Socket).unref();
    reaper.stdin!.on('error', () => undefined);
  }
  return reaper.stdin as Socket;
}

export function guardFrozenGroup(pgid: number): void {
  reaperInput().write(`+${pgid}\n`);
}

export function releaseFrozenGroup(pgid: number): void {
  if (reaper) reaper.stdin!.write(`-${pgid}\n`);
}
