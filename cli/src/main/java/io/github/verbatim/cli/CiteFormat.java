package io.github.verbatim.cli;

import io.github.verbatim.cite.BibLatex;
import io.github.verbatim.cite.CitationStyle;
import io.github.verbatim.cite.CslItem;
import io.github.verbatim.cite.FormattedReference;
import io.github.verbatim.cite.ReferenceFormatter;
import io.github.verbatim.cite.Ris;
import io.github.verbatim.json.VerbatimJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code verbatim cite --style} writes. */
enum CiteFormat {
    APA("apa", CitationStyle.APA),
    MLA("mla", CitationStyle.MLA),
    CHICAGO("chicago", CitationStyle.CHICAGO),
    CSL_JSON("csl-json", null),
    BIBTEX("bibtex", null),
    RIS("ris", null);

    private final String option;
    private final @Nullable CitationStyle style;

    CiteFormat(String option, @Nullable CitationStyle style) {
        this.option = option;
        this.style = style;
    }

    /** Returns the items in this format, as the command prints them. */
    String write(List<CslItem> items) {
        return switch (this) {
            case CSL_JSON -> VerbatimJson.toJson(items) + "\n";
            case BIBTEX -> BibLatex.write(items);
            case RIS -> Ris.write(items);
            default -> ReferenceFormatter.of(style, items, ReferenceFormatter.Output.TEXT).bibliography().stream()
                    .map(FormattedReference::text).collect(Collectors.joining("\n\n", "", "\n"));
        };
    }

    /** Reads {@code --style} values: {@code apa}, {@code csl-json} …, in any case. */
    static final class Converter implements ITypeConverter<CiteFormat> {
        @Override
        public CiteFormat convert(String value) {
            for (CiteFormat format : values()) {
                if (format.option.equals(value.toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a style; choose one of " + String.join(", ", names()));
        }
    }

    /** Lists the {@code --style} values for the help. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names().iterator();
        }
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (CiteFormat format : values()) {
            names.add(format.option);
        }
        return names;
    }
}
