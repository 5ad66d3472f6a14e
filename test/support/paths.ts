// Paths the tests use: the repository root, the built bundles, fixtures and the shared corpus.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Tests run bundled from out/test/…, at varying depths: the root is the nearest folder with esbuild.mjs. */
function findRepoRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'esbuild.mjs'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`repository root not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRepoRoot(__dirname);
export const distDir = join(repoRoot, 'dist');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');
export const examplesDir = join(repoRoot, 'examples');
export const photoPipelineDir = join(examplesDir, 'photo-pipeline');
/**
 * `../shared/corpus` beside the repository (or beside the folder of git worktrees, `../../shared/corpus`);
 * tests that need it skip with a message when it is absent.
 */
export const corpusDir =
  [resolve(repoRoot, '..', 'shared', 'corpus'), resolve(repoRoot, '..', '..', 'shared', 'corpus')].find((dir) => existsSync(dir)) ??
  resolve(repoRoot, '..', 'shared', 'corpus');
export const hasCorpus = existsSync(corpusDir);
