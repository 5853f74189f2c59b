package dev.usageschema.examples.sum;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Severity;
import dev.usageschema.sum.Rejected;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageTotal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A total survives Java serialization, and a stream altered on the way is read through the same checks as a new total. */
class TotalSerializationTest {

    /** A usage as a caller's own class reports it. */
    private record HandShipped(long input, long output, long total) implements ShippedUsage {
    }

    private static Total<ShippedUsage, ImmutableShippedUsage> total() {
        UsageTotal<ShippedUsage, ImmutableShippedUsage> total = ImmutableShippedUsage.adder().newTotal();
        total.add("req-1", new HandShipped(1, 2, 3)).add("req-2", new HandShipped(1, 2, 4))
                .add("req-3", new HandShipped(5, 5, 10));
        return total.total();
    }

    @Test
    void aTotalSurvivesARoundTrip() throws Exception {
        Total<ShippedUsage, ImmutableShippedUsage> original = total();

        @SuppressWarnings("unchecked")
        Total<ShippedUsage, ImmutableShippedUsage> read = (Total<ShippedUsage, ImmutableShippedUsage>) read(
                write(original, UnaryOperator.identity()));

        assertThat(read.sum()).isEqualTo(original.sum());
        assertThat(read.acceptedCount()).isEqualTo(2);
        assertThat(read.rejectedCount()).isEqualTo(1);
        Rejected<ShippedUsage> rejected = read.rejected().get(0);
        assertThat(rejected.value()).hasValue(new HandShipped(1, 2, 4));
        assertThat(rejected.key()).hasValue("req-2");
        assertThat(rejected.index()).isEqualTo(1);
        assertThat(rejected.violations()).isEqualTo(original.rejected().get(0).violations());
        assertThat(read.toString()).isEqualTo(original.toString());
    }

    @Test
    void aRejectedValueWithoutAnErrorIsNotReadBack() throws Exception {
        byte[] forged = write(total(), object -> object == Severity.ERROR ? Severity.WARNING : object);

        InvalidObjectException thrown = assertThrows(InvalidObjectException.class, () -> read(forged));
        assertThat(thrown).hasMessageThat().contains("a rejected value has an error among its violations");
    }

    @Test
    void aTotalThatAcceptedValuesButHasNoSumIsNotReadBack() throws Exception {
        byte[] forged = write(total(), object -> object.getClass().getName()
                .equals(ImmutableShippedUsage.class.getName() + "$SerializedForm") ? null : object);

        InvalidObjectException thrown = assertThrows(InvalidObjectException.class, () -> read(forged));
        assertThat(thrown).hasMessageThat().contains("a total has a sum exactly when it accepted a value");
    }

    private static byte[] write(Object value, UnaryOperator<Object> alter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object object) {
                return alter.apply(object);
            }
        }) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
