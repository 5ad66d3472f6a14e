// Runs LambdaDebugSession in the test process on a loopback port with a chosen Launcher, so DebugClient
// can drive the DAP/CDP layer without the Lambda runtime (DebugClient.start(port)).
import { createServer, type AddressInfo, type Server } from 'node:net';
import { LambdaDebugSession } from '../../../debug-adapter/session';
import type { Launcher } from '../../../debug-adapter/launcher';

export async function serveAdapter(launcher: Launcher): Promise<{ port: number; server: Server }> {
  const server = createServer((socket) => {
    const session = new LambdaDebugSession(() => launcher);
    session.setRunAsServer(true);
    session.start(socket, socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, server };
}
