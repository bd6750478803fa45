package io.github.verbatim.cite;

/**
 * The citation styles Verbatim formats references in: official styles of the Citation Style
 * Language project (CC BY-SA 3.0), shipped in the core jar.
 */
public enum CitationStyle {
    /** APA Style, 7th edition. */
    APA("apa", "APA 7th edition"),
    /** MLA Handbook, 9th edition. */
    MLA("modern-language-association", "MLA 9th edition"),
    /** The Chicago Manual of Style, 18th edition, author-date. */
    CHICAGO("chicago-author-date", "Chicago 18th edition (author-date)");

    private final String styleId;
    private final String title;

    CitationStyle(String styleId, String title) {
        this.styleId = styleId;
        this.title = title;
    }

    /** Returns the style's name in the CSL style repository, such as {@code apa}. */
    public String styleId() {
        return styleId;
    }

    /** Returns the style's name for people, such as {@code APA 7th edition}. */
    public String title() {
        return title;
    }
}
