// Writing zips in memory (yazl), with fixed timestamps so the same code gives the same CodeSha256.
import { ZipFile } from 'yazl';

export interface ZipEntry {
  path: string;
  data: Buffer;
}

const FIXED_TIME = new Date('2020-01-01T00:00:00Z');

export function zipFiles(entries: ZipEntry[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    for (const entry of [...entries].sort((a, b) => a.path.localeCompare(b.path))) {
      zip.addBuffer(entry.data, entry.path, { mtime: FIXED_TIME, mode: 0o100644 });
    }
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}
