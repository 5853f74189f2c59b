package dev.usageschema.cli;

/** What {@code --by} groups totals by. */
enum Grouping {
    /** The input a record came from. */
    FILE("file");

    private final String option;

    Grouping(String option) {
        this.option = option;
    }

    /** {@return the group of {@code verdict}'s record} */
    String key(Verdict verdict) {
        return verdict.file();
    }

    @Override
    public String toString() {
        return option;
    }
}
