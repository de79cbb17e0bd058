package org.radcurate.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radcurate.domain.LlmAnswerRecord;
import org.radcurate.domain.LlmCacheKey;
import org.radcurate.domain.LlmCachedAnswer;
import org.radcurate.domain.LlmConsent;
import org.radcurate.domain.LlmSourceInfo;

/** The LLM teachers' cache, sources, raw answers and consent. */
public final class LlmRepository {
    private static final String PUT_CACHE = """
            INSERT INTO llm_cache (endpoint, model, template_version, text_hash, answer, prompt_tokens, completion_tokens, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (endpoint, model, template_version, text_hash) DO UPDATE
            SET answer = excluded.answer, prompt_tokens = excluded.prompt_tokens,
                completion_tokens = excluded.completion_tokens, created_at = excluded.created_at
            """;
    private static final String PUT_ANSWER = """
            INSERT INTO llm_answers (source_id, rid, answer, failure, flags)
            VALUES (?, (SELECT rid FROM reports WHERE ext_id = ?), ?, ?, ?)
            ON CONFLICT (source_id, rid) DO UPDATE
            SET answer = excluded.answer, failure = excluded.failure, flags = excluded.flags
            """;

    private final Workspace ws;

    LlmRepository(Workspace ws) {
        this.ws = ws;
    }

    public Optional<LlmCachedAnswer> cached(LlmCacheKey key) {
        return ws.jdbc().one("""
                SELECT answer, prompt_tokens, completion_tokens FROM llm_cache
                WHERE endpoint = ? AND model = ? AND template_version = ? AND text_hash = ?
                """, rs -> new LlmCachedAnswer(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                key.endpoint(), key.model(), key.templateVersion(), key.textHash());
    }

    /** Text hashes with a cached answer for one endpoint, model and prompt version, with their answers. */
    public Map<String, LlmCachedAnswer> cachedFor(String endpoint, String model, String templateVersion) {
        Map<String, LlmCachedAnswer> out = new HashMap<>();
        ws.jdbc().each("""
                SELECT text_hash, answer, prompt_tokens, completion_tokens FROM llm_cache
                WHERE endpoint = ? AND model = ? AND template_version = ?
                """, rs -> out.put(rs.getString(1), new LlmCachedAnswer(rs.getString(2), rs.getLong(3), rs.getLong(4))),
                endpoint, model, templateVersion);
        return out;
    }

    /** The cached answers among these text hashes for one endpoint, model and prompt version. */
    public Map<String, LlmCachedAnswer> cachedAmong(String endpoint, String model, String templateVersion,
            List<String> textHashes) {
        Map<String, LlmCachedAnswer> out = new HashMap<>();
        for (int from = 0; from < textHashes.size(); from += 500) {
            List<String> part = textHashes.subList(from, Math.min(textHashes.size(), from + 500));
            Object[] params = new Object[part.size() + 3];
            params[0] = endpoint;
            params[1] = model;
            params[2] = templateVersion;
            for (int i = 0; i < part.size(); i++) {
                params[i + 3] = part.get(i);
            }
            ws.jdbc().each("SELECT text_hash, answer, prompt_tokens, completion_tokens FROM llm_cache "
                    + "WHERE endpoint = ? AND model = ? AND template_version = ? AND text_hash IN ("
                    + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ")",
                    rs -> out.put(rs.getString(1), new LlmCachedAnswer(rs.getString(2), rs.getLong(3), rs.getLong(4))), params);
        }
        return out;
    }

    public void putCached(LlmCacheKey key, LlmCachedAnswer answer) {
        putCachedAll(List.of(Map.entry(key, answer)));
    }

    /** Stores cache entries with one prepared statement. */
    public void putCachedAll(List<Map.Entry<LlmCacheKey, LlmCachedAnswer>> entries) {
        String now = Instant.now().toString();
        try (PreparedStatement ps = ws.connection().prepareStatement(PUT_CACHE)) {
            for (Map.Entry<LlmCacheKey, LlmCachedAnswer> e : entries) {
                LlmCacheKey k = e.getKey();
                LlmCachedAnswer a = e.getValue();
                Jdbc.bind(ps, k.endpoint(), k.model(), k.templateVersion(), k.textHash(), a.answer(), a.promptTokens(),
                        a.completionTokens(), now);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw Jdbc.failure(PUT_CACHE, e);
        }
    }

    public long cacheSize() {
        return ws.jdbc().count("SELECT count(*) FROM llm_cache");
    }

    public void putSource(LlmSourceInfo info) {
        ws.jdbc().update("""
                INSERT INTO llm_sources (source_id, endpoint, model, task, template_version, template, settings, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_id) DO UPDATE SET endpoint = excluded.endpoint, model = excluded.model,
                    task = excluded.task, template_version = excluded.template_version, template = excluded.template,
                    settings = excluded.settings, updated_at = excluded.updated_at
                """, info.sourceId(), info.endpoint(), info.model(), info.task(), info.templateVersion(), info.template(),
                info.settings(), info.updatedAt().toString());
    }

    public Optional<LlmSourceInfo> source(long sourceId) {
        return ws.jdbc().one("""
                SELECT source_id, endpoint, model, task, template_version, template, settings, updated_at
                FROM llm_sources WHERE source_id = ?
                """, rs -> new LlmSourceInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), Instant.parse(rs.getString(8))), sourceId);
    }

    /** Stores raw answers in one prepared statement; every report must exist. */
    public void putAnswers(long sourceId, List<LlmAnswerRecord> answers) {
        try (PreparedStatement ps = ws.connection().prepareStatement(PUT_ANSWER)) {
            for (LlmAnswerRecord a : answers) {
                Jdbc.bind(ps, sourceId, a.reportId(), a.answer(), a.failure(), a.flags());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw Jdbc.failure(PUT_ANSWER, e);
        }
    }

    public Optional<LlmAnswerRecord> answer(long sourceId, String reportId) {
        return ws.jdbc().one("""
                SELECT r.ext_id, a.answer, a.failure, a.flags FROM llm_answers a JOIN reports r ON r.rid = a.rid
                WHERE a.source_id = ? AND r.ext_id = ?
                """, rs -> new LlmAnswerRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                sourceId, reportId);
    }

    /** The answers that could not be read, by report in import order. */
    public Map<String, LlmAnswerRecord> failures(long sourceId) {
        Map<String, LlmAnswerRecord> out = new LinkedHashMap<>();
        ws.jdbc().each("""
                SELECT r.ext_id, a.answer, a.failure, a.flags FROM llm_answers a JOIN reports r ON r.rid = a.rid
                WHERE a.source_id = ? AND a.failure <> '' ORDER BY a.rid
                """, rs -> out.put(rs.getString(1), new LlmAnswerRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4))), sourceId);
        return out;
    }

    public long answerCount(long sourceId) {
        return ws.jdbc().count("SELECT count(*) FROM llm_answers WHERE source_id = ?", sourceId);
    }

    public Optional<LlmConsent> consent(String endpoint) {
        return ws.jdbc().one("SELECT endpoint, granted_by, granted_at FROM llm_consent WHERE endpoint = ?",
                rs -> new LlmConsent(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))), endpoint);
    }

    public List<LlmConsent> consents() {
        return ws.jdbc().list("SELECT endpoint, granted_by, granted_at FROM llm_consent ORDER BY endpoint",
                rs -> new LlmConsent(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))));
    }

    public void grant(LlmConsent consent) {
        ws.jdbc().update("""
                INSERT INTO llm_consent (endpoint, granted_by, granted_at) VALUES (?, ?, ?)
                ON CONFLICT (endpoint) DO UPDATE SET granted_by = excluded.granted_by, granted_at = excluded.granted_at
                """, consent.endpoint(), consent.grantedBy(), consent.grantedAt().toString());
    }

    /** Removes the consent; true when there was one. */
    public boolean withdraw(String endpoint) {
        return ws.jdbc().update("DELETE FROM llm_consent WHERE endpoint = ?", endpoint) > 0;
    }
}
