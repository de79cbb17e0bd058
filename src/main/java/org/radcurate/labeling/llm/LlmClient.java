package org.radcurate.labeling.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A client for an OpenAI-compatible server's {@code /v1/chat/completions} and {@code /v1/models}
 * on java.net.http. Thread-safe: callers on many threads share one client, and a semaphore keeps at
 * most {@link ClientSettings#concurrency()} requests in flight. 429, 5xx and timeouts are retried with
 * exponential backoff and jitter, honouring Retry-After; a refused connection, another 4xx, malformed
 * JSON or an empty choice list fails at once with an {@link LlmException}. Messages name the endpoint
 * and status, never the key or the report.
 */
public final class LlmClient {
    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);

    private final Endpoint endpoint;
    private final String model;
    private final ApiKey key;
    private final ClientSettings settings;
    private final Sleeper sleeper;
    private final HttpClient http;
    private final Semaphore inFlight;
    private final TokenUsage usage = new TokenUsage();

    public LlmClient(Endpoint endpoint, String model, ApiKey key, ClientSettings settings) {
        this(endpoint, model, key, settings, d -> Thread.sleep(d.toMillis()));
    }

    public LlmClient(Endpoint endpoint, String model, ApiKey key, ClientSettings settings, Sleeper sleeper) {
        this.endpoint = endpoint;
        this.model = model == null ? "" : model;
        this.key = key;
        this.settings = settings;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout()).build();
        this.inFlight = new Semaphore(settings.concurrency(), true);
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public String model() {
        return model;
    }

    public ClientSettings settings() {
        return settings;
    }

    /** Tokens and requests of every call so far. */
    public TokenUsage usage() {
        return usage;
    }

    /** The request body for a chat: what a dry run shows (it holds no key). */
    public String requestBody(List<ChatMessage> messages) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        ArrayNode list = body.putArray("messages");
        for (ChatMessage m : messages) {
            list.addObject().put("role", m.role()).put("content", m.content());
        }
        body.put("temperature", settings.temperature());
        if (settings.seed() != null) {
            body.put("seed", settings.seed());
        }
        body.put("max_tokens", settings.maxTokens());
        return body.toString();
    }

    /** Asks for one completion, retrying as the settings say. */
    public ChatResult chat(List<ChatMessage> messages) throws InterruptedException {
        HttpRequest request = request("chat/completions")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(requestBody(messages))).build();
        Response r = send(request);
        ChatResult result = readChat(r.body(), r.attempts());
        usage.add(result);
        return result;
    }

    /** The ids of the models the server offers ({@code /v1/models}). */
    public List<String> models() throws InterruptedException {
        Response r = send(request("models").GET().build());
        JsonNode root = parse(r.body());
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            throw new LlmException(LlmException.Kind.MALFORMED, 200, endpoint + "/models: the answer has no 'data' list");
        }
        List<String> out = new ArrayList<>();
        data.forEach(m -> {
            if (m.path("id").isTextual()) {
                out.add(m.path("id").asText());
            }
        });
        return out;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.resolve(path)).timeout(settings.timeout())
                .header("Accept", "application/json");
        key.secret().ifPresent(k -> b.header("Authorization", "Bearer " + k));
        return b;
    }

    private record Response(String body, int attempts) {}

    private Response send(HttpRequest request) throws InterruptedException {
        int attempt = 0;
        while (true) {
            attempt++;
            Duration wait;
            LlmException failure = null;
            HttpResponse<String> response;
            inFlight.acquire();
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                response = null;
                failure = new LlmException(LlmException.Kind.TIMEOUT, 0, request.uri() + ": no answer within "
                        + readable(settings.timeout()) + " (after " + attempt + " attempts)");
            } catch (ConnectException e) {
                throw new LlmException(LlmException.Kind.REFUSED, 0, request.uri()
                        + ": connection refused; is the server running and is the URL right?");
            } catch (IOException e) {
                response = null;
                failure = new LlmException(LlmException.Kind.IO, 0, request.uri() + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (after " + attempt + " attempts)");
            } finally {
                inFlight.release();
            }
            if (response != null) {
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return new Response(response.body(), attempt);
                }
                failure = new LlmException(LlmException.Kind.HTTP, status, request.uri() + ": HTTP " + status
                        + describe(status) + serverMessage(response.body()) + (retryable(status) ? " (after " + attempt + " attempts)" : ""));
                if (!retryable(status)) {
                    throw failure;
                }
                wait = retryAfter(response).orElse(backoff(attempt));
            } else {
                wait = backoff(attempt);
            }
            if (attempt > settings.maxRetries()) {
                throw failure;
            }
            sleeper.sleep(wait);
        }
    }

    private static String readable(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static boolean retryable(int status) {
        return status == 429 || status == 408 || status / 100 == 5;
    }

    private static String describe(int status) {
        return switch (status) {
            case 401 -> " (unauthorized: check the API key)";
            case 403 -> " (forbidden: the key may not use this model)";
            case 404 -> " (not found: check the URL, which usually ends in /v1, and the model name)";
            case 429 -> " (rate limited)";
            default -> "";
        };
    }

    /** The server's own error message, when it sends the usual {"error": {"message": ...}}; short. */
    private static String serverMessage(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            JsonNode m = n.path("error").isTextual() ? n.path("error") : n.path("error").path("message");
            if (m.isTextual() && !m.asText().isBlank()) {
                String s = m.asText().strip();
                return ": " + (s.length() > 200 ? s.substring(0, 200) + "..." : s);
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: say nothing more
        }
        return "";
    }

    /** Exponential backoff with jitter: half the capped delay plus up to as much again. */
    Duration backoff(int attempt) {
        long base = settings.backoff().toMillis();
        long capped = Math.min(settings.maxBackoff().toMillis(), base * (1L << Math.min(attempt - 1, 20)));
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
    }

    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String v = header.get().strip();
        Duration d;
        try {
            d = Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
        } catch (NumberFormatException e) {
            try {
                d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (RuntimeException e2) {
                return Optional.empty();
            }
        }
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        return Optional.of(d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
    }

    private ChatResult readChat(String body, int attempts) {
        JsonNode root = parse(body);
        JsonNode choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            throw new LlmException(LlmException.Kind.NO_CHOICES, 200, endpoint + "/chat/completions: the answer has no choices");
        }
        JsonNode message = choices.get(0).path("message");
        JsonNode content = message.path("content");
        if (!content.isTextual()) {
            content = choices.get(0).path("text");
        }
        if (!content.isTextual()) {
            throw new LlmException(LlmException.Kind.MALFORMED, 200,
                    endpoint + "/chat/completions: the first choice has no message content");
        }
        JsonNode u = root.path("usage");
        return new ChatResult(content.asText(), u.path("prompt_tokens").asLong(0), u.path("completion_tokens").asLong(0),
                attempts);
    }

    private JsonNode parse(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null || !n.isObject()) {
                throw new LlmException(LlmException.Kind.MALFORMED, 200, endpoint + ": the answer is not a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new LlmException(LlmException.Kind.MALFORMED, 200, endpoint + ": the answer is not valid JSON ("
                    + e.getOriginalMessage() + ")");
        }
    }
}
