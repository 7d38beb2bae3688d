#!/usr/bin/env bash
# Builds a user's project that lives outside the reactor, as the README tells users to write it,
# against a local Maven repository that `mvn -B install` filled (never the shared ~/.m2):
#
#   .ci/consumer/build.sh annotation|testcontainers LOCAL_REPOSITORY VERSION [Maven arguments]
#   e.g. .ci/consumer/build.sh annotation /tmp/repo 0.1.0-SNAPSHOT test -Djunit.version=5.10.5
#
# The project is .ci/consumer/<kind>/pom.xml plus the README's own test for it ("A complete test"
# for annotation, the Testcontainers test for testcontainers), copied out of README.md, so both the
# dependencies and the example are proven as printed. Before building, the POM's dependencies are
# held to the README's snippets: every dependency of the kind's snippet is in the POM, and the POM
# has none that the README does not list. Assembled in .ci/consumer/target/<kind>/.
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
kind=$1 repo=$2 version=$3
shift 3
root=$(cd "$(dirname "$0")/../.." && pwd)
readme=$root/README.md
case "$kind" in
  annotation) section='### A complete test'; snippet='### Dependencies' ;;
  testcontainers) section='### From tests: Testcontainers'; snippet='### From tests: Testcontainers' ;;
  *) echo "consumer: no such kind '$kind' (annotation or testcontainers)" >&2; exit 2 ;;
esac

# The first ```LANG block after the heading line $1 of the README.
block() {
  awk -v heading="$1" -v fence="\`\`\`$2" '
    $0 == heading { inside = 1; next }
    inside && !open && $0 == fence { open = 1; next }
    open && $0 == "```" { exit }
    open { print }
  ' "$readme"
}
artifacts() { sed -n '/<dependencies>/,/<\/dependencies>/p' "$1" | grep -o '<artifactId>[^<]*' | sed 's/<artifactId>//' | sort -u; }
snippet_artifacts() { block "$1" xml | grep -o '<artifactId>[^<]*' | sed 's/<artifactId>//' | sort -u; }

pom=$root/.ci/consumer/$kind/pom.xml
required=$(snippet_artifacts "$snippet")
listed=$( { snippet_artifacts "$snippet"; snippet_artifacts '### Dependencies'; } | sort -u)
[ -n "$required" ] || { echo "consumer: README.md has no xml snippet under '$snippet'" >&2; exit 1; }
missing=$(comm -23 <(echo "$required") <(artifacts "$pom"))
unlisted=$(comm -13 <(echo "$listed") <(artifacts "$pom"))
[ -z "$missing" ] || { echo "consumer: $pom lacks what README.md's '$snippet' lists: $missing" >&2; exit 1; }
[ -z "$unlisted" ] || { echo "consumer: $pom needs what README.md does not list: $unlisted" >&2; exit 1; }

work=$root/.ci/consumer/target/$kind
rm -rf "$work"
mkdir -p "$work/src/test/java"
cp "$pom" "$work/pom.xml"
test_source=$(block "$section" java)
class=$(printf '%s\n' "$test_source" | sed -n 's/^class \([A-Za-z0-9_]*\).*/\1/p' | head -1)
[ -n "$class" ] || { echo "consumer: README.md has no test class under '$section'" >&2; exit 1; }
printf '%s\n' "$test_source" >"$work/src/test/java/$class.java"
if [ "$kind" = testcontainers ]; then
  # The fixtures folder the README's test names (src/test/resources/container-world).
  mkdir -p "$work/src/test/resources"
  cp -r "$root/testcontainers/src/test/resources/container-world" "$work/src/test/resources/"
fi

cd "$work"
mvn -B -Dmaven.repo.local="$repo" -Daliyun-mock.version="$version" "$@"
