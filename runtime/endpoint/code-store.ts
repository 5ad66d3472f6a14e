// Function code in the state dir: uploaded zips and directory snapshots, content-addressed under
// <state>/code/<sha256 hex>/ so published versions stay immutable. Every write lands by rename.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { chmod, cp, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as yauzl from 'yauzl';
import * as yazl from 'yazl';
import { invalidParameter } from './errors';

export interface StoredCode {
  key: string;
  /** Lambda's CodeSha256: base64 of the zip's SHA-256 (for snapshots: of the file tree's digest). */
  sha256: string;
  size: number;
}

/** A version record's code fields for code kept in the store. */
export const storedCodeFields = (stored: StoredCode) =>
  ({ code: { kind: 'stored', key: stored.key }, codeSha256: stored.sha256, codeSize: stored.size }) as const;

export class CodeStore {
  private readonly root: string;

  constructor(stateDir: string) {
    this.root = join(stateDir, 'code');
  }

  dirOf(key: string): string {
    return join(this.root, key);
  }

  zipPathOf(key: string): string {
    return join(this.root, `${key}.zip`);
  }

  isUnpacked(key: string): boolean {
    return existsSync(this.dirOf(key));
  }

  /** Checks the zip can be read (as Lambda does before accepting it) and keeps it; unpacking comes later. */
  async saveZip(zip: Buffer): Promise<StoredCode> {
    const zipfile = await yauzl.fromBufferPromise(zip, { lazyEntries: true }).catch((cause: unknown) => {
      throw Object.assign(invalidParameter('Could not unzip uploaded file. Please check your file, then try to upload again.'), { cause });
    });
    zipfile.close();
    const digest = createHash('sha256').update(zip);
    const key = digest.copy().digest('hex');
    const path = this.zipPathOf(key);
    if (!existsSync(path)) await writeAtomically(path, zip);
    return { key, sha256: digest.digest('base64'), size: zip.length };
  }

  /** Unpacks a saved zip into its directory (idempotent; a crash mid-way leaves only a temp dir). */
  async unpack(key: string): Promise<void> {
    const target = this.dirOf(key);
    if (existsSync(target)) return;
    const temp = `${target}.${randomUUID()}.tmp`;
    try {
      const zipfile = await yauzl.openPromise(this.zipPathOf(key), { lazyEntries: true, strictFileNames: true });
      for await (const entry of entries(zipfile)) {
        const path = join(temp, entry.fileName);
        if (entry.fileName.endsWith('/')) {
          await mkdir(path, { recursive: true });
          continue;
        }
        await mkdir(dirname(path), { recursive: true });
        await pipeline(await zipfile.openReadStreamPromise(entry), createWriteStream(path));
        const mode = (entry.externalFileAttributes >>> 16) & 0o777;
        if (mode & 0o111) await chmod(path, mode | 0o444);
      }
      await mkdir(temp, { recursive: true });
      await rename(temp, target);
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }

  /** Freezes a workspace code directory for a published version. `skip` holds absolute paths left out. */
  async snapshot(dir: string, skip: string[]): Promise<StoredCode> {
    const { files, digest } = await hashTree(dir, skip);
    const key = digest.toString('hex');
    const target = this.dirOf(key);
    if (!existsSync(target)) {
      const temp = `${target}.${randomUUID()}.tmp`;
      await cp(dir, temp, { recursive: true, filter: (source) => !isSkipped(source, skip) });
      await rename(temp, target);
    }
    return { key, sha256: digest.toString('base64'), size: files.reduce((sum, f) => sum + f.size, 0) };
  }

  /** A zip of a directory, for GetFunction's Code.Location. */
  static zipDirectory(dir: string, files: string[]): NodeJS.ReadableStream {
    const zip = new yazl.ZipFile();
    for (const file of files) zip.addFile(join(dir, file), file.split(sep).join('/'));
    zip.end();
    return zip.outputStream;
  }
}

/** The workspace digest: sorted relative paths with their contents' hashes. */
export async function hashTree(dir: string, skip: string[]): Promise<{ files: { path: string; size: number }[]; digest: Buffer }> {
  const names = ((await readdir(dir, { recursive: true })) as string[]).sort();
  const hash = createHash('sha256');
  const files: { path: string; size: number }[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (isSkipped(path, skip)) continue;
    const info = await stat(path);
    if (!info.isFile()) continue;
    const content = await readFile(path);
    hash.update(`${relative(dir, path).split(sep).join('/')}\0${createHash('sha256').update(content).digest('hex')}\n`);
    files.push({ path: name, size: info.size });
  }
  return { files, digest: hash.digest() };
}

function isSkipped(path: string, skip: string[]): boolean {
  return path.split(sep).includes('.git') || skip.some((s) => path === s || path.startsWith(s + sep));
}

export async function writeAtomically(path: string, data: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
}

async function* entries(zipfile: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  try {
    while (true) {
      const next = new Promise<yauzl.Entry | undefined>((resolve, reject) => {
        zipfile.once('entry', resolve);
        zipfile.once('end', () => resolve(undefined));
        zipfile.once('error', reject);
      });
      zipfile.readEntry();
      const entry = await next;
      zipfile.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
      if (!entry) return;
      yield entry;
    }
  } finally {
    zipfile.close();
  }
}
