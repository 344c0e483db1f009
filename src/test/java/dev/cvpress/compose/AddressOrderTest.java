package dev.cvpress.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.Span;
import dev.cvpress.normalize.Normalizer;
import dev.cvpress.support.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contact line writes an address in the order its country does. */
class AddressOrderTest {

    @ParameterizedTest(name = "country [{0}]")
    @CsvSource(delimiter = '|', value = {
        "US | 2712 Broadway St, San Francisco, CA 94115, US",
        "CA | 2712 Broadway St, San Francisco, CA 94115, CA",
        "GB | 2712 Broadway St, San Francisco 94115, CA, GB",
        "NL | 2712 Broadway St, 94115 San Francisco, CA, NL",
        "'' | 2712 Broadway St, 94115 San Francisco, CA"})
    void postcodeStandsWhereTheCountryWritesIt(String country, String expected) {
        String json = "{\"basics\":{\"name\":\"A\",\"location\":{\"address\":\"2712 Broadway St\",\"postalCode\":\"94115\","
                + "\"city\":\"San Francisco\",\"region\":\"CA\",\"countryCode\":\"" + country + "\"}}}";
        var resume = new Normalizer().normalize(json.getBytes(StandardCharsets.UTF_8), "a.json").resume().orElseThrow();
        String text = Pipeline.compose(resume, "classic").blocks().stream()
                .filter(Block.Paragraph.class::isInstance).map(Block.Paragraph.class::cast)
                .map(p -> p.spans().stream().map(Span::text).collect(Collectors.joining()))
                .collect(Collectors.joining("\n")).replace('\u00A0', ' ');
        assertTrue(text.contains(expected), text);
    }
}
