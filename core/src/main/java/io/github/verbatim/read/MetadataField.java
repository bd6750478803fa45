package io.github.verbatim.read;

/** A metadata field a reader can find for an article. */
public enum MetadataField {
    /** The headline. */
    TITLE,
    /** One author's name; repeated for several authors. */
    AUTHOR,
    /** The publication date, ISO 8601. */
    PUBLISHED,
    /** The outlet's name. */
    PUBLISHER,
    /** The canonical URL. */
    URL,
    /** The BCP 47 language tag. */
    LANGUAGE
}
