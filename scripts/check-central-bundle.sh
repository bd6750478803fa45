#!/usr/bin/env bash
# Check a Maven Central Portal upload bundle before it is uploaded.
#
#   scripts/check-central-bundle.sh [BUNDLE.zip] [--key PUBLIC_KEY.asc]
#
# BUNDLE.zip defaults to target/release-dry-run/central-bundle.zip (written by
# scripts/release-dry-run.sh). The public key defaults to signing-key.pub.asc next to the bundle,
# or $CENTRAL_BUNDLE_PUBKEY; without one, signatures are checked for presence only.
#
# For every published module (verbatim-parent: pom; verbatim-core and verbatim-tika-adapter: jar,
# -sources.jar, -javadoc.jar, .pom) it checks, the way the Central Portal validates a deployment:
#   - the file is there, as <group path>/<artifactId>/<version>/<artifactId>-<version>[-classifier].<ext>,
#     with one release (non-SNAPSHOT) version for the whole bundle;
#   - it has a .asc signature that verifies against the public key (gpgv, no keyring or agent
#     of yours is touched);
#   - it has .md5 and .sha1 checksums (required by Central) and .sha256 and .sha512 (written by the
#     release profile's checksums=all), each matching the file;
#   - jars open as zip files and are not placeholders: classes in the jar, .java files in
#     -sources.jar, index.html in -javadoc.jar;
#   - each .pom has the right coordinates and packaging and, itself or through its parent in the
#     bundle, name, description, url, licenses (name and url), developers (with a name) and scm
#     (url and connection);
# and that nothing else is in the bundle, in particular not verbatim-cli or verbatim-examples.
#
# Prints a table per check and exits 1 if anything is missing or wrong, 2 on usage errors.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "${script_dir}/.." && pwd)"

bundle=""
key="${CENTRAL_BUNDLE_PUBKEY:-}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --key) [[ $# -ge 2 ]] || { echo "usage: $0 [BUNDLE.zip] [--key PUBLIC_KEY.asc]" >&2; exit 2; }
           key="$2"; shift 2 ;;
    --key=*) key="${1#--key=}"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "usage: $0 [BUNDLE.zip] [--key PUBLIC_KEY.asc]" >&2; exit 2 ;;
    *) [[ -z "${bundle}" ]] || { echo "usage: $0 [BUNDLE.zip] [--key PUBLIC_KEY.asc]" >&2; exit 2; }
       bundle="$1"; shift ;;
  esac
done
bundle="${bundle:-${root}/target/release-dry-run/central-bundle.zip}"
if [[ ! -f "${bundle}" ]]; then
  echo "check-central-bundle: no bundle at ${bundle} (run scripts/release-dry-run.sh first)" >&2
  exit 2
fi
if [[ -z "${key}" && -f "$(dirname "${bundle}")/signing-key.pub.asc" ]]; then
  key="$(dirname "${bundle}")/signing-key.pub.asc"
fi
if [[ -n "${key}" && ! -f "${key}" ]]; then
  echo "check-central-bundle: no public key at ${key}" >&2
  exit 2
fi
command -v python3 >/dev/null 2>&1 || { echo "check-central-bundle: python3 not found on PATH" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/verbatim-bundle-check.XXXXXX")"
trap 'rm -rf "${work}"' EXIT

python3 - "${bundle}" "${key}" "${work}" <<'PY'
import base64, hashlib, os, re, shutil, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

GROUP = "io.github.verbatim"
# artifactId -> packaging. Published modules; each needs every file listed in expected_files().
PUBLISHED = {
    "verbatim-parent": "pom",
    "verbatim-core": "jar",
    "verbatim-tika-adapter": "jar",
}
# Never on Central.
FORBIDDEN = ["verbatim-cli", "verbatim-examples"]
CHECKSUMS = [("md5", hashlib.md5), ("sha1", hashlib.sha1),
             ("sha256", hashlib.sha256), ("sha512", hashlib.sha512)]

bundle, key, work = sys.argv[1], sys.argv[2], sys.argv[3]
gaps = []
def gap(msg):
    gaps.append(msg)

# ---- unpack ---------------------------------------------------------------------------------
extract = os.path.join(work, "bundle")
os.makedirs(extract)
try:
    with zipfile.ZipFile(bundle) as z:
        for n in z.namelist():
            if n.startswith("/") or ".." in n.split("/"):
                print(f"check-central-bundle: unsafe path in bundle: {n}", file=sys.stderr)
                sys.exit(1)
        z.extractall(extract)
except zipfile.BadZipFile as e:
    print(f"check-central-bundle: {bundle} is not a zip file: {e}", file=sys.stderr)
    sys.exit(1)

files = set()
for d, _, fs in os.walk(extract):
    for f in fs:
        files.add(os.path.relpath(os.path.join(d, f), extract).replace(os.sep, "/"))

group_path = GROUP.replace(".", "/")
artifact_versions = {}   # artifactId -> set(version)
for f in files:
    parts = f.split("/")
    if len(parts) >= 3:
        artifact_versions.setdefault(parts[-3], set()).add(parts[-2])
versions = set(v for a, vs in artifact_versions.items() if a in PUBLISHED for v in vs)
if len(versions) == 1:
    version = versions.pop()
elif not versions:
    version = None
    gap("no published module found in the bundle")
else:
    version = sorted(versions)[0]
    gap(f"more than one version in the bundle: {', '.join(sorted(versions))}")
if version and version.endswith("-SNAPSHOT"):
    gap(f"version {version} is a SNAPSHOT: Central accepts only releases in a bundle")

# ---- signature verification setup -----------------------------------------------------------
gpgv = shutil.which("gpgv")
keyring = None
key_note = "no public key given: signatures checked for presence only"
if key and gpgv:
    # Dearmor the public key ourselves: gpgv wants a binary keyring and no gpg home is needed.
    text = open(key, encoding="ascii", errors="replace").read()
    m = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\r?\n(.*?)\r?\n\r?\n(.*?)-----END PGP PUBLIC KEY BLOCK-----",
                  text, re.S)
    if not m:
        m = re.search(r"-----BEGIN PGP PUBLIC KEY BLOCK-----\r?\n()(.*?)-----END PGP PUBLIC KEY BLOCK-----", text, re.S)
    if m:
        b64 = "".join(l.strip() for l in m.group(2).splitlines() if l.strip() and not l.startswith("="))
        keyring = os.path.join(work, "pubkey.gpg")
        with open(keyring, "wb") as out:
            out.write(base64.b64decode(b64))
        os.makedirs(os.path.join(work, "gpghome"), mode=0o700)
        key_note = f"signatures verified with gpgv against {key}"
    else:
        gap(f"{key} is not an ASCII-armored OpenPGP public key")
        key_note = f"could not read {key}"
elif key and not gpgv:
    key_note = "gpgv not installed: signatures checked for presence only"
    print(f"WARNING: {key_note}", file=sys.stderr)

signers = set()
def verify_sig(path):
    sig = path + ".asc"
    head = open(sig, "rb").read(64)
    if not head.startswith(b"-----BEGIN PGP SIGNATURE-----"):
        return "BAD", "not an armored OpenPGP signature"
    if not keyring:
        return "n/a", None
    r = subprocess.run([gpgv, "--homedir", os.path.join(work, "gpghome"), "--keyring", keyring,
                        "--status-fd", "1", sig, path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    valid = [l.split()[2] for l in r.stdout.splitlines() if l.startswith("[GNUPG:] VALIDSIG ")]
    if r.returncode == 0 and valid:
        signers.add(valid[0])
        return "ok", None
    return "BAD", (r.stderr.strip().splitlines() or ["gpgv failed"])[-1]

def check_content(path, kind):
    if kind == "pom":
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as e:
            return "BAD", f"not well-formed XML: {e}"
        return ("ok", "xml") if root.tag == "{http://maven.apache.org/POM/4.0.0}project" else ("BAD", "not a POM 4.0.0 project")
    try:
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            bad = z.testzip()
    except zipfile.BadZipFile:
        return "BAD", "not a zip file"
    if bad:
        return "BAD", f"corrupt entry {bad}"
    if kind == "jar":
        n = sum(1 for x in names if x.endswith(".class"))
        return ("ok", f"{n} classes") if n else ("EMPTY", "no .class files")
    if kind == "sources":
        n = sum(1 for x in names if x.endswith(".java"))
        return ("ok", f"{n} .java") if n else ("EMPTY", "no .java files")
    if kind == "javadoc":
        return ("ok", f"{len(names)} entries") if "index.html" in names else ("EMPTY", "no index.html")
    return "ok", None

def expected_files(artifact, packaging):
    base = f"{group_path}/{artifact}/{version}/{artifact}-{version}"
    out = [(base + ".pom", "pom")]
    if packaging != "pom":
        out = [(base + ".jar", "jar"), (base + "-sources.jar", "sources"),
               (base + "-javadoc.jar", "javadoc")] + out
    return out

# ---- files, signatures, checksums, content --------------------------------------------------
accounted = set()
rows = []
if version:
    for artifact, packaging in PUBLISHED.items():
        for rel, kind in expected_files(artifact, packaging):
            name = rel.rsplit("/", 1)[1]
            path = os.path.join(extract, rel)
            row = {"module": artifact, "file": name}
            if rel not in files:
                row.update(present="MISSING", asc="-", sig="-", content="-",
                           **{c: "-" for c, _ in CHECKSUMS})
                gap(f"{artifact}: {name} is missing")
                rows.append(row)
                continue
            accounted.add(rel)
            row["present"] = "ok"
            data = open(path, "rb").read()
            for c, h in CHECKSUMS:
                side = rel + "." + c
                if side not in files:
                    row[c] = "MISSING"
                    gap(f"{artifact}: {name}.{c} is missing")
                    continue
                accounted.add(side)
                want = open(os.path.join(extract, side), encoding="ascii", errors="replace").read().split()
                if want and want[0].lower() == h(data).hexdigest():
                    row[c] = "ok"
                else:
                    row[c] = "BAD"
                    gap(f"{artifact}: {name}.{c} does not match the file")
            if rel + ".asc" not in files:
                row["asc"], row["sig"] = "MISSING", "-"
                gap(f"{artifact}: {name}.asc is missing")
            else:
                accounted.add(rel + ".asc")
                row["asc"] = "ok"
                row["sig"], why = verify_sig(path)
                if row["sig"] == "BAD":
                    gap(f"{artifact}: {name}.asc does not verify: {why}")
                # Central needs no checksums for signatures; if the plugin wrote some, they must match.
                for c, h in CHECKSUMS:
                    side = rel + ".asc." + c
                    if side in files:
                        accounted.add(side)
                        want = open(os.path.join(extract, side)).read().split()
                        if not want or want[0].lower() != h(open(path + ".asc", "rb").read()).hexdigest():
                            gap(f"{artifact}: {name}.asc.{c} does not match the signature")
            status, note = check_content(path, kind)
            row["content"] = status if not note else f"{status} ({note})"
            if status != "ok":
                gap(f"{artifact}: {name}: {note}")
            rows.append(row)

# ---- nothing else, and never the unpublished modules ------------------------------------------
for f in sorted(files - accounted):
    parts = f.split("/")
    artifact = parts[-3] if len(parts) >= 3 else f
    if artifact in FORBIDDEN:
        continue   # reported below
    gap(f"unexpected file in the bundle: {f}")
forbidden_rows = []
for a in FORBIDDEN:
    hits = sorted(f for f in files if f.split("/")[-3:-2] == [a])
    forbidden_rows.append((a, "ok (absent)" if not hits else f"PRESENT ({len(hits)} files)"))
    if hits:
        gap(f"{a} must not be published, but the bundle has {len(hits)} of its files")

# ---- POM metadata ---------------------------------------------------------------------------
NS = "{http://maven.apache.org/POM/4.0.0}"
def t(el, path):
    if el is None:
        return None
    x = el.find("/".join(NS + p for p in path.split("/")))
    return x.text.strip() if x is not None and x.text and x.text.strip() else None

poms = {}
for artifact in PUBLISHED:
    rel = f"{group_path}/{artifact}/{version}/{artifact}-{version}.pom"
    if version and rel in files:
        try:
            poms[artifact] = ET.parse(os.path.join(extract, rel)).getroot()
        except ET.ParseError as e:
            gap(f"{artifact}: .pom is not well-formed XML: {e}")

def own_metadata(root):
    lic = root.findall(f"{NS}licenses/{NS}license")
    dev = root.findall(f"{NS}developers/{NS}developer")
    scm = root.find(f"{NS}scm")
    return {
        "name": t(root, "name"),
        "description": t(root, "description"),
        "url": t(root, "url"),
        "licenses": lic and all(t(l, "name") and t(l, "url") for l in lic) or None,
        "developers": dev and all(t(d, "name") for d in dev) or None,
        "scm": scm is not None and t(scm, "url") and t(scm, "connection") or None,
    }
FIELDS = ["name", "description", "url", "licenses", "developers", "scm"]

def metadata(artifact, seen=()):
    root = poms.get(artifact)
    if root is None or artifact in seen:
        return None
    own = own_metadata(root)
    parent = root.find(f"{NS}parent")
    inherited = None
    if parent is not None:
        pa = t(parent, "artifactId")
        if t(parent, "groupId") == GROUP and pa in poms and t(parent, "version") == version:
            inherited = metadata(pa, seen + (artifact,))
        else:
            gap(f"{artifact}: parent {t(parent, 'groupId')}:{pa}:{t(parent, 'version')} is not in the bundle")
    out = {}
    for f in FIELDS:
        if own[f]:
            out[f] = "ok"
        elif f != "name" and f != "description" and inherited and inherited[f] in ("ok", "inherited"):
            out[f] = "inherited"   # Maven, and Central's validation, inherit these from the parent
        else:
            out[f] = "MISSING"
    return out

warnings = []
def inherited_path_warnings(artifact):
    # Central accepts it, but Maven appends /<artifactId> to an inherited url and scm url/connection
    # unless the parent says child.*.inherit.append.path="false": the published links then 404.
    root = poms.get(artifact)
    parent = root.find(f"{NS}parent")
    pa = t(parent, "artifactId") if parent is not None else None
    proot = poms.get(pa) if pa else None
    if proot is None:
        return
    if not t(root, "url") and t(proot, "url") and proot.get("child.project.url.inherit.append.path") != "false":
        warnings.append(f"{artifact}: inherits url as {t(proot, 'url')}/{artifact}")
    pscm, scm = proot.find(f"{NS}scm"), root.find(f"{NS}scm")
    if pscm is not None:
        for f in ("url", "connection", "developerConnection"):
            if (scm is None or not t(scm, f)) and t(pscm, f) and pscm.get(f"child.scm.{f}.inherit.append.path") != "false":
                warnings.append(f"{artifact}: inherits scm {f} as {t(pscm, f)}/{artifact}")

pom_rows = []
for artifact, packaging in PUBLISHED.items():
    root = poms.get(artifact)
    if root is None:
        continue
    parent = root.find(f"{NS}parent")
    g = t(root, "groupId") or t(parent, "groupId")
    v = t(root, "version") or t(parent, "version")
    coords = "ok" if (g, t(root, "artifactId"), v) == (GROUP, artifact, version) else f"BAD ({g}:{t(root, 'artifactId')}:{v})"
    if coords != "ok":
        gap(f"{artifact}: .pom coordinates are {g}:{t(root, 'artifactId')}:{v}")
    pk = t(root, "packaging") or "jar"
    pk_status = "ok" if pk == packaging else f"BAD ({pk})"
    if pk != packaging:
        gap(f"{artifact}: .pom packaging is {pk}, expected {packaging}")
    md = metadata(artifact)
    inherited_path_warnings(artifact)
    for f in FIELDS:
        if md[f] == "MISSING":
            gap(f"{artifact}: .pom has no {f}" + (" (name and url per license)" if f == "licenses" else
                                                  " (name per developer)" if f == "developers" else
                                                  " (url and connection)" if f == "scm" else ""))
    pom_rows.append([artifact, coords, pk_status] + [md[f] for f in FIELDS])

# ---- report ---------------------------------------------------------------------------------
def table(header, body):
    widths = [max(len(str(r[i])) for r in [header] + body) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for r in body:
        print(line(r))

print(f"Bundle:  {bundle}")
print(f"Version: {version}")
print(f"Signing: {key_note}" + (f" (signed by {', '.join(sorted(signers))})" if signers else ""))
print()
print("Files (asc = signature present, sig = signature verifies)")
table(["module", "file", "file", "asc", "sig", "md5", "sha1", "sha256", "sha512", "content"],
      [[r["module"], r["file"], r["present"], r["asc"], r["sig"], r["md5"], r["sha1"], r["sha256"],
        r["sha512"], r["content"]] for r in rows])
print()
print("POM metadata (inherited = from verbatim-parent in this bundle)")
table(["module", "coordinates", "packaging"] + FIELDS, pom_rows)
print()
print("Not published")
table(["module", "in bundle"], [list(r) for r in forbidden_rows])
print()
if warnings:
    print("Warnings (Central accepts these, users see them)")
    for w in warnings:
        print(f"  - {w}")
    print()
if gaps:
    print(f"FAILED: {len(gaps)} problem(s)")
    for g_ in gaps:
        print(f"  - {g_}")
    sys.exit(1)
print(f"OK: {len(files)} files, {len(PUBLISHED)} modules, ready for the Central Portal")
PY
