package io.github.verbatim.quote;

/**
 * Runs {@link QuoteQualityReport} in every build: Surefire's default includes pick up only classes
 * named {@code *Test}, {@code Test*}, {@code *Tests} or {@code *TestCase}. Run the report alone with
 * {@code mvn -pl core -am verify -Dtest=QuoteQualityReportTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class QuoteQualityReportTest extends QuoteQualityReport {
}
