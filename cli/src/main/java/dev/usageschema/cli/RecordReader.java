package dev.usageschema.cli;

/** The records of one input, one after another. */
interface RecordReader {

    /**
     * {@return the next record, or {@code null} at the end of the input} Never throws for what the
     * input holds: a record that cannot be taken, and a failure to read the input further, are each
     * an unreadable record, and the reader goes on where it can.
     */
    RawRecord next();
}
