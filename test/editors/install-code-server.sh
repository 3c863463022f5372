#!/usr/bin/env bash
# Installs code-server (VS Code in a browser) for the editor tests into test/editors/.tools/, a folder
# of its own that is not part of the project's dependencies. Safe to rerun: an installed copy is kept,
# and a finished install is also kept in ~/.cache/corroborate-editors/ so that a fresh clone (CI) only
# copies it. Needs Debian's ripgrep and libkrb5-dev (see .ci/run), and the npm registry.
set -euo pipefail

version=4.100.3
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/.tools/code-server-$version"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/corroborate-editors/code-server-$version"

if [ -f "$dest/.complete" ]; then
  echo "code-server $version: installed in ${dest#"$PWD"/}"
  exit 0
fi
mkdir -p "$here/.tools"
rm -rf "$dest" "$dest.partial"

if [ -f "$cache/.complete" ]; then
  cp -a "$cache" "$dest.partial"
  mv "$dest.partial" "$dest"
  echo "code-server $version: copied from $cache"
  exit 0
fi

for tool in rg; do
  command -v "$tool" >/dev/null || { echo "install-code-server: '$tool' is missing (apt-get install ripgrep)" >&2; exit 1; }
done

# @vscode/ripgrep's postinstall downloads a ripgrep build unless one is waiting in its cache under
# the temp folder: give it Debian's rg, packed as the archive it looks for.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/vscode-ripgrep-cache-1.15.11" "$tmp/rg"
cp "$(command -v rg)" "$tmp/rg/rg"
tar -czf "$tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$tmp/rg" rg

mkdir -p "$dest.partial"
echo '{ "private": true, "description": "code-server for the Corroborate editor tests" }' > "$dest.partial/package.json"
echo "code-server $version: installing with npm (about a minute)…"
# Its own install builds native modules and runs node-gyp through npx: let every script run.
(
  cd "$dest.partial"
  TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_dangerously_allow_all_scripts=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$version"
)
XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" "$dest.partial/node_modules/.bin/code-server" --version
touch "$dest.partial/.complete"
mv "$dest.partial" "$dest"

mkdir -p "$(dirname "$cache")"
rm -rf "$cache.partial"
cp -a "$dest" "$cache.partial" && rm -rf "$cache" && mv "$cache.partial" "$cache" || echo "install-code-server: could not cache it in $cache" >&2
echo "code-server $version: installed in ${dest#"$PWD"/}"
