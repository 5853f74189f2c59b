package dev.usageschema.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the project's version, which the build writes into {@code version.properties}. */
final class Version implements CommandLine.IVersionProvider {

    /** {@return the version of this checker} */
    static String number() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"usage-schema " + number(), "Java " + System.getProperty("java.version")};
    }
}
