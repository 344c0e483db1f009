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
# POI's Log4j API quietened as the CLI does it, or each fork prints a complaint about its missing back end.
quiet="-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -Dorg.apache.logging.log4j.simplelog.level=ERROR"
java -jar bench/target/benchmarks.jar -jvmArgsAppend "-Dcvpress.shared=$shared $quiet" "$@" | tee "$out"
echo "results written to $out"
