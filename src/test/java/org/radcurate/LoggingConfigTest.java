package org.radcurate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radcurate.service.AppPaths;
import org.slf4j.LoggerFactory;

/** logback.xml as the app runs it: one rolling file where AppPaths says, nothing on the terminal. */
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
    void librariesLogOnlyWarningsAndRadCurateInfo() {
        assertEquals(Level.WARN, root.getLevel());
        assertEquals(Level.INFO, context.getLogger("org.radcurate").getLevel());
        assertEquals(Level.WARN, context.getLogger("ai.djl.pytorch.engine.PtEngine").getEffectiveLevel());
    }
}
