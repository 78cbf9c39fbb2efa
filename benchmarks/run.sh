#!/usr/bin/env bash
# Runs the benchmark set (engine, codec, endpoint, memory) and prints one Markdown table per part.
# About 15 minutes on 2 cores. Arguments are passed to the suite as name=value, for example
#   benchmarks/run.sh preset=quick             # the whole set in about three minutes, figures rougher
#   benchmarks/run.sh only=codec,endpoint      # some parts only
#   benchmarks/run.sh wi=3 i=5 r=5             # longer JMH runs (defaults: forks=1 wi=2 w=2 i=3 r=2;
#                                              the engine part: erounds=3 ewi=8 ei=5;
#                                              the codec part: crounds=3 ci=2)
# SKIP_BUILD=1 reuses benchmarks/target/benchmarks.jar. The table also lands in
# benchmarks/target/results/results.md, JMH's raw results beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)"
[ -n "$cpu" ] || cpu="$(uname -m)"
jdk="$("$java_bin" -version 2>&1 | head -n 2 | tail -n 1)"
machine="nproc: $(nproc); CPU: ${cpu}; JDK: ${jdk}; heap of JMH engine forks: 3 GiB"
echo "$machine" >&2

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  echo "building benchmarks/target/benchmarks.jar ..." >&2
  mvn -q -B -DskipTests -pl benchmarks -am package >&2
fi

# JOL needs these on JDK 17 to size record classes (the state is made of records).
exec "$java_bin" -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true -jar benchmarks/target/benchmarks.jar "machine=$machine" out=benchmarks/target/results "$@"
