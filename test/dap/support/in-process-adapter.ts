// Runs LambdaDebugSession in the test process on a loopback port with a chosen Launcher, so DebugClient
// can drive the DAP/CDP layer without the Lambda runtime (DebugClient.start(port)).
import { createServer, type AddressInfo } from 'node:net';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { LambdaDebugSession } from '../../../debug-adapter/session';
import type { Launcher } from '../../../debug-adapter/launcher';

export interface InProcessAdapter {
  dc: DebugClient;
  /** Idempotent: disconnects the client and closes the port. */
  stop(): Promise<void>;
}

export async function startInProcess(launcher: Launcher): Promise<InProcessAdapter> {
  const server = createServer((socket) => {
    const session = new LambdaDebugSession(() => launcher);
    session.setRunAsServer(true);
    session.start(socket, socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dc = new DebugClient('node', 'unused', 'lambda');
  await dc.start((server.address() as AddressInfo).port);
  let stopped = false;
  return {
    dc,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await dc.stop();
      server.close();
    },
  };
}
