package dev.usageschema.jackson2;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import dev.usageschema.json.Utf8Input;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Holds what a factory's parsers read from bytes to UTF-8 ({@link Utf8Input}), after the decorator
 * the factory had, if any. Bytes in an array that are UTF-8, as they nearly always are, go to the
 * parser as they are; characters need no check.
 */
final class Utf8Checking extends InputDecorator {

    private static final long serialVersionUID = 1L;

    private final InputDecorator before;

    Utf8Checking(InputDecorator before) {
        this.before = before;
    }

    @Override
    public InputStream decorate(IOContext context, InputStream in) throws IOException {
        return Utf8Input.checking(before == null ? in : before.decorate(context, in));
    }

    @Override
    public InputStream decorate(IOContext context, byte[] bytes, int offset, int length) throws IOException {
        InputStream decorated = before == null ? null : before.decorate(context, bytes, offset, length);
        return decorated != null ? Utf8Input.checking(decorated) : Utf8Input.ifInvalid(bytes, offset, length);
    }

    @Override
    public Reader decorate(IOContext context, Reader reader) throws IOException {
        return before == null ? reader : before.decorate(context, reader);
    }

    @Override
    public DataInput decorate(IOContext context, DataInput input) throws IOException {
        return before == null ? input : before.decorate(context, input);
    }
}
