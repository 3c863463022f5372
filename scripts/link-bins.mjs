// npm links the bins of dependencies, not the project's own: link ours so that `npx corroborate`
// and `npx --no corroborate-ls --stdio` work in this checkout right after `npm install`.
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const { bin } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const binDir = path.join(root, 'node_modules', '.bin');
mkdirSync(binDir, { recursive: true });
for (const [name, target] of Object.entries(bin)) {
  const link = path.join(binDir, name);
  rmSync(link, { force: true });
  symlinkSync(path.relative(binDir, path.join(root, target)), link);
  chmodSync(path.join(root, target), 0o755);
}
