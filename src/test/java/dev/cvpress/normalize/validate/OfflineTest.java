package dev.cvpress.normalize.validate;

import static dev.cvpress.normalize.validate.Trees.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The validator never goes to the network. Every HTTP(S) connection the JDK opens first asks the
 * default {@link ProxySelector}; a recording one shows whether any was attempted.
 */
class OfflineTest {
    private static final Duration FAST = Duration.ofSeconds(5);
    private final List<URI> requested = new CopyOnWriteArrayList<>();
    private ProxySelector original;

    @BeforeEach
    void recordConnections() {
        original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                requested.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                requested.add(uri);
            }
        });
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(original);
    }

    @Test
    void theBundledSchemaNamesDraft07AndCompilesAndValidatesOffline() {
        assertEquals("http://json-schema.org/draft-07/schema#", BundledSchema.tree().path("$schema").asText());
        JsonNode resume = Trees.parse(json("{'basics': {'name': 'A', 'email': 'a@example.com', "
                + "'url': 'https://a.example'}, 'work': [{'startDate': '2020-01'}]}")).root();
        int problems = assertTimeoutPreemptively(FAST,
                () -> BundledSchema.compile(BundledSchema.tree()).validate(resume).size());
        assertEquals(0, problems);
        assertEquals(List.of(), requested, "connections attempted");
    }

    @Test
    void aRemoteReferenceIsRefusedNotFetched() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(json("{'$schema': 'http://json-schema.org/draft-07/schema#', "
                + "'properties': {'basics': {'$ref': 'https://schemas.example/remote.json'}}}"));
        JsonNode resume = Trees.parse(json("{'basics': {}}")).root();
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> assertTimeoutPreemptively(FAST, () -> BundledSchema.compile(schema).validate(resume)));
        assertTrue(String.valueOf(refused.getMessage()).contains("not allowed"), refused.toString());
        assertEquals(List.of(), requested, "connections attempted");
    }
}
