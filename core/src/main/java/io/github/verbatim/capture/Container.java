package io.github.verbatim.capture;

/**
 * A container being read: how the documents it holds name it.
 *
 * @param location the container as the user named it (a path, or for a fetched URL the path of
 *     the WARC file Verbatim wrote, as {@code archivedAs} gives it); documents' locations start
 *     with it
 * @param mediaType its detected media type, such as {@code application/warc}
 * @param archivedAs its path in a bundle, {@code data/originals/<sha256>.<ext>}
 */
public record Container(String location, String mediaType, String archivedAs) {
}
