// Builds the VS Code extension package: `npm run package` → corroborate-<version>.vsix.
// A .vsix is a zip holding [Content_Types].xml, extension.vsixmanifest and the extension under
// extension/. Written here with Node's zlib so that packaging needs no network and no vsce (whose
// current versions need Node 22). Options: --out FILE.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { bundle } from './bundle.mjs';

const root = path.resolve(import.meta.dirname, '..');

// ---------------------------------------------------------------------------------------------
// A minimal zip writer (deflate, no zip64: a .vsix stays far below 4 GiB).

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buffer) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < buffer.length; i++) c = CRC_TABLE[(c ^ buffer[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function dosDateTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/** @param {Array<{ name: string, data: Buffer }>} entries */
export function zip(entries, date = new Date()) {
  const { time, day } = dosDateTime(date);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by: Unix, spec 3.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

// ---------------------------------------------------------------------------------------------

function escapeXml(text) {
  return String(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
}

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

/** The package.json that goes into the .vsix: what VS Code reads, without the development parts. */
export function extensionManifest(manifest) {
  const out = { ...manifest };
  for (const key of ['scripts', 'devDependencies', 'dependencies', 'bin', 'type', 'private', 'files']) delete out[key];
  return out;
}

/** The user-facing README, packaged as the extension's readme.md (the developer README stays out). */
export const USER_README = 'docs/extension/README.md';

/**
 * The user README with its relative links made relative to the package's root, where it is
 * packaged: `../images/finding.png` (right beside docs/extension/) becomes `docs/images/finding.png`.
 */
export function packagedReadme(markdown) {
  const from = path.posix.dirname(USER_README);
  return markdown.replace(/(\]\()([^)\s]+)(\))/g, (whole, open, target, close) => {
    if (/^([a-z][a-z0-9+.-]*:|#|\/)/i.test(target)) return whole;
    const [file, anchor] = target.split('#');
    const moved = path.posix.normalize(path.posix.join(from, file));
    return moved.startsWith('..') ? whole : `${open}${moved}${anchor === undefined ? '' : `#${anchor}`}${close}`;
  });
}

/** Files the manifest points at, which VS Code reads from the installed extension. */
export function packagedFilesNamedByManifest(manifest) {
  const files = (manifest.contributes?.jsonValidation ?? []).map((v) => v.url).filter((url) => !/^[a-z]+:/i.test(url));
  for (const walkthrough of manifest.contributes?.walkthroughs ?? []) {
    for (const step of walkthrough.steps ?? []) {
      const media = step.media ?? {};
      for (const key of ['markdown', 'svg']) if (typeof media[key] === 'string') files.push(media[key]);
      if (typeof media.image === 'string') files.push(media.image);
      else if (media.image && typeof media.image === 'object') files.push(...Object.values(media.image));
    }
  }
  return files.map((file) => path.posix.normalize(file.replace(/^\.\//, '')));
}

const CONTENT_TYPES = {
  '.json': 'application/json',
  '.js': 'application/javascript',
  '.md': 'text/markdown',
  '.txt': 'text/plain',
  '.vsixmanifest': 'text/xml',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The manifest's repository, bugs and homepage as the marketplace's link properties. */
function links(manifest) {
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const bugs = typeof manifest.bugs === 'string' ? manifest.bugs : manifest.bugs?.url;
  return [
    ['Microsoft.VisualStudio.Services.Links.Source', repository],
    ['Microsoft.VisualStudio.Services.Links.Support', bugs],
    ['Microsoft.VisualStudio.Services.Links.Learn', manifest.homepage],
  ].filter(([, url]) => url).map(([id, url]) => `      <Property Id="${id}" Value="${escapeXml(url)}" />`).join('\n');
}

function vsixManifest(manifest, assets) {
  const license = assets.find(([type]) => type === 'Microsoft.VisualStudio.Services.Content.License')?.[1];
  const icon = assets.find(([type]) => type === 'Microsoft.VisualStudio.Services.Icons.Default')?.[1];
  const tags = ['markdown', 'history', 'citations', 'fact-checking', 'lsp'];
  const asset = (type, file) => `    <Asset Type="${type}" Path="${escapeXml(file)}" Addressable="true" />`;
  return `<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011" xmlns:d="http://schemas.microsoft.com/developer/vsx-schema-design/2011">
  <Metadata>
    <Identity Language="en-US" Id="${escapeXml(manifest.name)}" Version="${escapeXml(manifest.version)}" Publisher="${escapeXml(manifest.publisher)}" />
    <DisplayName>${escapeXml(manifest.displayName ?? manifest.name)}</DisplayName>
    <Description xml:space="preserve">${escapeXml(manifest.description ?? '')}</Description>
    <Tags>${escapeXml(tags.join(','))}</Tags>
    <Categories>${escapeXml((manifest.categories ?? []).join(','))}</Categories>
    <GalleryFlags>Public</GalleryFlags>
    <Properties>
      <Property Id="Microsoft.VisualStudio.Code.Engine" Value="${escapeXml(manifest.engines?.vscode ?? '*')}" />
      <Property Id="Microsoft.VisualStudio.Code.ExtensionDependencies" Value="" />
      <Property Id="Microsoft.VisualStudio.Code.ExtensionPack" Value="" />
      <Property Id="Microsoft.VisualStudio.Code.ExtensionKind" Value="workspace" />
      <Property Id="Microsoft.VisualStudio.Code.LocalizedLanguages" Value="" />
      <Property Id="Microsoft.VisualStudio.Code.EnabledApiProposals" Value="" />
      <Property Id="Microsoft.VisualStudio.Code.ExecutesCode" Value="true" />
      <Property Id="Microsoft.VisualStudio.Services.GitHubFlavoredMarkdown" Value="true" />
      <Property Id="Microsoft.VisualStudio.Services.Content.Pricing" Value="Free" />
${links(manifest)}
    </Properties>${license ? `\n    <License>${escapeXml(license)}</License>` : ''}${icon ? `\n    <Icon>${escapeXml(icon)}</Icon>` : ''}
  </Metadata>
  <Installation>
    <InstallationTarget Id="Microsoft.VisualStudio.Code" />
  </Installation>
  <Dependencies />
  <Assets>
${[asset('Microsoft.VisualStudio.Code.Manifest', 'extension/package.json'), ...assets.map(([type, file]) => asset(type, file))].join('\n')}
  </Assets>
</PackageManifest>
`;
}

/** Bundles and writes the .vsix; returns its path and the names inside. */
export async function packageVsix({ out } = {}) {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const bundled = await bundle({ production: true });
  const entries = new Map();
  const add = (name, data) => entries.set(name, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'));

  add('extension/package.json', `${JSON.stringify(extensionManifest(manifest), null, 2)}\n`);
  for (const file of bundled) add(`extension/${file}`, readFileSync(path.join(root, file)));
  for (const file of filesUnder(path.join(root, 'corpus'))) {
    add(`extension/${path.relative(root, file).split(path.sep).join('/')}`, readFileSync(file));
  }
  // What each finding means, opened from a diagnostic's code (server/src/lsp/findingsGuide.ts).
  add('extension/docs/findings.md', readFileSync(path.join(root, 'docs', 'findings.md')));
  // The icon, the .corroborate.json schema (contributes.jsonValidation), the walkthrough's pages, the
  // README's screenshots and the sample draft the walkthrough opens (client/src/walkthrough.ts).
  for (const folder of ['images', 'schemas', 'docs/walkthrough', 'docs/images', 'examples']) {
    if (!existsSync(path.join(root, folder))) continue;
    for (const file of filesUnder(path.join(root, folder))) {
      add(`extension/${path.relative(root, file).split(path.sep).join('/')}`, readFileSync(file));
    }
  }
  const assets = [];
  // The marketplace page is the user's README, not the developer README.md at the root.
  add('extension/readme.md', packagedReadme(readFileSync(path.join(root, USER_README), 'utf8')));
  assets.push(['Microsoft.VisualStudio.Services.Content.Details', 'extension/readme.md']);
  for (const [file, type, as] of [
    ['CHANGELOG.md', 'Microsoft.VisualStudio.Services.Content.Changelog', 'changelog.md'],
    ['LICENSE', 'Microsoft.VisualStudio.Services.Content.License', 'LICENSE.txt'],
  ]) {
    if (!existsSync(path.join(root, file))) throw new Error(`${file} is missing`);
    add(`extension/${as}`, readFileSync(path.join(root, file)));
    assets.push([type, `extension/${as}`]);
  }
  if (manifest.icon) {
    const icon = `extension/${path.posix.normalize(manifest.icon)}`;
    if (!entries.has(icon)) throw new Error(`package.json "icon" (${manifest.icon}) is not in the package`);
    assets.push(['Microsoft.VisualStudio.Services.Icons.Default', icon]);
  }
  for (const file of packagedFilesNamedByManifest(manifest)) {
    if (!entries.has(`extension/${file}`)) throw new Error(`package.json names ${file}, which is not in the package`);
  }
  const mainFile = `extension/${path.posix.normalize(manifest.main.replace(/^\.\//, ''))}`;
  if (!entries.has(mainFile)) throw new Error(`package.json "main" (${manifest.main}) is not in the package`);

  const extensions = new Set(['.json', '.vsixmanifest', ...[...entries.keys()].map((n) => path.posix.extname(n)).filter(Boolean)]);
  const types = [...extensions].sort().map((ext) => `<Default Extension="${escapeXml(ext)}" ContentType="${CONTENT_TYPES[ext] ?? 'application/octet-stream'}" />`);
  const contentTypes = `<?xml version="1.0" encoding="utf-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${types.join('')}</Types>\n`;

  const all = [
    { name: '[Content_Types].xml', data: Buffer.from(contentTypes, 'utf8') },
    { name: 'extension.vsixmanifest', data: Buffer.from(vsixManifest(manifest, assets), 'utf8') },
    ...[...entries].map(([name, data]) => ({ name, data })),
  ];
  const target = path.resolve(out ?? path.join(root, `${manifest.name}-${manifest.version}.vsix`));
  writeFileSync(target, zip(all));
  return { file: target, names: all.map((e) => e.name) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(root, 'scripts', 'package-vsix.mjs')) {
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
  packageVsix({ out }).then(
    ({ file, names }) => {
      const size = statSync(file).size;
      console.log(`${path.relative(process.cwd(), file) || file}: ${names.length} files, ${(size / 1024).toFixed(0)} KiB`);
      console.log('Install it with: code --install-extension ' + path.relative(process.cwd(), file));
    },
    (error) => {
      console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
