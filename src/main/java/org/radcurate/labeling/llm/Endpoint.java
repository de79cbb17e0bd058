package org.radcurate.labeling.llm;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * An OpenAI-compatible server's base URL, ending in {@code /v1} ({@code http://localhost:8000}
 * becomes {@code http://localhost:8000/v1}; a pasted {@code .../chat/completions} is trimmed).
 * {@link #loopback()} tells whether report text stays on this machine.
 */
public record Endpoint(URI base) {
    public Endpoint {
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("endpoint must be an http or https URL: " + base);
        }
        if (base.getHost() == null || base.getHost().isBlank()) {
            throw new IllegalArgumentException("endpoint has no host: " + base);
        }
        if (base.getUserInfo() != null) {
            throw new IllegalArgumentException("put the API key in an environment variable or key file, not in the URL");
        }
    }

    public static Endpoint parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no endpoint URL given");
        }
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        for (String tail : new String[] {"/chat/completions", "/completions", "/models"}) {
            if (u.endsWith(tail)) {
                u = u.substring(0, u.length() - tail.length());
            }
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.isEmpty()) {
            uri = URI.create(u + "/v1");
        }
        return new Endpoint(uri);
    }

    /** The base URL as text, without a trailing slash: the key under which consent and cache are kept. */
    public String url() {
        return base.toString();
    }

    public URI resolve(String path) {
        return URI.create(url() + "/" + path);
    }

    /**
     * Whether the host is this machine (localhost, 127.0.0.0/8, ::1), judged from the URL alone
     * without a DNS lookup of any other name.
     */
    public boolean loopback() {
        String host = base.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+") && !host.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return url();
    }
}
