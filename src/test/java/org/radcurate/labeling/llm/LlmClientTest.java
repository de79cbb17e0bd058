package org.radcurate.labeling.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.llm.FakeChatServer;
import org.radcurate.service.llm.FakeChatServer.Reply;

/** The client against a fake OpenAI-compatible server that the test starts on 127.0.0.1. */
class LlmClientTest {
    private static final List<ChatMessage> HELLO = List.of(ChatMessage.system("sys"), ChatMessage.user("Report: clear lungs"));
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    private LlmClient client(FakeChatServer server, ApiKey key, ClientSettings settings) {
        return new LlmClient(server.endpoint(), FakeChatServer.MODEL, key, settings, sleeps::add);
    }

    private static ClientSettings fast() {
        return ClientSettings.defaults().withRetries(3, Duration.ofMillis(100), Duration.ofMillis(400));
    }

    @Test
    void sendsTheRequestAndReadsTheAnswerAndUsage() throws Exception {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> {
            seen.set(req);
            return Reply.ok("[Cardiomegaly]", 120, 6);
        }, 2)) {
            LlmClient c = client(server, ApiKey.fromEnvironment("KEY", Map.of("KEY", "sk-test-123")), fast());
            ChatResult r = c.chat(HELLO);
            assertEquals(new ChatResult("[Cardiomegaly]", 120, 6, 1), r);
            assertEquals(new ObjectMapper().readTree("{\"model\":\"fake-model\",\"messages\":[{\"role\":\"system\",\"content\":\"sys\"},"
                    + "{\"role\":\"user\",\"content\":\"Report: clear lungs\"}],\"temperature\":0.0,\"seed\":7,\"max_tokens\":512}"), seen.get());
            assertEquals(List.of("Bearer sk-test-123"), server.authorizations());
            assertEquals(120, c.usage().promptTokens());
            assertEquals(6, c.usage().completionTokens());
            assertEquals(1, c.usage().requests());
        }
    }

    @Test
    void sendsNoAuthorizationWithoutAKey() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> Reply.ok("Normal", 1, 1), 2)) {
            client(server, ApiKey.none(), fast()).chat(HELLO);
            assertEquals(List.of(""), server.authorizations());
        }
    }

    @Test
    void retries429HonouringRetryAfter() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> n == 1
                ? Reply.status(429, "{\"error\": {\"message\": \"slow down\"}}").withHeader("Retry-After", "2")
                : Reply.ok("Normal", 10, 1), 2)) {
            ChatResult r = client(server, ApiKey.none(), fast()).chat(HELLO);
            assertEquals(2, r.attempts());
            assertEquals(List.of(Duration.ofSeconds(2)), sleeps);
            assertEquals(2, server.requests());
        }
    }

    @Test
    void retries500WithExponentialBackoffAndJitter() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> n <= 3
                ? Reply.status(500, "oops") : Reply.ok("Normal", 10, 1), 2)) {
            LlmClient c = client(server, ApiKey.none(), fast());
            ChatResult r = c.chat(HELLO);
            assertEquals(4, r.attempts());
            assertEquals(3, sleeps.size());
            // base 100 ms doubling, capped at 400 ms; each wait is between half and all of that
            long[][] bounds = {{50, 100}, {100, 200}, {200, 400}};
            for (int i = 0; i < 3; i++) {
                long ms = sleeps.get(i).toMillis();
                assertTrue(ms >= bounds[i][0] && ms <= bounds[i][1], "wait " + i + " was " + ms + " ms");
            }
            assertEquals(3, c.usage().retries());
        }
    }

    @Test
    void givesUpAfterTheLastRetryWithTheStatus() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> Reply.status(503, "{\"error\": \"overloaded\"}")
                .withHeader("Retry-After", "0"), 2)) {
            LlmException e = assertThrows(LlmException.class, () -> client(server, ApiKey.none(), fast()).chat(HELLO));
            assertEquals(LlmException.Kind.HTTP, e.kind());
            assertEquals(503, e.status());
            assertEquals(server.endpoint() + "/chat/completions: HTTP 503: overloaded (after 4 attempts)", e.getMessage());
            assertEquals(4, server.requests());
            assertEquals(List.of(Duration.ZERO, Duration.ZERO, Duration.ZERO), sleeps);
        }
    }

    @Test
    void otherClientErrorsFailAtOnce() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) ->
                Reply.status(404, "{\"error\": {\"message\": \"The model `x` does not exist.\"}}"), 2)) {
            LlmException e = assertThrows(LlmException.class, () -> client(server, ApiKey.none(), fast()).chat(HELLO));
            assertEquals(server.endpoint() + "/chat/completions: HTTP 404 (not found: check the URL, which usually ends in /v1, "
                    + "and the model name): The model `x` does not exist.", e.getMessage());
            assertEquals(1, server.requests());
            assertEquals(List.of(), sleeps);
        }
    }

    @Test
    void timesOutAndRetriesThenFails() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> {
            release.await(30, TimeUnit.SECONDS);
            return Reply.ok("late", 1, 1);
        }, 4)) {
            ClientSettings s = fast().withRetries(1, Duration.ofMillis(10), Duration.ofMillis(10)).withTimeout(Duration.ofMillis(300));
            LlmException e = assertThrows(LlmException.class, () -> client(server, ApiKey.none(), s).chat(HELLO));
            release.countDown();
            assertEquals(LlmException.Kind.TIMEOUT, e.kind());
            assertEquals(server.endpoint() + "/chat/completions: no answer within 300 ms (after 2 attempts)", e.getMessage());
            assertEquals(1, sleeps.size());
        }
    }

    @Test
    void malformedJsonAndAnEmptyChoiceListAreClearErrors() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> n == 1 ? Reply.raw("{\"choices\": [")
                : n == 2 ? Reply.raw("{\"choices\": [], \"usage\": {}}") : Reply.raw("{\"choices\": [{\"message\": {}}]}"), 2)) {
            LlmClient c = client(server, ApiKey.none(), fast());
            LlmException malformed = assertThrows(LlmException.class, () -> c.chat(HELLO));
            assertEquals(LlmException.Kind.MALFORMED, malformed.kind());
            assertTrue(malformed.getMessage().startsWith(server.endpoint() + ": the answer is not valid JSON ("), malformed.getMessage());
            LlmException empty = assertThrows(LlmException.class, () -> c.chat(HELLO));
            assertEquals(LlmException.Kind.NO_CHOICES, empty.kind());
            assertEquals(server.endpoint() + "/chat/completions: the answer has no choices", empty.getMessage());
            LlmException noContent = assertThrows(LlmException.class, () -> c.chat(HELLO));
            assertEquals(server.endpoint() + "/chat/completions: the first choice has no message content", noContent.getMessage());
            assertEquals(3, server.requests());
            assertEquals(0, c.usage().requests());
        }
    }

    @Test
    void aRefusedConnectionFailsAtOnce() throws Exception {
        Endpoint gone;
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> Reply.ok("x", 1, 1), 1)) {
            gone = server.endpoint();
        }
        LlmClient c = new LlmClient(gone, "m", ApiKey.none(), fast(), sleeps::add);
        LlmException e = assertThrows(LlmException.class, () -> c.chat(HELLO));
        assertEquals(LlmException.Kind.REFUSED, e.kind());
        assertEquals(gone + "/chat/completions: connection refused; is the server running and is the URL right?", e.getMessage());
        assertEquals(List.of(), sleeps);
    }

    @Test
    void neverHasMoreRequestsInFlightThanTheLimit() throws Exception {
        CyclicBarrier fourAtOnce = new CyclicBarrier(4);
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> {
            fourAtOnce.await(30, TimeUnit.SECONDS);
            return Reply.ok("Normal", 1, 1);
        }, 16)) {
            LlmClient c = client(server, ApiKey.none(), fast().withConcurrency(4));
            ExecutorService callers = Executors.newFixedThreadPool(12);
            try {
                List<Future<ChatResult>> results = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    results.add(callers.submit(() -> c.chat(HELLO)));
                }
                for (Future<ChatResult> f : results) {
                    assertEquals("Normal", f.get(60, TimeUnit.SECONDS).content());
                }
            } finally {
                callers.shutdownNow();
            }
            assertEquals(12, server.requests());
            assertEquals(4, server.maxInFlight());
        }
    }

    @Test
    void listsTheServersModels() throws Exception {
        try (FakeChatServer server = FakeChatServer.start((req, user, n) -> Reply.ok("x", 1, 1), 1)) {
            assertEquals(List.of("fake-model"), client(server, ApiKey.none(), fast()).models());
        }
    }

    @Test
    void endpointsEndInV1AndKnowWhetherTheyAreLocal() {
        assertEquals("http://localhost:8000/v1", Endpoint.parse("http://localhost:8000").url());
        assertEquals("http://localhost:8000/v1", Endpoint.parse("http://localhost:8000/v1/chat/completions").url());
        assertEquals("http://localhost:11434/v1", Endpoint.parse("http://localhost:11434/v1/").url());
        assertEquals("https://api.openai.com/v1", Endpoint.parse("https://api.openai.com/v1").url());
        assertTrue(Endpoint.parse("http://localhost:8000").loopback());
        assertTrue(Endpoint.parse("http://127.0.0.1:8080/v1").loopback());
        assertTrue(Endpoint.parse("http://127.1.2.3:8080/v1").loopback());
        assertTrue(Endpoint.parse("http://[::1]:8080/v1").loopback());
        assertFalse(Endpoint.parse("http://10.0.0.5:8000/v1").loopback());
        assertFalse(Endpoint.parse("https://api.openai.com/v1").loopback());
        assertFalse(Endpoint.parse("http://localhost.example.com/v1").loopback());
        assertEquals("put the API key in an environment variable or key file, not in the URL",
                assertThrows(IllegalArgumentException.class, () -> Endpoint.parse("https://user:sk@host/v1")).getMessage());
        assertEquals("endpoint must be an http or https URL: ftp://host/v1",
                assertThrows(IllegalArgumentException.class, () -> Endpoint.parse("ftp://host/v1")).getMessage());
    }

    @Test
    void keysComeFromTheEnvironmentOrAFileAndNeverShow(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("key.txt"), "sk-file-456\n");
        ApiKey fromFile = ApiKey.fromFile(file);
        assertEquals("sk-file-456", fromFile.secret().orElseThrow());
        assertEquals("ApiKey[key file " + file + "]", fromFile.toString());
        ApiKey fromEnv = ApiKey.fromEnvironment("OPENAI_API_KEY", Map.of("OPENAI_API_KEY", "sk-env"));
        assertEquals("ApiKey[environment variable OPENAI_API_KEY]", fromEnv.toString());
        assertEquals("the environment variable OPENAI_API_KEY holds no API key",
                assertThrows(IllegalArgumentException.class, () -> ApiKey.fromEnvironment("OPENAI_API_KEY", Map.of())).getMessage());
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");
        assertEquals(empty + ", line 1: the key file is empty",
                assertThrows(IllegalArgumentException.class, () -> ApiKey.fromFile(empty)).getMessage());
    }
}
