// The bootstrap's Runtime API client: the four public endpoints of version 2018-06-01, nothing else,
// so that AWS's own aws-lambda-ric can replace this bootstrap unchanged.
import { Agent, request, type IncomingHttpHeaders } from 'node:http';

export interface NextInvocation {
  body: string;
  headers: IncomingHttpHeaders;
}

export interface ErrorBody {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

export class RapidClient {
  // Keep-alive sockets are unref'd while idle, so they never keep the event loop (and beforeExit) waiting.
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private readonly host: string;
  private readonly port: number;

  constructor(runtimeApi: string) {
    const [host, port] = runtimeApi.split(':');
    this.host = host;
    this.port = Number(port);
  }

  nextInvocation(): Promise<NextInvocation> {
    return this.send('GET', '/runtime/invocation/next', undefined, {}).then(({ body, headers }) => ({ body, headers }));
  }

  postResponse(requestId: string, body: string): Promise<void> {
    return this.post(`/runtime/invocation/${requestId}/response`, body, {});
  }

  postError(requestId: string, error: ErrorBody, xrayCause: string | undefined): Promise<void> {
    const headers: Record<string, string> = xrayCause ? { 'Lambda-Runtime-Function-XRay-Error-Cause': xrayCause } : {};
    return this.post(`/runtime/invocation/${requestId}/error`, JSON.stringify(error), headers);
  }

  postInitError(error: ErrorBody): Promise<void> {
    return this.post('/runtime/init/error', JSON.stringify(error), { 'Lambda-Runtime-Function-Error-Type': error.errorType });
  }

  private async post(path: string, body: string, headers: Record<string, string>): Promise<void> {
    await this.send('POST', path, body, { 'Content-Type': 'application/json', ...headers });
  }

  private send(method: string, path: string, body: string | undefined, headers: Record<string, string>): Promise<NextInvocation> {
    return new Promise((resolve, reject) => {
      const req = request(
        { host: this.host, port: this.port, method, path: `/2018-06-01${path}`, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
}
