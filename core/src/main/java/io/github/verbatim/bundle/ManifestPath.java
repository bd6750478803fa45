package io.github.verbatim.bundle;

/**
 * Encodes and checks file paths as BagIt manifests hold them: {@code /} separators, and
 * {@code %}, CR and LF percent-encoded (RFC 8493, section 2.1.3).
 */
final class ManifestPath {

    private ManifestPath() {
    }

    static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String decode(String path) {
        return path.replace("%0D", "\r").replace("%0d", "\r").replace("%0A", "\n").replace("%0a", "\n")
                .replace("%25", "%");
    }

    /**
     * Returns why a path may not be used inside a bag, or null if it is safe: relative, no
     * {@code .} or {@code ..} segment, no backslash, no drive letter, no control character.
     */
    static String unsafe(String path) {
        if (path.isEmpty()) {
            return "empty path";
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return "absolute path";
        }
        if (path.indexOf('\\') >= 0) {
            return "backslash in path";
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) < 0x20) {
                return "control character in path";
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return "path climbs out of the bag ('" + segment + "' segment)";
            }
            if (segment.isEmpty()) {
                return "empty path segment";
            }
        }
        return null;
    }
}
