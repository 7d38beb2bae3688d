#!/usr/bin/env bash
# Runs docs/standalone.md's "Inside a stock WireMock" as printed (the region below is what the page
# shows): the jars copied out of a Maven repository, then WireMock's own main with the extension
# loaded by class name, on a free port instead of 8080; then one API call and one admin call.
#
#   .ci/stock-wiremock.sh LOCAL_REPOSITORY    (one that `mvn -B install` filled)
set -euo pipefail
[ $# -eq 1 ] || { sed -n '2,6p' "$0" >&2; exit 2; }
export MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.repo.local=$1"
script=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
work=$(mktemp -d)
pid=""
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
cd "$work"
region=$(sed -n '/^# snippet:start stock-wiremock$/,/^# snippet:end stock-wiremock$/p' "$script" | sed '1d;$d')
copy=$(printf '%s\n' "$region" | sed '/^java /,$d')
run=$(printf '%s\n' "$region" | sed -n '/^java /,$p' | sed "s/--port 8080/--port 0 --bind-address 127.0.0.1/")
eval "$copy"
eval "$run" >wiremock.log 2>&1 &
pid=$!
port=""
for _ in $(seq 1 300); do
  port=$(sed -n 's/^port: *\([0-9][0-9]*\).*/\1/p' wiremock.log | head -1)
  [ -n "$port" ] && curl -fs -o /dev/null "http://127.0.0.1:$port/__admin/health" && break
  sleep 0.1
done
[ -n "$port" ] || { echo "WireMock printed no port"; cat wiremock.log; exit 1; }
curl -fsS "http://127.0.0.1:$port/__admin/aliyun/info" >/dev/null || { cat wiremock.log; exit 1; }
answer=$(curl -sS "http://127.0.0.1:$port/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou")
printf '%s\n' "$answer" | grep '"Code":"MissingAccessKeyId"\|"Code":"MissingSignature' >/dev/null \
  || { echo "the API did not answer as the mock: $answer"; cat wiremock.log; exit 1; }
echo "stock WireMock with the extension: healthy on 127.0.0.1:$port, the API answers as the mock"
exit 0

# What docs/standalone.md prints (never run from here directly: the lines above run it).
# snippet:start stock-wiremock
for a in org.wiremock:wiremock-standalone:3.13.2 \
         dev.aliyunmock:aliyun-mock-server:0.1.0-SNAPSHOT dev.aliyunmock:aliyun-mock-control:0.1.0-SNAPSHOT \
         com.fasterxml.jackson.core:jackson-databind:2.23.0 com.fasterxml.jackson.core:jackson-core:2.23.0 \
         com.fasterxml.jackson.core:jackson-annotations:2.23; do
  mvn -B -q dependency:copy -Dartifact="$a" -DoutputDirectory=lib
done
java -cp 'lib/*' wiremock.Run --port 8080 --extensions dev.aliyunmock.wiremock.AliyunWireMockExtension
# snippet:end stock-wiremock
