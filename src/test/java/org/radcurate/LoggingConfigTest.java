package org.radcurate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radcurate.service.AppPaths;
import org.slf4j.LoggerFactory;

/**
 * The logging set-up as the app runs it (LogConfiguration, found by logback as a service): one rolling file
 * where AppPaths says, nothing on the terminal; a configuration file of one's own when asked for.
 */
class LoggingConfigTest {
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @Test
    void theOnlyAppenderIsTheRollingFileInTheDataHome() {
        List<Appender<?>> appenders = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(appenders::add);
        assertEquals(1, appenders.size());
        RollingFileAppender<?> file = (RollingFileAppender<?>) appenders.get(0);
        assertEquals(AppPaths.logFile(), Path.of(file.getFile()));
        SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
        assertEquals(AppPaths.logDirectory().resolve("radcurate.%d{yyyy-MM-dd}.%i.log.gz").toString(),
                policy.getFileNamePattern());
        assertEquals(14, policy.getMaxHistory());
    }

    @Test
    void theRollingPolicyTriggersTheRolloverAndLinesKeepTheirFormat() {
        RollingFileAppender<?> file = (RollingFileAppender<?>) root.getAppender("FILE");
        SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
        assertSame(policy, file.getTriggeringPolicy());
        assertEquals("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n",
                ((PatternLayoutEncoder) file.getEncoder()).getPattern());
        assertTrue(file.isStarted());
    }

    @Test
    void logbacksOwnStatusLinesGoNowhere() {
        assertEquals(List.of(NopStatusListener.class), context.getStatusManager().getCopyOfStatusListenerList()
                .stream().map(Object::getClass).toList());
    }

    @Test
    void aConfigurationFileOfOnesOwnIsLeftToLogback() {
        LoggerContext fresh = new LoggerContext();
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "mine.xml");
        try {
            assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, new LogConfiguration().configure(fresh));
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
        assertFalse(fresh.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext());
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, new LogConfiguration().configure(fresh));
        fresh.stop();
    }

    @Test
    void librariesLogOnlyWarningsAndRadCurateInfo() {
        assertEquals(Level.WARN, root.getLevel());
        assertEquals(Level.INFO, context.getLogger("org.radcurate").getLevel());
        assertEquals(Level.WARN, context.getLogger("ai.djl.pytorch.engine.PtEngine").getEffectiveLevel());
    }
}
