#!/usr/bin/env bash
# Quote extractor speed benchmark: single-thread throughput of QuoteExtractor.extract on at least
# 50 MB of real article text, with a fixed heap on one core (see docs/QUOTES.md).
#
#   scripts/benchmark-quotes.sh                      # defaults: 512 MB heap, 50 MB corpus, 2+5 rounds
#   scripts/benchmark-quotes.sh --mb 100 --rounds 10 # arguments go to QuoteSpeedBenchmark
#
# What it does:
#   1. compiles core and its tests (mvn -pl core -am test-compile);
#   2. writes core's test class path with dependency:build-classpath (plugin version pinned in the
#      parent pom) to core/target/benchmark.classpath;
#   3. runs io.github.verbatim.quote.QuoteSpeedBenchmark in its own JVM with -Xms = -Xmx =
#      $BENCH_HEAP (default 512m), -XX:ActiveProcessorCount=1, pinned to CPU 0 with taskset where
#      taskset exists (JIT and GC threads then share that one core too).
#
# Texts: ../shared/benchmarks/article-extraction/ground-truth.json beside the repository (all 181
# article bodies) plus the five seeds; without that file, the gold-set articles kept in
# core/src/test/resources/quotes/articles plus the seeds. Extra Maven arguments: $BENCH_MAVEN_ARGS
# (e.g. "-o"); another Maven launcher: $MVN; another java: $JAVA (default: java on the PATH).
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "${script_dir}/.." && pwd)"
cd "${root}"

mvn_cmd="${MVN:-mvn}"
java_cmd="${JAVA:-java}"
heap="${BENCH_HEAP:-512m}"
classpath_file="${root}/core/target/benchmark.classpath"
build_log="$(mktemp)"
trap 'rm -f "${build_log}"' EXIT
build() {
    # Maven's output is shown only if it fails, so that the benchmark's report stands alone.
    # shellcheck disable=SC2086
    if ! "${mvn_cmd}" -B -q -ntp ${BENCH_MAVEN_ARGS:-} "$@" >"${build_log}" 2>&1; then
        cat "${build_log}" >&2
        echo "benchmark-quotes.sh: mvn $* failed" >&2
        exit 1
    fi
}
build -pl core -am test-compile
build -pl core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="${classpath_file}"

classpath="${root}/core/target/test-classes:${root}/core/target/classes:$(cat "${classpath_file}")"
pin=()
if command -v taskset >/dev/null 2>&1; then
    pin=(taskset -c 0)
else
    echo "taskset not found: the benchmark is not pinned to one core (the JVM still sees one processor)" >&2
fi

"${pin[@]}" "${java_cmd}" "-Xms${heap}" "-Xmx${heap}" -XX:ActiveProcessorCount=1 \
    -cp "${classpath}" io.github.verbatim.quote.QuoteSpeedBenchmark --root "${root}" "$@"
