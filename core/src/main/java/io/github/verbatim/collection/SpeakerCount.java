package io.github.verbatim.collection;

/**
 * A speaker the members of a cluster name, and how many do.
 *
 * @param name the fullest form of the name the members use ({@code Chrissy Teigen} for
 *     {@code Teigen} and {@code Chrissy Teigen} alike)
 * @param members how many members name that speaker
 */
public record SpeakerCount(String name, int members) {
}
