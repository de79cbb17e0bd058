package org.radcurate.service.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.radcurate.labeling.llm.Endpoint;

/**
 * A stand-in OpenAI-compatible server on 127.0.0.1 (never another interface) for tests and the
 * {@code bench llm} benchmark: {@code /v1/chat/completions} answers through a {@link Responder},
 * {@code /v1/models} lists one model. It counts requests and the most ever in flight, and keeps the
 * Authorization headers it saw so tests can check the key travels only there.
 */
public final class FakeChatServer implements AutoCloseable {
    static {
        // TCP_NODELAY on the JDK server's sockets (read once, when its first server starts). Without it
        // Nagle's algorithm and delayed ACKs added about 40 ms to every reply on loopback, which capped a
        // 64-in-flight run at 79% of the ideal; servers such as vLLM's set it too.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    public static final String MODEL = "fake-model";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to answer to one request. */
    public record Reply(int status, Map<String, String> headers, String body) {
        /** A normal answer whose first choice says {@code content}. */
        public static Reply ok(String content, long promptTokens, long completionTokens) {
            ObjectNode root = JSON.createObjectNode();
            root.put("id", "chatcmpl-fake").put("object", "chat.completion").put("model", MODEL);
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", content);
            root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                    .put("total_tokens", promptTokens + completionTokens);
            return new Reply(200, Map.of("Content-Type", "application/json"), root.toString());
        }

        public static Reply status(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body);
        }

        public static Reply raw(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), body);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body);
        }
    }

    /** Answers a chat request; {@code n} counts requests from 1. May block (tests hold it on a latch). */
    @FunctionalInterface
    public interface Responder {
        Reply reply(JsonNode request, String userMessage, int n) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final Responder responder;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    private final long latencyMs;
    private final ScheduledExecutorService delayed;

    private FakeChatServer(Responder responder, int threads, long latencyMs) throws IOException {
        this.responder = responder;
        this.latencyMs = latencyMs;
        this.delayed = latencyMs > 0 ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fake-chat-latency");
            t.setDaemon(true);
            return t;
        }) : null;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fake-chat-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/v1/chat/completions", this::chat);
        server.createContext("/v1/models", this::models);
        server.start();
    }

    /** Starts on a free loopback port with {@code threads} handler threads. */
    public static FakeChatServer start(Responder responder, int threads) throws IOException {
        return new FakeChatServer(responder, threads, 0);
    }

    /**
     * Starts a server that answers every chat request {@code latencyMs} after it arrived, like a model
     * that takes that long. The wait is a timer, not a sleeping thread, so many requests can wait at
     * once on few threads (the request counts as in flight while it waits).
     */
    public static FakeChatServer withLatency(Responder responder, long latencyMs) throws IOException {
        return new FakeChatServer(responder, 4, latencyMs);
    }

    public Endpoint endpoint() {
        return Endpoint.parse("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    public int requests() {
        return requests.get();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    public List<String> authorizations() {
        synchronized (authorizations) {
            return List.copyOf(authorizations);
        }
    }

    /*
     * A request counts as in flight from its arrival until its answer is ready, and stops counting
     * before the answer is written, so the client (which counts until it has read the answer) never
     * sees fewer in flight than the server does.
     */
    private void chat(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        Reply reply;
        try {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "" : auth);
            JsonNode request;
            try (InputStream in = ex.getRequestBody()) {
                request = JSON.readTree(in.readAllBytes());
            }
            String user = "";
            for (JsonNode m : request.path("messages")) {
                if (m.path("role").asText().equals("user")) {
                    user = m.path("content").asText();
                }
            }
            try {
                reply = responder.reply(request, user, requests.incrementAndGet());
            } catch (Exception e) {
                reply = Reply.status(500, "{\"error\": {\"message\": \"fake server: " + e.getClass().getSimpleName() + "\"}}");
            }
        } catch (IOException | RuntimeException e) {
            inFlight.decrementAndGet();
            throw e;
        }
        if (delayed == null) {
            inFlight.decrementAndGet();
            send(ex, reply);
            return;
        }
        Reply answer = reply;
        delayed.schedule(() -> {
            inFlight.decrementAndGet();
            try {
                send(ex, answer);
            } catch (IOException e) {
                ex.close();
            }
        }, latencyMs, TimeUnit.MILLISECONDS);
    }

    private void models(HttpExchange ex) throws IOException {
        send(ex, Reply.raw("{\"object\": \"list\", \"data\": [{\"id\": \"" + MODEL + "\", \"object\": \"model\"}]}"));
    }

    private static void send(HttpExchange ex, Reply reply) throws IOException {
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        if (delayed != null) {
            delayed.shutdownNow();
        }
    }
}
