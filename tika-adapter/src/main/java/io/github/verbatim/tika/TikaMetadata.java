package io.github.verbatim.tika;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.read.MetadataField;
import io.github.verbatim.read.MetadataValue;
import io.github.verbatim.text.TextNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Turns the metadata Tika reports into Verbatim's candidate values, most trustworthy first for
 * each field. Each value's provenance names the Tika property it came from ({@code tika:dc:title});
 * none has a position in the text. The fields and their sources are listed in {@link TikaReader}'s documentation.
 */
final class TikaMetadata {

    private static final String AGENT = SoftwareAgent.of(TikaReader.NAME);
    private static final double SURE = 0.9;
    private static final double LIKELY = 0.85;
    /** A last-modified date is only a hint of when something was published. */
    private static final double MODIFIED = 0.6;
    private static final double IDENTIFIER_URL = 0.7;
    private static final double CANONICAL = 0.95;
    private static final int MAX_QUOTED = 80;
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\p{Cntrl}]+");
    /**
     * Formats whose dates carry no time zone: Tika takes them in the JVM's default zone and reports
     * them in UTC, so only the date (in that zone, as written) is kept.
     */
    private static final Set<MediaType> ZONELESS_DATES = Set.of(MediaType.application("rtf"));

    private final Metadata metadata;
    private final String documentId;
    private final boolean zonelessDates;
    private final List<MetadataValue> values = new ArrayList<>();
    private final List<String> warnings;

    private TikaMetadata(Metadata metadata, String documentId, String type, List<String> warnings) {
        MediaType parsed = MediaType.parse(type);
        this.metadata = metadata;
        this.documentId = documentId;
        this.zonelessDates = parsed != null && ZONELESS_DATES.contains(parsed.getBaseType());
        this.warnings = warnings;
    }

    /**
     * Returns the candidate values.
     *
     * @param metadata what Tika reported
     * @param canonical the canonical link an HTML page declared, or null
     * @param documentId the document's id, {@code sha256:<hex>}
     * @param type the type the document was read as
     * @param warnings receives a sentence for each value that was present but unusable
     * @return the values, most trustworthy first for each field
     */
    static List<MetadataValue> of(Metadata metadata, @Nullable String canonical, String documentId, String type,
            List<String> warnings) {
        TikaMetadata m = new TikaMetadata(metadata, documentId, type, warnings);
        m.text(MetadataField.TITLE, TikaCoreProperties.TITLE.getName(), SURE);
        m.text(MetadataField.TITLE, "og:title", LIKELY);
        m.text(MetadataField.AUTHOR, Message.MESSAGE_FROM_NAME.getName(), SURE);
        m.text(MetadataField.AUTHOR, Message.MESSAGE_FROM, LIKELY);
        m.text(MetadataField.AUTHOR, TikaCoreProperties.CREATOR.getName(), SURE);
        m.date("article:published_time", SURE);
        m.date(TikaCoreProperties.CREATED.getName(), SURE);
        m.date(TikaCoreProperties.MODIFIED.getName(), MODIFIED);
        m.text(MetadataField.PUBLISHER, TikaCoreProperties.PUBLISHER.getName(), SURE);
        m.text(MetadataField.PUBLISHER, "og:site_name", LIKELY);
        if (canonical != null) {
            m.url("canonical", canonical, CANONICAL, true);
        }
        m.url("og:url", SURE);
        m.url(TikaCoreProperties.IDENTIFIER.getName(), IDENTIFIER_URL);
        m.language(TikaCoreProperties.LANGUAGE.getName(), SURE);
        m.language(Metadata.CONTENT_LANGUAGE, LIKELY);
        return List.copyOf(m.values);
    }

    private void text(MetadataField field, String property, double confidence) {
        for (String raw : metadata.getValues(property)) {
            String value = clean(raw);
            if (!value.isEmpty()) {
                add(field, value, property, confidence);
            }
        }
    }

    private void date(String property, double confidence) {
        for (String raw : metadata.getValues(property)) {
            String value = clean(raw);
            if (value.isEmpty()) {
                continue;
            }
            String iso = isoDate(value, zonelessDates);
            if (iso == null) {
                warnings.add(property + " is not an ISO 8601 date, ignored: " + quoted(value));
            } else {
                add(MetadataField.PUBLISHED, iso, property, confidence);
            }
        }
    }

    private void url(String property, double confidence) {
        for (String raw : metadata.getValues(property)) {
            url(property, raw, confidence, !property.equals(TikaCoreProperties.IDENTIFIER.getName()));
        }
    }

    /** Adds an absolute http(s) URL; other values are noted as unusable if {@code warn}. */
    private void url(String property, String raw, double confidence, boolean warn) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                add(MetadataField.URL, value, property, confidence);
                return;
            }
        } catch (URISyntaxException e) {
            // Reported below.
        }
        if (warn) {
            warnings.add(property + " is not an absolute http(s) URL, ignored: " + quoted(value));
        }
    }

    private void language(String property, double confidence) {
        for (String raw : metadata.getValues(property)) {
            String value = clean(raw);
            if (value.isEmpty()) {
                continue;
            }
            String first = value.split("[,;\\s]+", 2)[0].replace('_', '-');
            String tag = Locale.forLanguageTag(first).toLanguageTag();
            if (tag.equals("und")) {
                warnings.add(property + " is not a BCP 47 language tag, ignored: " + quoted(value));
            } else {
                add(MetadataField.LANGUAGE, tag, property, confidence);
            }
        }
    }

    private void add(MetadataField field, String value, String property, double confidence) {
        values.add(new MetadataValue(field, value,
                new Provenance(documentId, null, null, null, TikaReader.NAME + ":" + property, AGENT, confidence)));
    }

    /**
     * Returns an ISO 8601 date or date-time with offset, such as {@code 2020-10-01T08:00:00Z}, or
     * null if the value is neither. A date-time without offset gives its date only.
     *
     * @param value a date as Tika reports it
     * @param zoneless whether the format's dates carry no zone, so that Tika's UTC value is really
     *     a local time in the JVM's default zone
     */
    static @Nullable String isoDate(String value, boolean zoneless) {
        try {
            OffsetDateTime dateTime = OffsetDateTime.parse(value);
            if (zoneless) {
                return dateTime.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate().toString();
            }
            return dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException notOffsetDateTime) {
            // Try the forms without offset.
        }
        try {
            return LocalDateTime.parse(value).toLocalDate().toString();
        } catch (DateTimeParseException notLocalDateTime) {
            // Try a date.
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    /** Returns the value normalized like the text, on one line, without surrounding white space. */
    private static String clean(String raw) {
        return SPACE.matcher(TextNormalizer.normalize(raw)).replaceAll(" ").strip();
    }

    private static String quoted(String value) {
        String v = SPACE.matcher(value).replaceAll(" ");
        return "\"" + (v.length() > MAX_QUOTED ? v.substring(0, MAX_QUOTED) + "…" : v) + "\"";
    }
}
