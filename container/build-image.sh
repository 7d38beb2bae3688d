#!/usr/bin/env bash
# Builds the aliyun-mock image from local parts, with no registry: a JRE made by jlink from the
# local JDK, plus the shared libraries it needs, as a FROM-scratch base image; then
# container/Containerfile on top of it. Works with podman (default) or docker
# (CONTAINER_ENGINE=docker). Needs the standalone jar: mvn -B -DskipTests package.
#
#   container/build-image.sh [IMAGE_TAG]        default tag: localhost/aliyun-mock:latest
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tag=${1:-localhost/aliyun-mock:latest}
engine=${CONTAINER_ENGINE:-podman}
# The base is named after the image (localhost/aliyun-mock-jre:17 for the default tag).
base=${tag%:*}-jre:17
work=$root/container/build
jar=$(ls "$root"/mock-server/target/aliyun-mock-server-*-standalone.jar 2>/dev/null | head -1 || true)
[ -n "$jar" ] || { echo "build-image: no standalone jar; run: mvn -B -DskipTests package" >&2; exit 2; }
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
command -v "$java_home/bin/jlink" >/dev/null || { echo "build-image: jlink not found under $java_home" >&2; exit 2; }

rm -rf "$work" && mkdir -p "$work/rootfs/opt/java" "$work/rootfs/tmp"
chmod 1777 "$work/rootfs/tmp"

# 1. A JRE with the modules the jar needs (jdeps, checked once), with its own class-data-sharing
#    archive: the JDK's classes start mapped, not parsed, and the Containerfile's AppCDS archive of
#    the jar's classes is made on top of it.
modules=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.net.http,java.scripting,java.security.jgss,java.sql,jdk.crypto.ec,jdk.unsupported
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --generate-cds-archive --output "$work/rootfs/opt/java/openjdk" >/dev/null
# The archive for heaps over 32 GB (no compressed oops) is left out: 11 MB for a case a mock never meets
# (such a JVM would simply start without sharing).
rm -f "$work/rootfs/opt/java/openjdk/lib/server/classes_nocoops.jsa"

# 2. The shared libraries the JRE's binaries and libraries load (the ldd closure), at their paths.
{
  ldd "$work/rootfs/opt/java/openjdk/bin/java"
  find "$work/rootfs/opt/java/openjdk" -name '*.so' -exec ldd {} \; 2>/dev/null
} | grep -o '/[^ ]*' | grep -v "^$work" | sort -u | while read -r lib; do
  [ -e "$lib" ] || continue
  mkdir -p "$work/rootfs$(dirname "$lib")"
  cp -L "$lib" "$work/rootfs$lib"
done

# 3. The base image: that root file system, nothing else.
cat > "$work/Containerfile.base" <<'BASE'
FROM scratch
COPY rootfs/ /
ENV PATH=/opt/java/openjdk/bin JAVA_HOME=/opt/java/openjdk
BASE
"$engine" build -q --format docker -t "$base" -f "$work/Containerfile.base" "$work" >/dev/null 2>&1 \
  || "$engine" build -q -t "$base" -f "$work/Containerfile.base" "$work" >/dev/null

# 4. The image itself, from the repository root (see .dockerignore).
fmt=(); [ "$engine" = podman ] && fmt=(--format docker)
"$engine" build -q "${fmt[@]}" --build-arg BASE_IMAGE="$base" -f "$root/container/Containerfile" -t "$tag" "$root" >/dev/null
"$engine" image inspect "$tag" --format '{{.Size}}' | awk -v t="$tag" '{printf "built %s: %.1f MB\n", t, $1/1000000}'
