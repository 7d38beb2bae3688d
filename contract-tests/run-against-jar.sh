#!/usr/bin/env bash
# Runs the contract suite against the standalone jar, as a user would run it against any server:
# start the jar on a free loopback port, wait until /__admin/health answers, run the contract
# runner jar (java -jar aliyun-mock-contract-tests-VERSION-runner.jar --endpoint URL) against it,
# and stop the server by its PID, whatever happens.
#
#   contract-tests/run-against-jar.sh [--built] [runner options]
#
# Builds both jars first (mvn package, tests skipped) unless --built says the build already made
# them. The report is left in contract-tests/target/contract-report.md, the server's output in
# contract-tests/target/jar-server.log.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=""
LOG="$ROOT/contract-tests/target/jar-server.log"

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local p
  for _ in $(seq 1 100); do
    p=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
  echo "run-against-jar: no free port found" >&2
  return 1
}

healthy() {
  if command -v curl >/dev/null 2>&1; then
    curl -fs -o /dev/null "http://127.0.0.1:$1/__admin/health"
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1" &&
      printf 'GET /__admin/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 &&
      head -n 1 <&3 | grep -q ' 200 ') 2>/dev/null
  fi
}

if [ "${1:-}" = "--built" ]; then
  shift
else
  echo "run-against-jar: building the standalone jar and the contract runner"
  mvn -B -q -pl mock-server,contract-tests -am -DskipTests package
fi
# Whatever the version (${revision} in the POMs): the jars the build made.
JAR=$(ls "$ROOT"/mock-server/target/aliyun-mock-server-*-standalone.jar 2>/dev/null | head -1 || true)
[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "run-against-jar: the standalone jar was not built" >&2; exit 1; }
RUNNER=$(ls "$ROOT"/contract-tests/target/aliyun-mock-contract-tests-*-runner.jar 2>/dev/null | head -1 || true)
[ -n "$RUNNER" ] && [ -f "$RUNNER" ] || { echo "run-against-jar: the contract runner jar was not built" >&2; exit 1; }

PORT=$(free_port)
mkdir -p "$(dirname "$LOG")"
java -jar "$JAR" --port "$PORT" >"$LOG" 2>&1 &
PID=$!
stop() {
  if kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
}
trap stop EXIT

echo "run-against-jar: started PID $PID on 127.0.0.1:$PORT; waiting for /__admin/health"
for _ in $(seq 1 150); do
  if healthy "$PORT"; then
    break
  fi
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "run-against-jar: the server exited; its output:" >&2
    cat "$LOG" >&2
    exit 1
  fi
  sleep 0.2
done
healthy "$PORT" || { echo "run-against-jar: /__admin/health never answered" >&2; cat "$LOG" >&2; exit 1; }

echo "run-against-jar: running the contract suite against http://127.0.0.1:$PORT"
java -jar "$RUNNER" --endpoint "http://127.0.0.1:$PORT" --report "$ROOT/contract-tests/target/contract-report.md" "$@"
