#!/usr/bin/env bash
# Times `cvpress batch` end to end, as a user runs it (./cvpress, JVM start included):
#   1. COUNT résumés (default 1,000) as files, to PDF and then to DOCX: documents per second over the
#      whole run and once warm (from the progress lines, after the first WARM seconds), CPU time per
#      document over the whole run and once warm (the JVM's own, read from /proc with each progress
#      line, so other work on the machine does not count), peak RSS;
#   2. LINES résumés (default 10,000) as one JSON Lines file, to PDF and then to DOCX: the same figures,
#      long enough to be warm, and peak RSS (the target is < 512 MB);
#   3. `./cvpress render` of one résumé: median wall time (hyperfine when installed, else 10 runs);
#   4. CPU time per document on one warm thread, PDF and DOCX (CpuPerDocument.java): the figure a
#      busy machine disturbs least, to compare runs made under different loads.
# The résumés are made from ../shared (seeds and JSON Resume corpus, each renamed) under
# bench/target/batch, which git ignores. Usage: bench/batch.sh [COUNT] [LINES]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
lines="${2:-10000}"
warm="${WARM:-20}"
shared="${CVPRESS_SHARED:-$(cd .. && pwd)/shared}"
work="bench/target/batch"
time_cmd=/usr/bin/time
[ -x "$time_cmd" ] || { echo "bench/batch.sh: needs GNU time (apt-get install time)" >&2; exit 2; }

./cvpress --version >/dev/null   # builds target/cvpress.jar when the sources changed
rm -rf "$work" && mkdir -p "$work"
java -cp target/cvpress.jar bench/src/main/java/dev/cvpress/bench/GenerateResumes.java "$shared" "$count" --dir "$work/in"
java -cp target/cvpress.jar bench/src/main/java/dev/cvpress/bench/GenerateResumes.java "$shared" "$lines" --jsonl "$work/all.jsonl"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"

# stamp PIDFILE: prefixes each line read with the time and the CPU ticks (user + system) used so far by
# the JVM: the child named java of the process whose id is in PIDFILE (./cvpress execs java).
stamp() {
  local pidfile="$1" java="" parent child l cpu
  while IFS= read -r l; do
    if [ -z "$java" ]; then
      parent=$(cat "$pidfile" 2>/dev/null || true)
      for child in $(cat "/proc/$parent/task/$parent/children" 2>/dev/null || true); do
        [ "$(cat "/proc/$child/comm" 2>/dev/null)" = java ] && java="$child"
      done
    fi
    cpu=-
    # Only progress lines need the CPU time; a process per warning line would load the machine.
    [[ "$l" == batch:* ]] && cpu=$(awk '{print $14 + $15}' "/proc/$java/stat" 2>/dev/null || echo -)
    printf '%s %s %s\n' "$EPOCHREALTIME" "$cpu" "$l"
  done
}

# run NAME ARGS...: runs cvpress batch under GNU time with progress lines every few seconds, each
# stamped with the time it was read and the JVM's CPU time then, and prints the figures.
run() {
  local name="$1"; shift
  local log="$work/$name.log" stamps="$work/$name.progress" pidfile="$work/$name.pid"
  rm -f "$pidfile"
  local start="$EPOCHREALTIME"
  "$time_cmd" -v ./cvpress batch "$@" 2> >(stamp "$pidfile" > "$stamps") >"$log" &
  echo $! > "$pidfile"
  wait $! || true
  # GNU time's report ends with the exit status: once stamped, every line is in.
  for _ in $(seq 50); do grep -q 'Exit status' "$stamps" 2>/dev/null && break; sleep 0.2; done
  local summary rss cpu
  summary=$(grep 'résumés in' "$log" || true)
  rss=$(grep 'Maximum resident set size' "$stamps" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u + s}' "$stamps")
  local n; n=$(echo "$summary" | awk '{print $1}')
  echo "== $name: cvpress batch $*"
  echo "   $summary"
  awk -v start="$start" -v warm="$warm" -v tick="$(getconf CLK_TCK)" '
    / batch: [0-9]+ of / && $2 != "-" { t = $1 - start; n = $4; c = $2 / tick; if (t >= warm && !t0) { t0 = t; n0 = n; c0 = c } if (t0) { t1 = t; n1 = n; c1 = c } }
    END { if (t1 > t0) printf "   warm: %.1f documents/s, %.1f ms CPU per document (from %d to %d done, %.0f s to %.0f s)\n", (n1 - n0) / (t1 - t0), (c1 - c0) * 1000 / (n1 - n0), n0, n1, t0, t1;
          else print "   warm: too short to tell (no progress line after " warm " s)" }' "$stamps"
  awk -v cpu="$cpu" -v n="$n" -v rss="$rss" 'BEGIN {
    printf "   CPU: %.1f s user+system, %.1f ms per document (%.0f documents per CPU-second); peak RSS: %d MB\n",
      cpu, cpu * 1000 / n, n / cpu, rss / 1024 }'
}

run pdf "$work/in" --out-dir "$work/out-pdf" --format pdf --report "$work/pdf-report.json"
run docx "$work/in" --out-dir "$work/out-docx" --format docx
run jsonl-pdf --jsonl "$work/all.jsonl" --out-dir "$work/out-jsonl-pdf" --format pdf
run jsonl-docx --jsonl "$work/all.jsonl" --out-dir "$work/out-jsonl-docx" --format docx

one="$work/in/00001.json"
echo "== ./cvpress render $one -o $work/one.pdf (wall time)"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs 10 --style basic --export-json "$work/render.json" "./cvpress render $one -o $work/one.pdf" \
    | grep -E 'Time|Range'
  grep -o '"median": *[0-9.]*' "$work/render.json" | awk '{printf "   median %.0f ms of 10 runs\n", $2 * 1000}'
else
  for i in $(seq 10); do
    s=$(date +%s%N); ./cvpress render "$one" -o "$work/one.pdf" >/dev/null; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | sort -n | awk '{a[NR]=$1} END {printf "   median %d ms of %d runs (min %d, max %d)\n", a[int((NR+1)/2)], NR, a[1], a[NR]}'
fi

echo "== CPU per document, one warm thread (bench/src/main/java/dev/cvpress/bench/CpuPerDocument.java)"
for format in pdf docx; do
  # POI's Log4j API quietened as the CLI does it, or it prints a complaint about its missing back end.
  java -XX:+UseParallelGC -Xmx256m -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    -Dorg.apache.logging.log4j.simplelog.level=ERROR \
    -cp target/cvpress.jar bench/src/main/java/dev/cvpress/bench/CpuPerDocument.java \
    "$work/all.jsonl" "$format" classic 3000 3000 2>/dev/null | sed 's/^/   /'
done
