// Builds the WordPress plugin: wordpress/hip-trial-widgets/ as written, plus what the build makes
// (content/fragments.json from the catalogs, assets/hip-trial-widgets.js, the bundle the site hosts
// itself), unpacked in dist/wordpress/ and zipped as dist/hip-trial-widgets-wordpress.zip, the file
// a site uploads under Plugins > Add New.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { fragmentsByVariant } from './content.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'wordpress', 'hip-trial-widgets');
const unpacked = join(root, 'dist', 'wordpress', 'hip-trial-widgets');
const zipFile = join(root, 'dist', 'hip-trial-widgets-wordpress.zip');

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

/** A zip archive (deflate, no extras) from [name, bytes] pairs: the platform's zlib, no dependency. */
export function zip(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(0x00210000, 10); // 1 January 1980, 00:00: a fixed date, so the same files make the same archive
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x0314, 4); // made by: Unix
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(0x00210000, 12);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

const files = new Map();
for (const file of await filesUnder(source)) files.set(relative(source, file), await readFile(file));
files.set('content/fragments.json', Buffer.from(`${JSON.stringify(await fragmentsByVariant())}\n`));
files.set('assets/hip-trial-widgets.js', await readFile(join(root, 'dist', 'hip-trial-widgets.js')));

await rm(unpacked, { recursive: true, force: true });
for (const [name, data] of files) {
  await mkdir(dirname(join(unpacked, name)), { recursive: true });
  await writeFile(join(unpacked, name), data);
}
const entries = [...files].sort(([a], [b]) => a.localeCompare(b)).map(([name, data]) => [`hip-trial-widgets/${name}`, data]);
await writeFile(zipFile, zip(entries));
console.log(`dist/hip-trial-widgets-wordpress.zip: ${entries.length} files, ${(await readFile(zipFile)).length.toLocaleString('en')} bytes (the plugin, its fragments in ${Object.keys(JSON.parse(files.get('content/fragments.json'))).length} languages, and the bundle)`);
