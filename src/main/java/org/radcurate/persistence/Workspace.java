package org.radcurate.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One workspace: a SQLite file holding a cohort's reports, labels, gold sets, runs and
 * evaluations. A read-write workspace holds an OS lock on a sidecar file so that a second
 * writer is refused with a clear message; read-only opens take no lock (WAL lets them read).
 */
public final class Workspace implements AutoCloseable {
    /** The schema version this build writes. */
    public static final int SCHEMA_VERSION = Migrations.LATEST;

    /*
     * Lock files this JVM holds. A second FileChannel on a locked file must never be opened:
     * closing it would release the first channel's OS lock (POSIX semantics) and let another
     * process open the workspace for writing.
     */
    private static final Set<Object> LOCKED_HERE = ConcurrentHashMap.newKeySet();

    /*
     * The byte of the database file a writer locks: far beyond any page SQLite writes and away
     * from the bytes SQLite itself locks (at 1 GiB), so it never blocks SQLite's own reads and writes.
     */
    static final long DB_LOCK_POSITION = 0x7FFF_FFFF_FFFF_0000L;

    private final Path file;
    private final Connection connection;
    private final FileChannel[] lockChannels;
    private final boolean readOnly;
    private final boolean created;
    private final Object lockKey;
    private final Jdbc jdbc;
    /** The workspace whose lock a lane shares; null for the one that holds it. */
    private final Workspace owner;
    private int transactionDepth;
    private boolean closed;
    /** Changes made by the transaction under way, announced once it has committed. */
    private final java.util.EnumSet<org.radcurate.domain.WorkspaceChange> uncommitted =
            java.util.EnumSet.noneOf(org.radcurate.domain.WorkspaceChange.class);
    /** Listeners of the workspace that holds the lock; lanes announce to their owner's. */
    private final java.util.List<java.util.function.Consumer<java.util.Set<org.radcurate.domain.WorkspaceChange>>>
            changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Workspace(Path file, Connection connection, FileChannel[] lockChannels, boolean readOnly,
            boolean created, Object lockKey, Workspace owner) {
        this.lockKey = lockKey;
        this.file = file;
        this.connection = connection;
        this.lockChannels = lockChannels;
        this.readOnly = readOnly;
        this.created = created;
        this.jdbc = new Jdbc(connection);
        this.owner = owner;
    }

    private Workspace(Path file, Connection connection, FileChannel[] lockChannels, boolean readOnly,
            boolean created, Object lockKey) {
        this(file, connection, lockChannels, readOnly, created, lockKey, null);
    }

    /**
     * A second connection to this workspace for one lane of background work (a training run, an
     * import), under this workspace's writer lock. Each connection sees only what others have
     * committed, so a screen reading through one never shows rows that a long job on another may
     * still roll back; SQLite serialises their writes. Close it before (or with) this workspace.
     */
    public Workspace openLane() {
        if (owner != null) {
            return owner.openLane();
        }
        if (readOnly || closed || lockChannels == null) {
            throw new WorkspaceException("Workspace " + file + " is closed or open read-only; no lane can be opened.");
        }
        try {
            // a lane holds no lock of its own: it is closed with (and before) the workspace that does
            return new Workspace(file, connect(file, false), null, false, false, null, this);
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot open workspace " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether this is a lane of another workspace (it holds no lock of its own). */
    public boolean isLane() {
        return owner != null;
    }

    /**
     * Opens (creating if missing) a workspace for reading and writing, migrating an older one.
     * The writer's lock belongs to the file, not to the name it was opened by: the path is
     * resolved to the real file (symbolic links, relative paths), a file with a second hard link
     * is refused, and besides the {@code .lock} sidecar an OS lock is held on a byte range of the
     * database file itself, so a deleted or replaced sidecar lets no second writer in (ADR 0007).
     */
    public static Workspace open(Path file) {
        Path shown = file.toAbsolutePath();
        WorkspaceFiles.Target target = WorkspaceFiles.resolveForWriting(shown);
        Path real = target.real();
        Object key = WorkspaceFiles.identity(real);
        if (!LOCKED_HERE.add(key)) {
            target.discardIfCreated();
            throw inUse(shown);
        }
        FileChannel channel = null;
        FileChannel dbChannel = null;
        Connection c = null;
        boolean locked = false;
        try {
            WorkspaceFiles.refuseHardLinks(shown, real);
            channel = FileChannel.open(lockFile(real), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            dbChannel = FileChannel.open(real, StandardOpenOption.WRITE);
            if (tryLock(channel, 0, Long.MAX_VALUE) == null || tryLock(dbChannel, DB_LOCK_POSITION, 1) == null) {
                throw inUse(shown);
            }
            locked = true;
            c = connect(real, false);
            checkVersion(shown, c);
            Migrations.apply(c, Migrations.LATEST);
            Workspace ws = new Workspace(real, c, new FileChannel[] {channel, dbChannel}, false, target.created(), key);
            // sources a killed job was still writing (hidden, never shown) are deleted
            ws.sources().discardLeftovers();
            return ws;
        } catch (IOException | SQLException e) {
            closeQuietly(c, channel, dbChannel);
            target.discardIfCreated();
            LOCKED_HERE.remove(key);
            throw new WorkspaceException("Cannot open workspace " + shown + ": " + WorkspaceFiles.plain(e), e);
        } catch (RuntimeException e) {
            closeQuietly(c, channel, dbChannel);
            if (locked || !(e instanceof WorkspaceInUseException)) {
                target.discardIfCreated();
            }
            LOCKED_HERE.remove(key);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel, long position, long size) throws IOException {
        try {
            return channel.tryLock(position, size, false);
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static WorkspaceInUseException inUse(Path abs) {
        return new WorkspaceInUseException("Workspace " + abs + " is open in another RadCurate window or "
                + "process. Close it there first, or open it read-only (File > Open Read-Only in the window; "
                + "on the command line, the commands that only read need nothing, and eval, schema and llm consent "
                + "--list take --read-only).", abs);
    }

    /** Opens an existing, current workspace for reading only; works while another process writes. */
    public static Workspace openReadOnly(Path file) {
        Path abs = file.toAbsolutePath();
        if (!Files.isRegularFile(abs)) {
            throw new WorkspaceException(Files.isDirectory(abs) ? "No workspace at " + abs + ": it is a folder"
                    : "No workspace at " + abs);
        }
        WorkspaceFiles.refuseSidecarName(abs);
        Connection c = null;
        try {
            // by its real name, so that the -wal the writer keeps beside the real file is read
            Path real = abs.toRealPath();
            c = connect(real, true);
            int version = checkVersion(abs, c);
            if (version < Migrations.LATEST) {
                throw new WorkspaceException("Workspace " + abs + " is at schema version " + version
                        + " and must be upgraded: open it once for writing.");
            }
            return new Workspace(real, c, new FileChannel[0], true, false, null);
        } catch (IOException | SQLException e) {
            closeQuietly(c);
            throw new WorkspaceException("Cannot open workspace " + abs + ": " + WorkspaceFiles.plain(e), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    static Path lockFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // lanes share the file: a writer waits for another lane's short commit instead of failing
        config.setBusyTimeout(30_000);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // WAL with synchronous=FULL: a committed edit survives a crash or a kill -9.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            // BEGIN IMMEDIATE: a transaction takes the write lock when it starts, waiting (busy timeout)
            // for another lane's commit. A deferred one that read first would fail at once with
            // "database is locked" (SQLITE_BUSY_SNAPSHOT) when another lane committed after its read.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw notAWorkspace(e);
        }
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT count(*) FROM sqlite_master").close();
        } catch (SQLException e) {
            c.close();
            throw notAWorkspace(e);
        }
        return c;
    }

    private static SQLException notAWorkspace(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("NOTADB") || m.contains("not a database")
                ? new SQLException("not a RadCurate workspace (not a SQLite database)", e) : e;
    }

    private static int checkVersion(Path file, Connection c) throws SQLException {
        int version = Migrations.currentVersion(c);
        if (version < 0) {
            throw new WorkspaceException(file + " is a SQLite database but not a RadCurate workspace.");
        }
        if (version > Migrations.LATEST) {
            throw new WorkspaceException("Workspace " + file + " was written by a newer RadCurate (schema version "
                    + version + "; this version reads up to " + Migrations.LATEST + "). Update RadCurate to open it.");
        }
        return version;
    }

    /** The workspace's real file (symbolic links and relative parts resolved). */
    public Path file() {
        return file;
    }

    /** True when this open created the file. */
    public boolean created() {
        return created;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** SQLite's own check of the file: "ok", or what is damaged. */
    public String integrityCheck() {
        return String.join("; ", jdbc.list("PRAGMA integrity_check", rs -> rs.getString(1)));
    }

    public int schemaVersion() {
        try {
            return Migrations.currentVersion(connection);
        } catch (SQLException e) {
            throw Jdbc.failure("schema_version", e);
        }
    }

    /**
     * Runs work in one transaction: all of it is committed, or none of it (any exception rolls
     * back). Nested calls join the outer transaction.
     */
    public synchronized <T> T transaction(Supplier<T> work) {
        if (readOnly) {
            throw new WorkspaceException("Workspace " + file + " is open read-only.");
        }
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.get();
            } finally {
                transactionDepth--;
            }
        }
        try {
            connection.setAutoCommit(false);
            transactionDepth = 1;
            T result = work.get();
            connection.commit();
            announce();
            return result;
        } catch (SQLException e) {
            uncommitted.clear();
            rollback();
            throw new WorkspaceException("Could not commit to workspace " + file + ": " + WorkspaceFiles.plain(e), e);
        } catch (RuntimeException | Error e) {
            uncommitted.clear();
            rollback();
            throw e;
        } finally {
            transactionDepth = 0;
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable; the next call reports it
            }
        }
    }

    /**
     * Listens for committed changes of this workspace and of all its lanes. The listener is called on
     * the thread that committed, right after the commit; it must not block (a screen hands the news to
     * its UI thread).
     */
    public void addChangeListener(java.util.function.Consumer<java.util.Set<org.radcurate.domain.WorkspaceChange>>
            listener) {
        (owner != null ? owner : this).changeListeners.add(listener);
    }

    /** A repository wrote something screens list; announced when it is committed (at once outside a transaction). */
    synchronized void changed(org.radcurate.domain.WorkspaceChange change) {
        uncommitted.add(change);
        if (transactionDepth == 0) {
            announce();
        }
    }

    private void announce() {
        if (uncommitted.isEmpty()) {
            return;
        }
        java.util.Set<org.radcurate.domain.WorkspaceChange> done = java.util.Set.copyOf(uncommitted);
        uncommitted.clear();
        (owner != null ? owner : this).changeListeners.forEach(l -> l.accept(done));
    }

    public void transaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // nothing more can be done; the original failure is what the user needs to see
        }
    }

    Jdbc jdbc() {
        return jdbc;
    }

    Connection connection() {
        return connection;
    }

    public ReportRepository reports() {
        return new ReportRepository(this);
    }

    public SourceRepository sources() {
        return new SourceRepository(this);
    }

    public LabelRepository labels() {
        return new LabelRepository(this);
    }

    public GoldSetRepository goldSets() {
        return new GoldSetRepository(this);
    }

    public AuditRepository audit() {
        return new AuditRepository(this);
    }

    public AnnotationRepository annotations() {
        return new AnnotationRepository(this);
    }

    public RunRepository runs() {
        return new RunRepository(this);
    }

    public EvaluationRepository evaluations() {
        return new EvaluationRepository(this);
    }

    public LlmRepository llm() {
        return new LlmRepository(this);
    }

    public AnnotationEventRepository annotationEvents() {
        return new AnnotationEventRepository(this);
    }

    public InfoRepository info() {
        return new InfoRepository(this);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // SQLite first: closing a channel on the database file releases every lock this process
        // holds on it (POSIX), SQLite's included. The sidecar stays while others may wait on it.
        closeQuietly(connection, lockChannels);
        if (lockKey != null) {
            LOCKED_HERE.remove(lockKey);
        }
    }

    /**
     * Closes, and when this open created the workspace and nothing was stored in it since
     * (no row in any table but the schema version), removes the file and its sidecars: a failed
     * first import leaves nothing behind.
     */
    public synchronized void closeDiscardingIfUnused() {
        boolean unused = !readOnly && !closed && created && storedRows() == 0;
        if (!unused) {
            close();
            return;
        }
        closed = true;
        closeQuietly(connection);
        WorkspaceFiles.deleteWithSidecars(file);
        closeQuietly(null, lockChannels);
        LOCKED_HERE.remove(lockKey);
    }

    private long storedRows() {
        List<String> tables = jdbc.list("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_version'"
                + " AND name NOT LIKE 'sqlite_%'", rs -> rs.getString(1));
        long rows = 0;
        for (String t : tables) {
            rows += jdbc.count("SELECT count(*) FROM \"" + t.replace("\"", "\"\"") + "\"");
        }
        return rows;
    }

    private static void closeQuietly(Connection c, FileChannel... channels) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // closing
        }
        for (FileChannel channel : channels == null ? new FileChannel[0] : channels) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
