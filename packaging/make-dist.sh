#!/usr/bin/env bash
# `make dist`: dist/plansite-<version>-linux-<arch>.tar.gz, one executable that carries the Swift
# runtime, Foundation (with FoundationXML's libxml2, which the Word template reader uses, and
# that library's ICU and liblzma), cmark-gfm (+ extensions) and zlib, needing only glibc,
# libstdc++ and libgcc on the machine that runs it, plus the guides and a README. The tarball's
# own layout is fixed (file order, owners, dates of the last commit); that the compiler gives the
# same executable twice is not checked.
#
# The release build has its own scratch folder (.build-dist): --static-swift-stdlib compiles
# every module again, and the development build in .build (make site, make test) stays as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SCRATCH=${DIST_SCRATCH:-.build-dist}
ARCH=$(uname -m)
TRIPLE_DIR=/usr/lib/$ARCH-linux-gnu

# SwiftPM links cmark-gfm and zlib by name (-lcmark-gfm, -lz; from Sources/CCmarkGFM and
# ZIPFoundation's CZLib), and the linker takes a shared library over a static one in the same
# folder. So the dist build gets a folder holding only Debian's static archives, and pkg-config
# files that put it first on the search path (-L order decides; -Xlinker -L comes too late).
# Debian's static archives come with the -dev packages; installed here when missing (as root).
PACKAGES="libcmark-gfm-dev libcmark-gfm-extensions-dev zlib1g-dev libxml2-dev libicu-dev liblzma-dev"
missing=""
for p in $PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=120 $missing
  else
    echo "make dist: cần cài:$missing — chạy: sudo apt-get install -y$missing" >&2
    exit 2
  fi
fi
STATIC="$PWD/$SCRATCH/static-libs"
mkdir -p "$STATIC/lib" "$STATIC/pkgconfig"
for lib in libcmark-gfm.a libcmark-gfm-extensions.a libz.a libxml2.a libicuuc.a libicudata.a liblzma.a; do
  if [ ! -f "$TRIPLE_DIR/$lib" ]; then
    echo "make dist: thiếu $TRIPLE_DIR/$lib (gói:$PACKAGES)" >&2
    exit 2
  fi
  ln -sf "$TRIPLE_DIR/$lib" "$STATIC/lib/$lib"
done
printf 'Name: libcmark-gfm\nDescription: cmark-gfm, static\nVersion: 0\nLibs: -L%s -lcmark-gfm -lcmark-gfm-extensions\nCflags: -I/usr/include\n' \
  "$STATIC/lib" >"$STATIC/pkgconfig/libcmark-gfm.pc"
printf 'Name: zlib\nDescription: zlib, static\nVersion: 0\nLibs: -L%s -lz\nCflags: -I/usr/include\n' \
  "$STATIC/lib" >"$STATIC/pkgconfig/zlib.pc"

# FoundationXML asks for -lxml2 by name (found in $STATIC first); a static libxml2 does not
# bring what it needs, so it follows on the command line: ICU (Debian's, whose symbols carry a
# version suffix and so never meet Foundation's own swift_-prefixed ICU), liblzma and zlib.
"$SWIFT" build -c release --product plansite --scratch-path "$SCRATCH" --static-swift-stdlib \
  --pkg-config-path "$STATIC/pkgconfig" \
  -Xlinker -licuuc -Xlinker -licudata -Xlinker -llzma -Xlinker -lz
BIN="$SCRATCH/release/plansite"

# The version comes from the executable itself (PlansiteVersion, the only place it is written).
VERSION_LINE=$("$BIN" --version)
VERSION=$(printf '%s\n' "$VERSION_LINE" | sed -n 's/^plansite \([0-9A-Za-z.+-]*\) .*/\1/p')
if [ -z "$VERSION" ]; then
  echo "make dist: không đọc được phiên bản từ \"$VERSION_LINE\"" >&2
  exit 1
fi
NAME="plansite-$VERSION-linux-$ARCH"
STAGE="$SCRATCH/stage/$NAME"
rm -rf "$SCRATCH/stage"
mkdir -p "$STAGE/docs/examples" dist
strip -o "$STAGE/plansite" "$BIN"

# Only the C and C++ runtime libraries every Linux distribution has may stay dynamic.
ALLOWED='^(libc|libm|libdl|libpthread|librt|libstdc\+\+|libgcc_s|ld-linux-[a-z0-9_-]+)\.so(\.[0-9.]+)?$'
bad=$(readelf -d "$STAGE/plansite" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | grep -Ev "$ALLOWED" || true)
if [ -n "$bad" ]; then
  echo "make dist: tệp chạy còn cần thư viện ngoài glibc/libstdc++/libgcc: $bad" >&2
  exit 1
fi

sed -e "s/@VERSION@/$VERSION/g" -e "s/@VERSION_LINE@/$VERSION_LINE/g" -e "s/@NAME@/$NAME/g" \
  packaging/dist-README.md >"$STAGE/README.md"
cp docs/*.md "$STAGE/docs/"
cp docs/examples/* "$STAGE/docs/examples/"

# Every entry dated at the last commit, sorted, owned by root.
EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
TARBALL="dist/$NAME.tar.gz"
tar --sort=name --mtime="@$EPOCH" --owner=0 --group=0 --numeric-owner --mode='u+rwX,go+rX,go-w' \
  -C "$SCRATCH/stage" -cf - "$NAME" | gzip -9n >"$TARBALL.tmp"
mv "$TARBALL.tmp" "$TARBALL"
(cd dist && sha256sum "$NAME.tar.gz" >"$NAME.tar.gz.sha256")
size=$(stat -c %s "$STAGE/plansite")
echo "$TARBALL ($(stat -c %s "$TARBALL") byte; tệp chạy $size byte; $VERSION_LINE)"
