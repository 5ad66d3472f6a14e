// The invoke loop of aws-lambda-ric 3.x (nodejs18.x–nodejs22.x): callback handlers, callbackWaitsForEmptyEventLoop
// (the response waits for beforeExit), context.succeed/fail/done, and the process-level error handlers.
import { logContext } from './log-patch';
import { NodeJsExit, UnhandledPromiseRejection } from './errors';
import type { Handler } from './handler-loader';
import { buildContext, readInvokeHeaders } from './invoke-context';
import { logError, type Poster } from './poster';

const NEVER_SETTLED =
  'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes';

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';

export class Runtime3 {
  private onBeforeExit: (() => void) | undefined;

  constructor(
    private readonly poster: Poster,
    private readonly handler: Handler,
  ) {
    process.on('beforeExit', () => {
      const listener = this.onBeforeExit;
      this.onBeforeExit = undefined;
      listener?.();
    });
  }

  /** Installs the 3.x uncaught-error handlers: report, then exit 129 (exception) or 128 (rejection). */
  static installErrorHandlers(poster: Poster): void {
    process.on('uncaughtException', (error) => {
      logError('Uncaught Exception', error);
      void poster.failAndExit(logContext.requestId, error, 129);
    });
    process.on('unhandledRejection', (reason, promise) => {
      const error = new UnhandledPromiseRejection(reason, promise);
      logError('Unhandled Promise Rejection', error);
      void poster.failAndExit(logContext.requestId, error, 128);
    });
  }

  scheduleNext(): void {
    setImmediate(() => {
      this.handleOnce().catch((error: unknown) => {
        console.log(`Unexpected Top Level Error: ${String(error)}`);
        process.emit('uncaughtException', error as Error);
      });
    });
  }

  private async handleOnce(): Promise<void> {
    const { body, headers } = await this.poster.client.nextInvocation();
    const invoke = readInvokeHeaders(headers);
    logContext.requestId = invoke.requestId;
    logContext.tenantId = invoke.tenantId;
    const id = invoke.requestId;
    let reported = false;
    let finished = false;
    let waitForEmptyEventLoop = true;
    let returnedPromise = false;
    const report = (send: () => Promise<void>): void => {
      this.onBeforeExit = undefined;
      send().then(() => this.scheduleNext(), (error: unknown) => process.emit('uncaughtException', error as Error));
    };
    const postError = (error: unknown): void => report(() => this.poster.fail(id, error));
    const complete = (result: unknown): void => {
      if (reported) {
        console.error('Invocation has already been reported as done. Cannot call complete more than once per invocation.');
        return;
      }
      reported = true;
      report(() => this.poster.succeed(id, result, 3));
    };
    // Only the first of callback/succeed/fail/done counts; later calls are ignored without a word.
    const firstOnly =
      <A extends unknown[]>(fn: (...args: A) => void) =>
      (...args: A): void => {
        if (finished) return;
        fn(...args);
        finished = true;
      };
    const done = (error: unknown, result?: unknown): void => (error !== undefined && error !== null ? postError(error) : complete(result));
    const callback = firstOnly((error: unknown, result?: unknown): void => {
      this.onBeforeExit = undefined;
      if (error !== undefined && error !== null) return postError(error);
      if (!waitForEmptyEventLoop) return complete(result);
      this.onBeforeExit = () => setImmediate(() => complete(result));
    });
    const succeed = firstOnly((result: unknown) => done(null, result));
    const fail = firstOnly((error: unknown) => done(error ?? 'handled', null));
    const members = {
      get callbackWaitsForEmptyEventLoop() {
        return waitForEmptyEventLoop;
      },
      set callbackWaitsForEmptyEventLoop(value: boolean) {
        waitForEmptyEventLoop = value;
      },
      succeed,
      fail,
      done: firstOnly(done),
    };
    // Nothing reported once the loop drains: a never-settled promise is NodeJsExit, anything else answers null.
    this.onBeforeExit = () => {
      finished = true;
      if (returnedPromise) postError(new NodeJsExit(NEVER_SETTLED));
      else complete(null);
    };
    try {
      const result = this.handler(JSON.parse(body), buildContext(invoke, process.env, members), callback);
      if (isPromise(result)) {
        returnedPromise = true;
        result.then(succeed, fail);
      }
    } catch (error) {
      callback(error);
    }
  }
}
