package dev.usageschema.processor.write;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** The layout of a generated file where JavaPoet spreads a small thing over several lines. */
class SourceLayoutTest {

    @Test
    void aOneLineDocCommentIsWrittenOnOneLineAndALongerOneIsLeftAsItIs() {
        String source = """
                class A {
                    /**
                     * {@return a count}
                     */
                    long count() {
                        return 0;
                    }

                    /**
                     * {@return a count}
                     * @param value the value
                     */
                    long with(long value) {
                        return value;
                    }
                }
                """;

        assertThat(SourceLayout.laidOut(source)).isEqualTo("""
                class A {
                    /** {@return a count} */
                    long count() {
                        return 0;
                    }

                    /**
                     * {@return a count}
                     * @param value the value
                     */
                    long with(long value) {
                        return value;
                    }
                }
                """);
    }

    @Test
    void aOneLineDocCommentThatWouldPassTheWidthStaysOnThreeLines() {
        String text = "x".repeat(SourceLayout.WIDTH - "/**  */".length() + 1);
        String source = "/**\n * " + text + "\n */\nclass A {\n}\n";

        assertThat(SourceLayout.laidOut(source)).isEqualTo(source);
        assertThat(SourceLayout.laidOut(source.replace(text, text.substring(1)))).startsWith("/** x");
    }

    @Test
    void anAnnotationWithOneMemberIsWrittenInline() {
        String source = "@JsonSerialize(\n        using = A.Writer.class\n)\nclass A {\n}\n";

        assertThat(SourceLayout.laidOut(source)).isEqualTo("@JsonSerialize(using = A.Writer.class)\nclass A {\n}\n");
    }

    @Test
    void fieldsStandTogetherAndAFieldBeforeAMethodKeepsItsBlankLine() {
        String source = """
                class A {
                    private static final long MAX = 1;

                    private final long count;

                    private int bits;

                    A() {
                        this.count = 0;
                    }
                }
                """;

        assertThat(SourceLayout.laidOut(source)).isEqualTo("""
                class A {
                    private static final long MAX = 1;
                    private final long count;
                    private int bits;

                    A() {
                        this.count = 0;
                    }
                }
                """);
    }

    @Test
    void aStatementJavaPoetWrappedIsJoinedWhereItFitsAndWhatDoesNotFitStaysOnItsOwnLine() {
        String fits = "    void a() {\n        call(first,\n                second, third);\n    }\n";
        String first = "f".repeat(60);
        String second = "s".repeat(60);
        String wide = "    void a() {\n        call(" + first + ",\n                " + second + ",\n                last);\n    }\n";

        assertThat(SourceLayout.laidOut(fits)).isEqualTo("    void a() {\n        call(first, second, third);\n    }\n");
        assertThat(SourceLayout.laidOut(wide)).isEqualTo(
                "    void a() {\n        call(" + first + ",\n                " + second + ", last);\n    }\n");
    }

    @Test
    void aParameterListWrappedAfterItsParenthesisJoinsWithoutASpace() {
        String source = "    public Builder details(\n            Optional<? extends Details> details) {\n";

        assertThat(SourceLayout.laidOut(source)).isEqualTo("    public Builder details(Optional<? extends Details> details) {\n");
    }

    @Test
    void blocksCommentsAndDeeperLinesAreNotJoined() {
        String source = """
                    switch (index) {
                        case 0 -> a();
                    }
                    call(a, // why
                            b);
                    return x
                                && y;
                    return counts()
                            .input(a)
                            .convert();
                """;

        assertThat(SourceLayout.laidOut(source)).isEqualTo(source);
    }
}
