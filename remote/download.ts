// Download a deployed function's code (GetFunction's presigned Code.Location) and unpack it into a folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import type { AwsConnection } from './connection';
import { RemoteError } from './errors';
import { fetchFunction } from './functions';

export async function downloadCode(connection: AwsConnection, name: string, targetDir: string, signal?: AbortSignal): Promise<string[]> {
  const fn = await fetchFunction(connection, name, signal);
  const location = fn.Code?.Location;
  if (!location) throw new RemoteError(`${name} has no downloadable code (${fn.Code?.RepositoryType ?? 'no code location'}; container images are not downloadable)`);
  const response = await fetch(location, { signal });
  if (!response.ok) throw new RemoteError(`Download code of ${name}: HTTP ${response.status} from the code location`);
  return unzipInto(Buffer.from(await response.arrayBuffer()), targetDir);
}

export function unzipInto(zip: Buffer, targetDir: string): Promise<string[]> {
  const root = resolve(targetDir);
  return new Promise((done, fail) => {
    fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return fail(new RemoteError(`The code is not a valid zip: ${error?.message}`));
      const written: string[] = [];
      file.on('entry', (entry: Entry) => {
        const path = resolve(root, entry.fileName);
        // Zip Slip: never write outside the target folder.
        if (!path.startsWith(root + sep)) return fail(new RemoteError(`Zip entry escapes the folder: ${entry.fileName}`));
        if (entry.fileName.endsWith('/')) return file.readEntry();
        readEntry(file, entry).then((data) => {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, data);
          written.push(entry.fileName);
          file.readEntry();
        }, fail);
      });
      file.on('end', () => done(written));
      file.on('error', fail);
      file.readEntry();
    });
  });
}

function readEntry(file: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((done, fail) => {
    file.openReadStream(entry, (error, stream) => {
      if (error || !stream) return fail(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => done(Buffer.concat(chunks)));
      stream.on('error', fail);
    });
  });
}

