#!/usr/bin/env bash
# Builds a user's project that lives outside the reactor, exactly as the docs print it, against a
# local Maven repository that `mvn -B install` filled (never the shared ~/.m2):
#
#   .ci/consumer/build.sh annotation|testcontainers LOCAL_REPOSITORY VERSION [Maven arguments]
#   e.g. .ci/consumer/build.sh annotation /tmp/repo 0.1.0-SNAPSHOT test -Djunit.version=5.10.5
#
# The project is .ci/consumer/<kind>/pom.xml (the POM docs/junit.md or docs/container.md prints)
# plus the tests the README and the docs print, copied from the files the docs show (docs-tests
# holds the docs to those files). VERSION must be the one the POM names. Assembled in
# .ci/consumer/target/<kind>/.
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
kind=$1 repo=$2 version=$3
shift 3
root=$(cd "$(dirname "$0")/../.." && pwd)
case "$kind" in
  annotation)
    sources=(junit-extension/src/test/java/dev/aliyunmock/junit/example/QuickStartTest.java
             junit-extension/src/test/java/dev/aliyunmock/junit/example/ExpressConnectTest.java)
    resources=() ;;
  testcontainers)
    sources=(testcontainers/src/test/java/dev/aliyunmock/testcontainers/example/ConnectInAContainerTest.java)
    resources=(testcontainers/src/test/resources/container-world) ;;
  *) echo "consumer: no such kind '$kind' (annotation or testcontainers)" >&2; exit 2 ;;
esac

pom=$root/.ci/consumer/$kind/pom.xml
grep -q "<version>$version</version>" "$pom" \
  || { echo "consumer: $pom does not name aliyun-mock $version: update it (and the docs that print it)" >&2; exit 1; }

work=$root/.ci/consumer/target/$kind
rm -rf "$work"
mkdir -p "$work/src/test/java" "$work/src/test/resources"
cp "$pom" "$work/pom.xml"
for s in "${sources[@]}"; do
  # Into the user's own package: the docs print the classes without one.
  sed '/^package .*;$/d' "$root/$s" >"$work/src/test/java/$(basename "$s")"
done
for r in "${resources[@]}"; do cp -r "$root/$r" "$work/src/test/resources/"; done

cd "$work"
mvn -B -Dmaven.repo.local="$repo" "$@"
