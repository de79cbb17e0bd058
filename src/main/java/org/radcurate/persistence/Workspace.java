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
    private static final Set<Path> LOCKED_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Connection connection;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean readOnly;
    private final Jdbc jdbc;
    private int transactionDepth;

    private Workspace(Path file, Connection connection, FileChannel lockChannel, FileLock lock, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.readOnly = readOnly;
        this.jdbc = new Jdbc(connection);
    }

    /** Opens (creating if missing) a workspace for reading and writing, migrating an older one. */
    public static Workspace open(Path file) {
        Path abs = file.toAbsolutePath();
        FileChannel channel = null;
        FileLock lock = null;
        Connection c = null;
        Path lockFile = lockFile(abs).normalize();
        if (!LOCKED_HERE.add(lockFile)) {
            throw inUse(abs);
        }
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw inUse(abs);
            }
            c = connect(abs, false);
            checkVersion(abs, c);
            Migrations.apply(c, Migrations.LATEST);
            return new Workspace(abs, c, channel, lock, false);
        } catch (IOException | SQLException e) {
            closeQuietly(c, channel);
            LOCKED_HERE.remove(lockFile);
            throw new WorkspaceException("Cannot open workspace " + abs + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c, channel);
            LOCKED_HERE.remove(lockFile);
            throw e;
        }
    }

    private static WorkspaceInUseException inUse(Path abs) {
        return new WorkspaceInUseException("Workspace " + abs + " is open in another RadCurate window or "
                + "process. Close it there first, or open it read-only.");
    }

    /** Opens an existing, current workspace for reading only; works while another process writes. */
    public static Workspace openReadOnly(Path file) {
        Path abs = file.toAbsolutePath();
        if (!Files.isRegularFile(abs)) {
            throw new WorkspaceException("No workspace at " + abs);
        }
        Connection c = null;
        try {
            c = connect(abs, true);
            int version = checkVersion(abs, c);
            if (version < Migrations.LATEST) {
                throw new WorkspaceException("Workspace " + abs + " is at schema version " + version
                        + " and must be upgraded: open it once for writing.");
            }
            return new Workspace(abs, c, null, null, true);
        } catch (SQLException e) {
            closeQuietly(c, null);
            throw new WorkspaceException("Cannot open workspace " + abs + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c, null);
            throw e;
        }
    }

    static Path lockFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // WAL with synchronous=FULL: a committed edit survives a crash or a kill -9.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
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

    public Path file() {
        return file;
    }

    public boolean readOnly() {
        return readOnly;
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
            return result;
        } catch (SQLException e) {
            rollback();
            throw new WorkspaceException("Could not commit to workspace " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
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

    public InfoRepository info() {
        return new InfoRepository(this);
    }

    @Override
    public synchronized void close() {
        // The lock file stays: deleting it could let two processes lock different inodes.
        closeQuietly(connection, lockChannel);
        if (lockChannel != null) {
            LOCKED_HERE.remove(lockFile(file).normalize());
        }
    }

    private static void closeQuietly(Connection c, FileChannel channel) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // closing
        }
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing
        }
    }
}
