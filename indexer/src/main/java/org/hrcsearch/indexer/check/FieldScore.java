package org.hrcsearch.indexer.check;

/**
 * How well one field was derived over a set of documents, counted value by value: a derived value that is
 * expected is a true positive, one that is not a false positive, an expected value not derived a false negative.
 * A single-valued field that is wrong counts once each way.
 */
public record FieldScore(CheckedField field, int documents, int truePositives, int falsePositives, int falseNegatives) {

    public FieldScore {
        if (documents < 0 || truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Of the values derived, the share that were expected; 1 when nothing was derived. */
    public double precision() {
        int derived = truePositives + falsePositives;
        return derived == 0 ? 1.0 : (double) truePositives / derived;
    }

    /** Of the values expected, the share that were derived; 1 when nothing was expected. */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    FieldScore plus(int tp, int fp, int fn) {
        return new FieldScore(field, documents + 1, truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }
}
