// `lambda-workbench start-lambda [--port N] [--template FILE]... [--state DIR]`: the local Lambda endpoint
// (Lambda REST API + CloudWatch Logs subset on 127.0.0.1) until interrupted.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { LambdaEndpoint } from '../../runtime/endpoint/server';
import { templateFunctions } from '../../runtime/endpoint/template-functions';
import { parseCommandArgs } from '../args';
import { UsageError, type Command } from '../command';
import { loadTemplate, TEMPLATE_NAMES } from '../template-file';

export const startLambdaCommand: Command = {
  usage: `Usage: lambda-workbench start-lambda [--port N] [--template FILE]... [--state DIR] [--stage STAGE]

Starts a local Lambda endpoint for the AWS SDKs and CLI (--endpoint-url http://127.0.0.1:PORT).
Template functions appear under their deployed names, running the workspace code; functions created
through the API (zip uploads), versions, aliases and logs are kept in the state directory.
  --port N          port on 127.0.0.1 (default 3001; 0 picks a free one)
  --template FILE   a SAM, CloudFormation or serverless.yml template; repeat for several
                    (default: the template in this folder, if any)
  --state DIR       where state, code and logs persist (default .lambda-workbench/endpoint)
  --stage STAGE     serverless.yml stage used to name functions (default: provider.stage, else dev)`,

  async run(args, io, signal) {
    const { values } = parseCommandArgs(args, {
      port: { type: 'string' },
      template: { type: 'string', multiple: true },
      state: { type: 'string' },
      stage: { type: 'string' },
    });
    const port = Number(values.port ?? 3001);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number: ${values.port}`);
    const given = values.template ?? (TEMPLATE_NAMES.some((name) => existsSync(resolve(io.cwd, name))) ? [undefined] : []);
    const functions = given.flatMap((path) => {
      const template = loadTemplate(io.cwd, path);
      return templateFunctions(template.path, template.dir, template.model, values.stage);
    });
    const endpoint = await LambdaEndpoint.start({
      port,
      stateDir: resolve(io.cwd, values.state ?? '.lambda-workbench/endpoint'),
      functions,
      onError: (error) => io.stderr.write(`start-lambda: ${error instanceof Error ? error.message : String(error)}\n`),
    }).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`Port ${port} is in use: pass --port`);
      throw error;
    });
    io.stdout.write(`Lambda endpoint on ${endpoint.url} (${functions.length} template function${functions.length === 1 ? '' : 's'})\n`);
    for (const f of functions) io.stdout.write(`  ${f.config.functionName}\t${f.config.runtime}\t${f.config.handler}\n`);
    if (!signal.aborted) await new Promise((done) => signal.addEventListener('abort', done, { once: true }));
    await endpoint.stop();
    return 0;
  },
};
