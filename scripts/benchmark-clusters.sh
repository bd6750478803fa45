#!/usr/bin/env bash
# Quote cluster benchmark: clusters 1,000,000 quotations made from real quotes (with the variants
# outlets make) and reports time, peak heap and pairwise precision/recall (see docs/COLLECTION.md).
#
#   scripts/benchmark-clusters.sh                          # 1 GB heap, 1,000,000 quotations
#   scripts/benchmark-clusters.sh --quotes 250000          # arguments go to ClusterBenchmark
#   BENCH_HEAP=640m scripts/benchmark-clusters.sh --diffs false   # clustering only, in 640 MB
#
# What it does:
#   1. compiles core and its tests (mvn -pl core -am test-compile);
#   2. writes core's test class path with dependency:build-classpath to core/target/benchmark.classpath;
#   3. runs io.github.verbatim.collection.bench.ClusterBenchmark in its own JVM with -Xms = -Xmx =
#      $BENCH_HEAP (default 1g) on every core of the machine. Clustering runs on one thread; word
#      diffs run on all cores.
#
# Texts: the seeds, the gold-set articles, and ../shared/benchmarks/article-extraction/ground-truth.json
# beside the repository when present. Extra Maven arguments: $BENCH_MAVEN_ARGS (e.g. "-o"); another
# Maven launcher: $MVN; another java: $JAVA (default: java on the PATH).
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "${script_dir}/.." && pwd)"
cd "${root}"

mvn_cmd="${MVN:-mvn}"
java_cmd="${JAVA:-java}"
heap="${BENCH_HEAP:-1g}"
classpath_file="${root}/core/target/benchmark.classpath"
build_log="$(mktemp)"
trap 'rm -f "${build_log}"' EXIT
build() {
    # Maven's output is shown only if it fails, so that the benchmark's report stands alone.
    # shellcheck disable=SC2086
    if ! "${mvn_cmd}" -B -q -ntp ${BENCH_MAVEN_ARGS:-} "$@" >"${build_log}" 2>&1; then
        cat "${build_log}" >&2
        echo "benchmark-clusters.sh: mvn $* failed" >&2
        exit 1
    fi
}
build -pl core -am test-compile
build -pl core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="${classpath_file}"

classpath="${root}/core/target/test-classes:${root}/core/target/classes:$(cat "${classpath_file}")"
"${java_cmd}" "-Xms${heap}" "-Xmx${heap}" -cp "${classpath}" \
    io.github.verbatim.collection.bench.ClusterBenchmark --root "${root}" "$@"
