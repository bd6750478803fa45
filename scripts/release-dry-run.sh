#!/usr/bin/env bash
# Release dry run: build the Maven Central upload bundle exactly as `mvn -Prelease deploy` does,
# signed with a throwaway GPG key, without uploading anything.
#
#   scripts/release-dry-run.sh            # then: scripts/check-central-bundle.sh
#
# What it does:
#   1. copies the working tree (tracked and untracked, not ignored files) to a temporary directory
#      and sets the version there to a release version (the current one without -SNAPSHOT, or
#      $DRY_RUN_VERSION): the Central plugin only builds a bundle for release versions, SNAPSHOTs
#      go to the snapshot repository instead. The working tree itself is never modified;
#   2. creates a throwaway, unprotected RSA signing key in a temporary GNUPGHOME;
#   3. runs the release build there: -Prelease deploy with -DskipUpload=true, signing with the
#      pure-Java Bouncy Castle signer (-Dgpg.signer=bc, key in $MAVEN_GPG_KEY), so no gpg-agent,
#      no pinentry and no network beyond Maven Central for plugins and dependencies;
#   4. copies the bundle and the throwaway public key to target/release-dry-run/ in the project;
#   5. deletes the temporary directory, the throwaway key with it, and stops the gpg-agent that
#      key generation started.
#
# Tests and the examples run (-DskipTests -Dexec.skip=true) are skipped: CI runs them in their own
# job before this one. Extra Maven arguments can be given in $DRY_RUN_MAVEN_ARGS (e.g. "-o"), another
# Maven launcher in $MVN (default: mvn).
#
# Output: target/release-dry-run/central-bundle.zip
#         target/release-dry-run/signing-key.pub.asc   (public half of the throwaway key)
#         target/release-dry-run/build.log             (the Maven log)
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "${script_dir}/.." && pwd)"
out="${root}/target/release-dry-run"

mvn="${MVN:-mvn}"
for tool in git gpg gpgconf "${mvn}" python3 tar; do
  command -v "${tool}" >/dev/null 2>&1 || { echo "release-dry-run: ${tool} not found on PATH" >&2; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/verbatim-release-dry-run.XXXXXX")"
export GNUPGHOME="${work}/gnupg"
cleanup() {
  # Stop the agent gpg started for this GNUPGHOME only, then drop the key and the copy.
  if [[ -d "${GNUPGHOME}" ]]; then
    gpgconf --homedir "${GNUPGHOME}" --kill all >/dev/null 2>&1 || true
  fi
  rm -rf "${work}"
}
trap cleanup EXIT

rm -rf "${out}"
mkdir -p "${out}"

# 1. Copy of the working tree, release version.
src="${work}/src"
mkdir -p "${src}"
(
  cd "${root}"
  git ls-files -z --cached --others --exclude-standard \
    | while IFS= read -r -d '' f; do [[ -e "${f}" ]] && printf '%s\0' "${f}"; done \
    | tar --null -T - -cf -
) | tar -C "${src}" -xf -

snapshot_version="$(python3 - "${src}/pom.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
print(ET.parse(sys.argv[1]).getroot().find("m:version", ns).text.strip())
PY
)"
version="${DRY_RUN_VERSION:-${snapshot_version%-SNAPSHOT}}"
if [[ "${version}" == *-SNAPSHOT ]]; then
  echo "release-dry-run: ${version} is a SNAPSHOT; the Central plugin builds no bundle for it" >&2
  exit 2
fi
if [[ "${version}" != "${snapshot_version}" ]]; then
  # The project's own version appears only in <version> and <parent><version> of the poms.
  find "${src}" -name pom.xml -not -path '*/target/*' -print0 \
    | xargs -0 sed -i "s|<version>${snapshot_version}</version>|<version>${version}</version>|g"
fi

# 2. Throwaway signing key.
mkdir -m 700 "${GNUPGHOME}"
gpg --batch --quiet --gen-key <<EOF
%no-protection
Key-Type: RSA
Key-Length: 3072
Key-Usage: sign
Name-Real: Verbatim release dry run (throwaway)
Name-Email: release-dry-run@verbatim.invalid
Expire-Date: 1d
%commit
EOF
fingerprint="$(gpg --batch --quiet --no-auto-check-trustdb --with-colons --list-secret-keys | awk -F: '$1 == "fpr" { print $10; exit }')"
gpg --batch --quiet --no-auto-check-trustdb --armor --export "${fingerprint}" > "${out}/signing-key.pub.asc"
MAVEN_GPG_KEY="$(gpg --batch --quiet --no-auto-check-trustdb --armor --export-secret-keys "${fingerprint}")"
export MAVEN_GPG_KEY
export MAVEN_GPG_KEY_FINGERPRINT="${fingerprint}"
unset MAVEN_GPG_PASSPHRASE

# 3. Release build, upload skipped.
echo "release-dry-run: building ${version} in ${src} (log: ${out}/build.log)"
# shellcheck disable=SC2086 # DRY_RUN_MAVEN_ARGS is a list of words on purpose.
if ! "${mvn}" -B -f "${src}/pom.xml" ${DRY_RUN_MAVEN_ARGS:-} \
    -Prelease \
    -DskipTests -Dexec.skip=true \
    -Dmaven.install.skip=true \
    -DskipUpload=true \
    -Dgpg.signer=bc -Dgpg.useagent=false \
    deploy > "${out}/build.log" 2>&1; then
  tail -n 60 "${out}/build.log" >&2
  echo "release-dry-run: release build FAILED, full log in ${out}/build.log" >&2
  exit 1
fi
grep -E 'Skipping the upload|Skipping Central Release Publishing for|BUILD SUCCESS' "${out}/build.log" \
  | sed -e 's/^\[INFO\] /  /' || true

# 4. Bundle and public key out of the temporary directory.
bundle="${src}/target/central-publishing/central-bundle.zip"
if [[ ! -f "${bundle}" ]]; then
  echo "release-dry-run: no bundle at ${bundle}; see ${out}/build.log" >&2
  exit 1
fi
cp "${bundle}" "${out}/central-bundle.zip"
printf '%s\n' "${version}" > "${out}/version.txt"

echo
echo "release-dry-run: bundle for ${version}: ${out}/central-bundle.zip"
echo "release-dry-run: throwaway public key:  ${out}/signing-key.pub.asc (fingerprint ${fingerprint})"
echo "release-dry-run: check it with:         ${root}/scripts/check-central-bundle.sh"
