package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;
import static dev.usageschema.cli.Cli.fixture;
import static dev.usageschema.cli.Verdicts.SCHEMA;

import org.junit.jupiter.api.Test;

/** 0: nothing at or above --fail-on; 1: something was; 2: the command could not run, with what to do. */
class ExitCodesTest {

    @Test
    void nothingRejectedIsZero() {
        Cli.Result result = Cli.run("check", "--schema", SCHEMA, fixture("valid.jsonl"));
        assertThat(result.exit()).isEqualTo(0);
        assertThat(result.out()).isEqualTo("\n2 records read: 2 accepted, 0 accepted with warnings, 0 rejected\n");
    }

    @Test
    void aRejectedRecordIsOne() {
        assertThat(Cli.run("check", "--schema", SCHEMA, fixture("usage.jsonl")).exit()).isEqualTo(1);
    }

    @Test
    void warningsAreZeroUnlessFailOnWarning() {
        assertThat(Cli.run("check", "--schema", SCHEMA, fixture("warned.jsonl")).exit()).isEqualTo(0);
        Cli.Result strict = Cli.run("check", "--schema", SCHEMA, "--fail-on", "warning", fixture("warned.jsonl"));
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out()).startsWith("warned.jsonl:1: warning UNKNOWN_PROPERTY at /service_tier:");
    }

    @Test
    void aFileThatCannotBeReadIsTwoAndSaysWhatToDo() {
        Cli.Result missing = Cli.run("check", "--schema", SCHEMA, fixture("valid.jsonl"), "no-such.jsonl");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("usage-schema: cannot read no-such.jsonl: no such file; give the path of"
                + " a file of records, or - for standard input\n");
        assertThat(missing.out()).isEmpty();
        Cli.Result directory = Cli.run("check", "--schema", SCHEMA, Cli.fixtures().toString());
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(directory.err()).contains("it is a directory; give the files in it");
    }

    @Test
    void anUnknownSchemaIsTwoAndNamesTheSchemasThereAre() {
        Cli.Result result = Cli.run("check", "--schema", "com.acme.Nothing", fixture("valid.jsonl"));
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("usage-schema: no schema com.acme.Nothing among the JSON forms on the"
                + " class path (dev.usageschema.canonical.CanonicalUsage, dev.usageschema.cli.fixtures.ChatUsage,");
        assertThat(result.err()).contains("give --classpath the directory or jar of the compiled schema");
    }

    @Test
    void optionsThatCannotRunAreTwo() {
        Cli.Result nothing = Cli.run("check", fixture("valid.jsonl"));
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("name what to check against");
        Cli.Result byAlone = Cli.run("check", "--schema", SCHEMA, "--by", "file", fixture("valid.jsonl"));
        assertThat(byAlone.exit()).isEqualTo(2);
        assertThat(byAlone.err()).isEqualTo("usage-schema: --by groups the totals of --sum: add --sum\n");
        Cli.Result wrong = Cli.run("check", "--format", "yaml", fixture("valid.jsonl"));
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("Invalid value for option '--format'");
        assertThat(wrong.err()).contains("Try 'usage-schema check --help' for the options.");
        Cli.Result unknown = Cli.run("frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument");
        Cli.Result none = Cli.run();
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("name a command");
    }

    @Test
    void helpAndVersionAreZero() {
        Cli.Result help = Cli.run("check", "--help");
        assertThat(help.exit()).isEqualTo(0);
        assertThat(help.out()).contains("--fail-on=SEVERITY");
        assertThat(help.out()).contains("Exit codes:");
        Cli.Result version = Cli.run("--version");
        assertThat(version.exit()).isEqualTo(0);
        assertThat(version.out()).startsWith("usage-schema 0.");
    }
}
