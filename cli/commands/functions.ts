// `lambda-workbench functions [--template FILE] [--json]`: the functions a template declares, with the
// configuration the local runtime would use for each.
import { resolveFunction } from '../../template-model';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { loadTemplate } from '../template-file';

export const functionsCommand: Command = {
  usage: `Usage: lambda-workbench functions [--template FILE] [--stage STAGE] [--json]

Lists the Lambda functions that a SAM, CloudFormation or serverless.yml template declares.
  --template FILE   the template (default: template.yaml, template.yml, template.json or serverless.yml here)
  --stage STAGE     serverless.yml stage used to name functions (default: provider.stage, else dev)
  --json            print the resolved configurations as JSON`,

  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      template: { type: 'string' },
      stage: { type: 'string' },
      json: { type: 'boolean' },
    });
    const template = loadTemplate(io.cwd, values.template);
    const configs = template.model.functions.map((fn) => ({
      ...resolveFunction(template.model, fn.id, { stage: values.stage }),
      line: fn.keyRange.start.line + 1,
    }));
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ template: template.path, dialect: template.model.dialect, functions: configs }, null, 2)}\n`);
      return 0;
    }
    for (const c of configs) {
      const unresolved = c.unresolved.length ? `  (unresolved: ${c.unresolved.map((u) => u.setting).join(', ')})` : '';
      io.stdout.write(
        `${c.id}\t${c.functionName}\t${c.runtime}\t${c.codeDir}/${c.handler}\t${c.memorySize} MB\t${c.timeout} s${unresolved}\n`,
      );
    }
    return 0;
  },
};
