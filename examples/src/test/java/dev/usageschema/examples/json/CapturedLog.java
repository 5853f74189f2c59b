package dev.usageschema.examples.json;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** The records the {@code dev.usageschema} logger gets while a piece of code runs, as their formatted messages. */
final class CapturedLog {

    private CapturedLog() {
    }

    static List<String> during(Runnable code) {
        Logger logger = Logger.getLogger("dev.usageschema");
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            code.run();
        } finally {
            logger.removeHandler(handler);
        }
        return logged;
    }
}
