// Finds and loads the function's handler from `_HANDLER` the way aws-lambda-ric does: 3.x (nodejs18–22)
// tries require/import by extension and package.json "type"; 4.x (nodejs24) imports in a fixed order.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HandlerNotFound, ImportModuleError, MalformedHandlerName, UserCodeSyntaxError } from './errors';

export type Handler = (event: unknown, context: unknown, callback?: unknown) => unknown;
type UserModule = Record<string, unknown> | undefined;

const importFile = (path: string): Promise<UserModule> => import(pathToFileURL(path).href) as Promise<UserModule>;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS handlers load through require, as in the RIC
const requireFile = (path: string): UserModule => require(path) as UserModule;

/** The nearest package.json says `"type": "module"`; the walk stops at node_modules and at the root. */
function isTypeModule(folder: string): boolean {
  for (let dir = folder; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        return (JSON.parse(readFileSync(file, 'utf8')) as { type?: unknown }).type === 'module';
      } catch (error) {
        console.warn(`${file} cannot be read`, error);
        return false;
      }
    }
    if (dir.endsWith('/node_modules') || dirname(dir) === dir) return false;
  }
}

async function load3(appRoot: string, moduleRoot: string, module: string): Promise<UserModule> {
  const path = resolve(appRoot, moduleRoot, module);
  if (existsSync(path)) return requireFile(path);
  const esm = existsSync(`${path}.js`) && isTypeModule(dirname(path));
  if (!esm && existsSync(`${path}.js`)) return requireFile(`${path}.js`);
  if (esm) return importFile(`${path}.js`);
  if (existsSync(`${path}.mjs`)) return importFile(`${path}.mjs`);
  if (existsSync(`${path}.cjs`)) return requireFile(`${path}.cjs`);
  return requireFile(require.resolve(module, { paths: [appRoot, moduleRoot] }));
}

async function load4(appRoot: string, moduleRoot: string, module: string): Promise<UserModule> {
  const path = resolve(appRoot, moduleRoot, module);
  for (const extension of ['', '.js', '.mjs', '.cjs']) {
    if (existsSync(path + extension)) return importFile(path + extension);
  }
  return requireFile(require.resolve(module, { paths: [appRoot, join(appRoot, moduleRoot)] }));
}

function walk(object: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((nested, key) => (nested ? (nested as Record<string, unknown>)[key] : undefined), object);
}

/** Loads `fullHandler` (e.g. `src/api/users.v2.handler`) relative to `appRoot`. */
export async function loadHandler(appRoot: string, fullHandler: string, generation: 3 | 4): Promise<Handler> {
  if (fullHandler.includes('..')) {
    throw new MalformedHandlerName(`'${fullHandler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`);
  }
  const moduleAndHandler = basename(fullHandler);
  const moduleRoot = fullHandler.substring(0, fullHandler.indexOf(moduleAndHandler));
  const match = /^([^.]*)\.(.*)$/.exec(moduleAndHandler);
  if (!match) throw new MalformedHandlerName('Bad handler');
  const [, module, handlerPath] = match;
  let userModule: UserModule;
  try {
    userModule = await (generation === 4 ? load4 : load3)(appRoot, moduleRoot, module);
  } catch (error) {
    if (error instanceof SyntaxError) {
      const wrapped = new UserCodeSyntaxError(error);
      // 4.x keeps the original stack, which starts with file:line, the code line and a caret.
      if (generation === 4) wrapped.stack = error.stack;
      throw wrapped;
    }
    if ((error as { code?: unknown }).code === 'MODULE_NOT_FOUND') throw new ImportModuleError(error);
    throw error;
  }
  let handler = walk(userModule, handlerPath);
  if (handler === undefined && generation === 4) handler = walk(userModule?.default, handlerPath);
  if (!handler) throw new HandlerNotFound(`${fullHandler} is undefined or not exported`);
  if (typeof handler !== 'function') throw new HandlerNotFound(`${fullHandler} is not a function`);
  return handler as Handler;
}
