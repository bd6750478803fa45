/**
 * What a citation bundle says beyond its article documents: a {@link io.github.verbatim.report.BundleView}
 * of a bundle (its articles, the quote clusters and discrepancies across them, its failures),
 * {@link io.github.verbatim.report.ReportPage} ({@code report.html}), and
 * {@link io.github.verbatim.report.BundleDocuments}, which writes every derived document of a bundle.
 */
@NullMarked
package io.github.verbatim.report;

import org.jspecify.annotations.NullMarked;
