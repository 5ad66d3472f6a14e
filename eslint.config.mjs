// Lint: typescript-eslint's recommended rules plus the architecture's import boundaries
// (which folder may import which; see README "Architecture").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (files, patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});
const vscode = { group: ['vscode'], message: 'Only extension/ may import vscode.' };
const folder = (name) => ({ group: [`**/${name}`, `**/${name}/**`], message: `This layer must not import ${name}/.` });

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'examples/**', 'test/fixtures/**', '.vscode-host/**', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  restrict(['template-model/**/*.ts'], [vscode, folder('server'), folder('runtime'), folder('debug-adapter'), folder('extension'), folder('cli'), folder('events'), folder('remote'), { group: ['node:*', 'fs', 'child_process', 'net', 'http'], message: 'template-model is pure: no I/O.' }]),
  restrict(['runtime/**/*.ts'], [vscode, folder('server'), folder('debug-adapter'), folder('extension'), folder('cli')]),
  restrict(['events/**/*.ts', 'remote/**/*.ts'], [vscode, folder('server'), folder('debug-adapter'), folder('extension'), folder('cli')]),
  restrict(['server/**/*.ts'], [vscode, folder('runtime'), folder('debug-adapter'), folder('extension'), folder('cli'), folder('remote')]),
  restrict(['debug-adapter/**/*.ts'], [vscode, folder('server'), folder('extension'), folder('cli')]),
  restrict(['cli/**/*.ts'], [vscode, folder('extension'), folder('debug-adapter')]),
);
