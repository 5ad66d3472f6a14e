// `lambda-workbench deploy FUNCTION [--template FILE] [--publish] [--description TEXT]`: packages a
// template function's code, updates the deployed function and optionally publishes a version.
import { join } from 'node:path';
import { deployFunction } from '../../remote';
import { FunctionNotFoundError, resolveFunction } from '../../template-model';
import { parseCommandArgs } from '../args';
import { AWS_OPTIONS, AWS_OPTIONS_USAGE, connectionFrom, runAws } from '../aws-options';
import { UsageError, type Command } from '../command';
import { loadTemplate } from '../template-file';

export const deployCommand: Command = {
  usage: `Usage: lambda-workbench deploy FUNCTION [--template FILE] [--stage STAGE] [--publish] [--description TEXT]

FUNCTION is the template's logical ID or serverless.yml function name; the deployed name comes from the
template. Node.js/TypeScript handlers are bundled with esbuild; Python code is zipped with its virtualenv.
  --template FILE       the template (default: the one in this folder)
  --stage STAGE         serverless.yml stage (names the deployed function)
  --publish             publish a version after the update
  --description TEXT    the published version's description
${AWS_OPTIONS_USAGE}`,

  async run(args, io, signal) {
    const { values, positionals } = parseCommandArgs(args, {
      ...AWS_OPTIONS,
      template: { type: 'string' },
      stage: { type: 'string' },
      publish: { type: 'boolean' },
      description: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('Expected one FUNCTION (logical ID or serverless function name)');
    const template = loadTemplate(io.cwd, values.template);
    let config;
    try {
      config = resolveFunction(template.model, positionals[0], { stage: values.stage });
    } catch (error) {
      if (error instanceof FunctionNotFoundError) throw new UsageError(error.message);
      throw error;
    }
    const connection = connectionFrom(values, template.model.dialect === 'serverless' ? config.region : undefined);
    return runAws(io, connection, async () => {
      const target = { ...config, codeDir: join(template.dir, config.codeDir), projectDir: template.dir };
      const result = await deployFunction(connection, target, {
        publish: values.publish,
        description: values.description,
        signal,
        onProgress: (message) => io.stderr.write(`${message}\n`),
      });
      for (const warning of result.warnings) io.stderr.write(`warning: ${warning}\n`);
      if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else io.stdout.write(`Deployed ${result.functionName} (${result.zipBytes} bytes, CodeSha256 ${result.codeSha256})${result.version ? `, published version ${result.version}` : ''}\n`);
      return 0;
    });
  },
};
