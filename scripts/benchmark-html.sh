#!/usr/bin/env bash
# HTML reader benchmark: main-text quality (the article-extraction benchmark's token-shingle F1,
# beside every peer in peer-output/ and Mozilla Readability run here) and speed on one core, with
# a 256 MB heap (see docs/HTML.md).
#
#   scripts/benchmark-html.sh                       # defaults: -Xmx256m, 1 warm-up + 3 timed rounds
#   scripts/benchmark-html.sh --rounds 5 --worst 20 # arguments go to HtmlBenchmark
#   BENCH_READABILITY=0 scripts/benchmark-html.sh   # without the Readability run (no Node.js needed)
#
# What it does:
#   1. compiles tika-adapter and its tests (mvn -pl tika-adapter -am test-compile) and writes their
#      class path to tika-adapter/target/benchmark-html.classpath;
#   2. installs Mozilla Readability and jsdom (pinned below) into tika-adapter/target/readability
#      with npm install --no-save --prefix, unless already there;
#   3. runs io.github.verbatim.html.bench.HtmlBenchmark in its own JVM with -Xms = -Xmx = $BENCH_HEAP
#      (default 256m), -XX:ActiveProcessorCount=1, pinned to CPU 0 with taskset where it exists
#      (Node.js, started by the benchmark, inherits the pinning).
#
# Data: ../shared/benchmarks/article-extraction/ beside the repository (--data DIR for another).
# Extra Maven arguments: $BENCH_MAVEN_ARGS (e.g. "-o"); other launchers: $MVN, $JAVA, $NODE, $NPM.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "${script_dir}/.." && pwd)"
cd "${root}"

readability_version="0.6.0"
jsdom_version="29.1.1"
mvn_cmd="${MVN:-mvn}"
java_cmd="${JAVA:-java}"
node_cmd="${NODE:-node}"
npm_cmd="${NPM:-npm}"
heap="${BENCH_HEAP:-256m}"
classpath_file="${root}/tika-adapter/target/benchmark-html.classpath"
readability_dir="${root}/tika-adapter/target/readability"
build_log="$(mktemp)"
trap 'rm -f "${build_log}"' EXIT
quietly() {
    # Output is shown only on failure, so that the benchmark's report stands alone.
    if ! "$@" >"${build_log}" 2>&1; then
        cat "${build_log}" >&2
        echo "benchmark-html.sh: $* failed" >&2
        exit 1
    fi
}
# shellcheck disable=SC2086
quietly "${mvn_cmd}" -B -q -ntp ${BENCH_MAVEN_ARGS:-} -pl tika-adapter -am test-compile
# shellcheck disable=SC2086
quietly "${mvn_cmd}" -B -q -ntp ${BENCH_MAVEN_ARGS:-} -pl tika-adapter dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="${classpath_file}"

readability_args=()
if [ "${BENCH_READABILITY:-1}" != "0" ]; then
    if ! command -v "${node_cmd}" >/dev/null 2>&1; then
        echo "benchmark-html.sh: ${node_cmd} not found; install Node.js 20.19+ or set BENCH_READABILITY=0" >&2
        exit 1
    fi
    if [ ! -f "${readability_dir}/node_modules/@mozilla/readability/package.json" ] \
        || ! grep -q "\"version\": \"${readability_version}\"" "${readability_dir}/node_modules/@mozilla/readability/package.json" \
        || ! grep -q "\"version\": \"${jsdom_version}\"" "${readability_dir}/node_modules/jsdom/package.json"; then
        mkdir -p "${readability_dir}"
        quietly "${npm_cmd}" install --no-save --no-audit --no-fund --prefix "${readability_dir}" \
            "@mozilla/readability@${readability_version}" "jsdom@${jsdom_version}"
    fi
    readability_args=(--readability "${readability_dir}" --node "${node_cmd}")
fi

classpath="${root}/tika-adapter/target/test-classes:${root}/tika-adapter/target/classes:$(cat "${classpath_file}")"
pin=()
if command -v taskset >/dev/null 2>&1; then
    pin=(taskset -c 0)
else
    echo "taskset not found: the benchmark is not pinned to one core (the JVM still sees one processor)" >&2
fi

"${pin[@]}" "${java_cmd}" "-Xms${heap}" "-Xmx${heap}" -XX:ActiveProcessorCount=1 \
    -cp "${classpath}" io.github.verbatim.html.bench.HtmlBenchmark --root "${root}" "${readability_args[@]}" "$@"
