// Entry of dist/runtime/node-bootstrap.js, the process inside each local execution environment: loads the
// handler, then serves invocations over the public Runtime API, as aws-lambda-ric 3.x or 4.x would.
import { CallbackHandlerDeprecated, toErrorBody, withOwnName } from './errors';
import { loadHandler, type Handler } from './handler-loader';
import { patchConsole } from './log-patch';
import { logError, Poster } from './poster';
import { RapidClient } from './rapid-client';
import { Runtime3 } from './runtime-3';
import { runLoop4 } from './runtime-4';

const CALLBACK_REMOVED =
  'ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.';

/** nodejs24.x and later run the 4.x client; earlier Node runtimes the 3.x one. */
function generationOf(executionEnv: string | undefined): 3 | 4 {
  const major = Number(/nodejs(\d+)/.exec(executionEnv ?? '')?.[1] ?? 20);
  return major >= 24 ? 4 : 3;
}

const generation = generationOf(process.env.AWS_EXECUTION_ENV);

async function start(): Promise<void> {
  const env = process.env;
  const poster = new Poster(new RapidClient(env.AWS_LAMBDA_RUNTIME_API ?? '127.0.0.1:9001'));
  patchConsole(env, generation === 4 ? '-' : 'undefined');
  const root = env.LAMBDA_TASK_ROOT ?? process.cwd();
  if (generation === 3) {
    Runtime3.installErrorHandlers(poster);
    new Runtime3(poster, await loadHandler(root, env._HANDLER ?? '', 3)).scheduleNext();
    return;
  }
  let handler: Handler;
  try {
    handler = await loadHandler(root, env._HANDLER ?? '', 4);
    if (handler.length >= 3) throw new CallbackHandlerDeprecated(CALLBACK_REMOVED);
  } catch (caught) {
    const error = caught instanceof Error ? withOwnName(caught) : caught;
    logError('Init Error', error);
    await poster.client.postInitError(toErrorBody(error));
    throw error;
  }
  await runLoop4(poster, handler);
}

// 3.x: a load failure takes the uncaught-exception path (log, /init/error, exit 129). 4.x: it stays
// unhandled and Node exits with code 1.
start().catch((error: unknown) => {
  if (generation === 3) process.emit('uncaughtException', error as Error);
  else
    setImmediate(() => {
      throw error;
    });
});
