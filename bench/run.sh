#!/usr/bin/env bash
# Builds cvpress and the benchmarks, then runs JMH. Arguments go to JMH (e.g. a benchmark name
# such as NormalizeBenchmark, or -f 3 for more forks). Results: bench/results/*.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install
mvn -q -B -f bench/pom.xml package
mkdir -p bench/results
shared="$(cd .. && pwd)/shared"
out="bench/results/$(date +%Y%m%d-%H%M%S).txt"
java -Dcvpress.shared="$shared" -jar bench/target/benchmarks.jar -jvmArgsAppend "-Dcvpress.shared=$shared" "$@" | tee "$out"
echo "results written to $out"
