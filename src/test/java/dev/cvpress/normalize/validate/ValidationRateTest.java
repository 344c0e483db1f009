package dev.cvpress.normalize.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.json.LocatedTree;
import dev.cvpress.normalize.Reporter;
import dev.cvpress.support.Shared;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measures schema validation of the corpus; prints the rate, asserts nothing about time (machines differ). */
class ValidationRateTest {
    private static final int ROUNDS = 100;

    @Test
    void validatesTheCorpusRepeatedly() {
        Shared.require("corpus/jsonresume");
        List<LocatedTree> trees = Shared.files("corpus/jsonresume", "*.json").stream().map(Trees::parse).toList();
        SchemaCheck check = new SchemaCheck();
        int warmUpErrors = validateAll(check, trees);
        long start = System.nanoTime();
        int errors = 0;
        for (int round = 0; round < ROUNDS; round++) {
            errors += validateAll(check, trees);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int validations = ROUNDS * trees.size();
        System.out.printf("RATE: %d schema validations of %d corpus files in %.3f s: %.0f per second, %.1f ms per 1,000%n",
                validations, trees.size(), seconds, validations / seconds, seconds * 1e6 / validations);
        assertEquals(ROUNDS * warmUpErrors, errors, "every round reports the same problems");
    }

    private static int validateAll(SchemaCheck check, List<LocatedTree> trees) {
        int errors = 0;
        for (LocatedTree tree : trees) {
            Reporter reporter = new Reporter(tree);
            check.check(tree.root(), reporter);
            errors += reporter.diagnostics().size();
        }
        return errors;
    }
}
