#!/usr/bin/env bash
# `make test-dist`: the release tarball on a machine that has nothing. It unpacks
# dist/plansite-<version>-linux-<arch>.tar.gz into a fresh Debian 12 root made by debootstrap
# (minbase: no Swift, no cmark-gfm, no zlib headers), runs `plansite check` and `plansite build`
# there, and compares exit status, standard output, standard error and every file written with
# the development build (.build/release/plansite) run on the same input; `ldd` in that root may
# list only glibc, libstdc++ and libgcc. Needs root (debootstrap, chroot) and Debian's mirror.
#
# The debootstrap root is made once and kept in .cache/dist-test/ (git ignores it); every run
# works on a fresh copy of it. DEBIAN_MIRROR overrides the mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
started=$(date +%s)

fail() { echo "test-dist: FAIL: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "test-dist: cần quyền root (debootstrap, chroot)" >&2; exit 2; }

DEV=.build/release/plansite
[ -x "$DEV" ] || fail "$DEV is missing (swift build -c release --product plansite)"
VERSION=$("$DEV" --version | sed -n 's/^plansite \([^ ]*\) .*/\1/p')
TARBALL=dist/plansite-$VERSION-linux-$(uname -m).tar.gz
[ -f "$TARBALL" ] || fail "$TARBALL is missing (make dist)"

# --- the Debian 12 root, made once -------------------------------------------------------
CACHE=.cache/dist-test/bookworm
if [ ! -f "$CACHE/.plansite-debootstrap-complete" ]; then
  command -v debootstrap >/dev/null || {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=120 debootstrap
  }
  rm -rf "$CACHE.tmp"
  mkdir -p "$(dirname "$CACHE")"
  t0=$(date +%s)
  debootstrap --variant=minbase bookworm "$CACHE.tmp" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" \
    >.cache/dist-test/debootstrap.log 2>&1 || { tail -20 .cache/dist-test/debootstrap.log >&2; fail "debootstrap"; }
  touch "$CACHE.tmp/.plansite-debootstrap-complete"
  rm -rf "$CACHE"
  mv "$CACHE.tmp" "$CACHE"
  echo "test-dist: debootstrap bookworm (minbase) in $(($(date +%s) - t0)) s"
fi

WORK=$(mktemp -d /tmp/plansite-test-dist.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
ROOT=$WORK/root
HOST=$WORK/host
mkdir -p "$ROOT" "$HOST" "$WORK/results/dist" "$WORK/results/dev"
cp -a "$CACHE/." "$ROOT/"
rm -f "$ROOT/.plansite-debootstrap-complete"

# Nothing of the toolchain or of cmark-gfm is there.
for pattern in 'libcmark*' 'libswift*' 'libFoundation*' 'libdispatch*' 'swift*'; do
  found=$(find "$ROOT/usr" "$ROOT/opt" -name "$pattern" 2>/dev/null | head -1)
  [ -z "$found" ] || fail "the fresh root already has $found"
done

mkdir -p "$ROOT/opt" "$ROOT/work"
tar -xzf "$TARBALL" -C "$ROOT/opt"
EXE=/opt/plansite-$VERSION-linux-$(uname -m)/plansite
[ -x "$ROOT$EXE" ] || fail "the tarball has no plansite-$VERSION-linux-$(uname -m)/plansite"

# Runs a shell command inside the root (with /proc, in a private mount namespace that
# disappears with it) or on this machine, with the same minimal environment, in DIR.
ENVIRONMENT=(env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 SOURCE_DATE_EPOCH=1686787200)
in_root() { # DIR COMMAND
  unshare --mount --propagation private -- sh -c 'mount -t proc proc "$0/proc" && exec chroot "$0" "$@"' \
    "$ROOT" "${ENVIRONMENT[@]}" sh -c "cd \"$1\" && $2"
}
on_host() { # DIR COMMAND
  (cd "$HOST$1" && "${ENVIRONMENT[@]}" sh -c "$2")
}

# Runs COMMAND (with `plansite` standing for each executable) in DIR on both sides, keeping
# exit status, standard output and standard error, and compares them.
both() { # NAME DIR COMMAND
  local name=$1 dir=$2 command=$3
  set +e
  in_root "$dir" "${command//plansite /$EXE }" >"$WORK/results/dist/$name.out" 2>"$WORK/results/dist/$name.err"
  echo $? >"$WORK/results/dist/$name.status"
  on_host "$dir" "${command//plansite /$REPO/$DEV }" >"$WORK/results/dev/$name.out" 2>"$WORK/results/dev/$name.err"
  echo $? >"$WORK/results/dev/$name.status"
  set -e
  for part in status out err; do
    diff -u "$WORK/results/dev/$name.$part" "$WORK/results/dist/$name.$part" >&2 ||
      fail "$name: the release and the development build differ in $part"
  done
  local status
  status=$(cat "$WORK/results/dist/$name.status")
  [ "$status" = 0 ] || { cat "$WORK/results/dist/$name.err" >&2; fail "$name: exit status $status"; }
  echo "test-dist: $name: exit 0, same output as the development build"
}

# Two sites are the same when every file but the build marker and the build cache beside the
# output (both keyed by the executable) has the same bytes.
same_site() { # DIR
  diff -r --exclude=.plansite-output --exclude='*.plansite-cache' "$HOST$1" "$ROOT$1" >&2 || fail "$1 differs from the development build"
  echo "test-dist: $1: the same files, byte for byte"
}

# --- the shipped content, without templates/ (the built-in set) -------------------------
for side in "$ROOT" "$HOST"; do
  mkdir -p "$side/work/shipped"
  cp -r content "$side/work/shipped/"
done
both check-shipped /work/shipped "plansite check --today 2023-06-15"
both build-shipped /work/shipped "plansite build --today 2023-06-15 --zip site.zip"
same_site /work/shipped

# --- the templates it carries are the repository's ---------------------------------------
for side in "$ROOT" "$HOST"; do mkdir -p "$side/work/templates"; done
both new-templates /work/templates "plansite new templates"
same_site /work/templates
diff -r --exclude='.*' templates "$ROOT/work/templates/templates" >&2 || fail "new templates differs from templates/"
echo "test-dist: new templates writes the repository's templates/, byte for byte"

# --- a new content repository ------------------------------------------------------------
both new-site /work "plansite new site moi"
both check-new-site /work/moi "plansite check"
both build-new-site /work/moi "plansite build --zip site.zip"
same_site /work/moi

# --- the pull-request check (docs/examples/content-check.yml), step by step ---------------
# Its `run:` steps, in order, as GitHub runs them (bash -eo pipefail, GITHUB_PATH, RUNNER_TEMP),
# with this tarball as the released executable (a file:// address), on a new site: once as
# it is, once with a wrong figure, which must fail with an annotation on its line.
python3 -c 'import yaml' 2>/dev/null || python3 -m pip install -q pyyaml
mkdir -p "$WORK/steps"
python3 - docs/examples/content-check.yml "$WORK/steps" <<'PY'
import sys, yaml
workflow = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
steps = [s for s in workflow["jobs"]["check"]["steps"] if "run" in s]
for n, step in enumerate(steps):
    with open(f"{sys.argv[2]}/{n}.sh", "w", encoding="utf-8") as f:
        f.write(step["run"])
    print(f"{n}: {step['name']}", file=sys.stderr)
PY
run_workflow() { # REPO → exit status of the first failing step (0 if none); output in $WORK/workflow.log
  local repo=$1 runner=$WORK/runner status=0
  rm -rf "$runner"
  mkdir -p "$runner/temp"
  : >"$runner/path"
  : >"$WORK/workflow.log"
  for step in $(ls "$WORK/steps" | sort -n); do
    local path
    path=$(tac "$runner/path" | paste -sd: -)
    (cd "$repo" && env -i PATH="${path:+$path:}/usr/bin:/bin" HOME="$runner" LANG=C.UTF-8 \
      RUNNER_TEMP="$runner/temp" GITHUB_PATH="$runner/path" SOURCE_DATE_EPOCH=1686787200 \
      PLANSITE_URL="file://$REPO/$TARBALL" PLANSITE_SHA256="$(cut -d' ' -f1 "$REPO/$TARBALL.sha256")" \
      bash --noprofile --norc -eo pipefail "$WORK/steps/$step") >>"$WORK/workflow.log" 2>&1 || {
      status=$?
      break
    }
  done
  return $status
}
cp -a "$ROOT/work/moi" "$WORK/pr"
rm -rf "$WORK/pr/output" "$WORK/pr/site.zip"
t0=$(date +%s%N)
run_workflow "$WORK/pr" || { cat "$WORK/workflow.log" >&2; fail "the pull-request check fails on a new site"; }
t1=$(date +%s%N)
python3 - "$WORK/runner/temp/trang-web.zip" <<'PY' || fail "the pull-request check's zip has no site"
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
assert "output/index.html" in names and "output/districts/mau/index.html" in names, names[:5]
PY
grep -q '::error' "$WORK/workflow.log" && fail "annotations on a new site: $(cat "$WORK/workflow.log")"
echo "test-dist: the pull-request check's steps pass on a new site in $(((t1 - t0) / 1000000)) ms" \
  "(download, check, build --zip), and attach a zip of the site"
sed -i '0,/"1":  /s//"1": {done: 45, of: 40}  /' "$WORK/pr/content/districts/mau/indicators.yaml"
line=$(grep -n '"1": {done: 45, of: 40}' "$WORK/pr/content/districts/mau/indicators.yaml" | cut -d: -f1)
[ -n "$line" ] || fail "could not plant a wrong figure"
if run_workflow "$WORK/pr"; then fail "the pull-request check passed a wrong figure"; fi
grep -q "^::error file=content/districts/mau/indicators.yaml,line=$line," "$WORK/workflow.log" || {
  cat "$WORK/workflow.log" >&2
  fail "no annotation on indicators.yaml line $line"
}
[ ! -e "$WORK/runner/temp/trang-web.zip" ] || fail "a site was attached although check failed"
echo "test-dist: a wrong figure fails the check with an annotation on its line ($line)"

# --- the check time with the released executable on the shipped content -------------------
t0=$(date +%s%N)
in_root /work/shipped "$EXE check --today 2023-06-15 >/dev/null 2>&1"
t1=$(date +%s%N)
echo "test-dist: plansite check on the shipped content: $(((t1 - t0) / 1000000)) ms"

# --- the executable needs only the C and C++ runtime -------------------------------------
ldd_out=$(in_root / "ldd $EXE")
echo "$ldd_out"
ALLOWED='^(linux-vdso\.so\.1|libc\.so\.6|libm\.so\.6|libdl\.so\.2|libpthread\.so\.0|librt\.so\.1|libstdc\+\+\.so\.6|libgcc_s\.so\.1|/lib64/ld-linux-x86-64\.so\.2)$'
while read -r lib _; do
  [[ $lib =~ $ALLOWED ]] || fail "ldd lists $lib, which is not glibc, libstdc++ or libgcc"
done <<<"$ldd_out"
if grep -q 'not found' <<<"$ldd_out"; then fail "ldd: a library is missing"; fi
echo "test-dist: ldd lists only glibc, libstdc++ and libgcc"

echo "test-dist: passed in $(($(date +%s) - started)) s ($TARBALL, $(stat -c %s "$ROOT$EXE") byte executable)"
