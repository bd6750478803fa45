package io.github.verbatim.cite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One CSL-JSON item, the citation format of Zotero, Mendeley, pandoc and citeproc.
 *
 * @param id the citation key, unique in a bundle
 * @param type the CSL type, such as {@code article-newspaper}
 * @param title the title
 * @param containerTitle the outlet
 * @param author the authors
 * @param issued the publication date
 * @param accessed when the original was captured
 * @param url the URL
 * @param archive the archive holding the original
 * @param archiveLocation where in the archive the original is
 * @param language the language tag
 */
public record CslItem(
        String id,
        String type,
        @Nullable String title,
        @JsonProperty("container-title") @Nullable String containerTitle,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CslName> author,
        @Nullable CslDate issued,
        @Nullable CslDate accessed,
        @JsonProperty("URL") @Nullable String url,
        @Nullable String archive,
        @JsonProperty("archive_location") @Nullable String archiveLocation,
        @Nullable String language) {

    /** Copies the authors. */
    public CslItem {
        author = author == null ? List.of() : List.copyOf(author);
    }
}
