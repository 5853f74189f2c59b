package dev.usageschema.examples.soundness;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A built model is never wrong: whatever a caller hands in, and whatever it does afterwards. */
class SoundnessTest {

    private static ImmutableStoredUsage.Builder valid() {
        return ImmutableStoredUsage.builder().promptTokens(5).completionTokens(7).model("m");
    }

    /** A hand-written details object that answers differently each time it is asked. */
    private static final class Shifting implements StoredDetails {
        private final long[] answers;
        private int asked;

        Shifting(long... answers) {
            this.answers = answers;
        }

        @Override
        public OptionalLong cachedTokens() {
            return OptionalLong.of(answers[Math.min(asked++, answers.length - 1)]);
        }
    }

    @Test
    void aForeignNestedValueIsReadOnceAndWhatIsStoredIsWhatWasChecked() {
        Shifting becomesTooLarge = new Shifting(1, 1000);
        ImmutableStoredUsage usage = valid().details(becomesTooLarge).build();

        assertThat(becomesTooLarge.asked).isEqualTo(1);
        assertThat(usage.details().orElseThrow()).isInstanceOf(ImmutableStoredDetails.class);
        assertThat(usage.details().orElseThrow().cachedTokens()).isEqualTo(OptionalLong.of(1));
        assertThat(ImmutableStoredUsage.check(usage)).isEmpty();

        UsageViolationException rejected = assertThrows(UsageViolationException.class,
                () -> valid().details(new Shifting(1000, 1)).build());
        assertThat(rejected.violations().get(0).message()).isEqualTo("cachedTokens 1000 > promptTokens 5");
    }

    @Test
    void additionalPropertiesAreCopiedDeeplySoLaterChangesDoNotReachTheModel() {
        List<Object> list = new ArrayList<>(List.of(1, "a"));
        Map<String, Object> inner = new HashMap<>(Map.of("k", list));
        ImmutableStoredUsage usage = valid().putExtra("service", inner).build();
        int hash = usage.hashCode();
        String shown = usage.toString();

        list.add("later");
        inner.put("other", true);

        assertThat(usage.hashCode()).isEqualTo(hash);
        assertThat(usage.toString()).isEqualTo(shown);
        assertThat(usage.extra()).containsExactly("service", Map.of("k", List.of(1, "a")));
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = (Map<String, Object>) usage.extra().get("service");
        assertThrows(UnsupportedOperationException.class, () -> stored.put("x", 1));
        @SuppressWarnings("unchecked")
        List<Object> storedList = (List<Object>) stored.get("k");
        assertThrows(UnsupportedOperationException.class, () -> storedList.add(2));
    }

    @Test
    void anAdditionalPropertyThatIsNotJsonIsAViolationAtItsPath() {
        Validated<ImmutableStoredUsage> result = valid()
                .putExtra("when", new java.util.Date(0))
                .putExtra("nested", Map.of("list", List.of(new StringBuilder("x"))))
                .putExtra("ratio", Double.NaN)
                .tryBuild();

        assertThat(result.isValid()).isFalse();
        assertThat(result.violations().stream().map(Violation::wirePath).toList())
                .containsExactly("/when", "/nested/list/0", "/ratio").inOrder();
        assertThat(result.violations().stream().map(Violation::rule).distinct().toList())
                .containsExactly(Rule.UNSUPPORTED_VALUE);
    }

    /** A number JSON could hold, of a class whose value can change after it is stored. */
    private static final class ChangingDecimal extends java.math.BigDecimal {
        private static final long serialVersionUID = 1L;

        ChangingDecimal() {
            super(1);
        }
    }

    @Test
    void aSubclassOfAnImmutableNumberIsNotAJsonValue() {
        Validated<ImmutableStoredUsage> result = valid()
                .putExtra("plain", new java.math.BigDecimal("1.5"))
                .putExtra("changing", new ChangingDecimal())
                .tryBuild();

        assertThat(result.violations().stream().map(Violation::wirePath).toList()).containsExactly("/changing");
        assertThat(result.violations().get(0).rule()).isEqualTo(Rule.UNSUPPORTED_VALUE);
    }

    @Test
    void aCyclicOrVeryDeepValueIsAViolationNotAStackOverflow() {
        Map<String, Object> cyclic = new HashMap<>();
        cyclic.put("self", cyclic);
        List<Object> deep = new ArrayList<>();
        List<Object> innermost = deep;
        for (int i = 0; i < 5_000; i++) {
            List<Object> next = new ArrayList<>();
            innermost.add(next);
            innermost = next;
        }

        Validated<ImmutableStoredUsage> result = valid().putExtra("cyclic", cyclic).putExtra("deep", deep).tryBuild();

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).hasSize(2);
        assertThat(result.errors().get(0).rule()).isEqualTo(Rule.UNSUPPORTED_VALUE);
        assertThat(result.errors().get(0).wirePath()).startsWith("/cyclic/self/self/");
    }

    @Test
    void collectionPropertiesAreUnmodifiableCopiesWithoutNullElements() {
        List<String> tags = new ArrayList<>(List.of("a", "b"));
        Set<String> regions = new LinkedHashSet<>(Set.of("eu"));
        Map<String, List<Long>> perRegion = new HashMap<>(Map.of("eu", new ArrayList<>(List.of(3L))));
        ImmutableStoredUsage usage = valid().tags(tags).regions(regions).perRegion(perRegion).build();

        tags.add("c");
        regions.clear();
        perRegion.get("eu").add(4L);

        assertThat(usage.tags().orElseThrow()).containsExactly("a", "b").inOrder();
        assertThat(usage.regions().orElseThrow()).containsExactly("eu");
        assertThat(usage.perRegion().orElseThrow()).containsExactly("eu", List.of(3L));
        assertThrows(UnsupportedOperationException.class, () -> usage.tags().orElseThrow().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> usage.perRegion().orElseThrow().get("eu").add(5L));

        List<String> withNull = new ArrayList<>();
        withNull.add("a");
        withNull.add(null);
        Validated<ImmutableStoredUsage> rejected = valid().tags(withNull).tryBuild();
        assertThat(rejected.isValid()).isFalse();
        Violation nullElement = rejected.violations().get(0);
        assertThat(nullElement.rule()).isEqualTo(Rule.NOT_NULL);
        assertThat(nullElement.wirePath()).isEqualTo("/tags/1");
        assertThat(nullElement.propertyPath()).isEqualTo("tags[1]");
    }

    @Test
    void nestedWarningsAreReportedOnceWhateverImplementationHoldsThem() {
        WarnedDetails handWritten = new WarnedDetails() {
            @Override
            public long audio() {
                return 1;
            }

            @Override
            public long text() {
                return 2;
            }

            @Override
            public long total() {
                return 4;
            }
        };
        ImmutableWarnedDetails generated = ImmutableWarnedDetails.copyOf(handWritten);

        List<Violation> fromGenerated = ImmutableWarnedUsage.builder().promptTokens(1).details(generated)
                .tryBuild().violations();
        List<Violation> fromHandWritten = ImmutableWarnedUsage.builder().promptTokens(1).details(handWritten)
                .tryBuild().violations();

        assertThat(fromGenerated).hasSize(1);
        assertThat(fromGenerated.get(0).wirePath()).isEqualTo("/details/total");
        assertThat(fromHandWritten).isEqualTo(fromGenerated);
        assertThat(ImmutableWarnedUsage.builder().promptTokens(1).details(handWritten).build().violations())
                .isEqualTo(fromGenerated);
    }

    @Test
    void aDerivedAndAGivenTotalAreEqualAndBehaveAlike() {
        ImmutableStoredUsage derived = valid().build();
        ImmutableStoredUsage given = valid().totalTokens(12).build();

        assertThat(derived).isEqualTo(given);
        assertThat(derived.totalTokens()).isEqualTo(OptionalLong.of(12));
        assertThat(derived.toBuilder().promptTokens(6).build()).isEqualTo(given.toBuilder().promptTokens(6).build());
        assertThat(given.toBuilder().promptTokens(6).build().totalTokens()).isEqualTo(OptionalLong.of(13));
    }

    @Test
    void negativeZeroIsTheCountZero() {
        ImmutableFloatingUsage negative = ImmutableFloatingUsage.builder().promptTokens(-0.0).completionTokens(-0.0).build();
        ImmutableFloatingUsage positive = ImmutableFloatingUsage.builder().promptTokens(0.0).completionTokens(0.0).build();

        assertThat(negative).isEqualTo(positive);
        assertThat(negative.hashCode()).isEqualTo(positive.hashCode());
        assertThat(Double.doubleToRawLongBits(negative.promptTokens())).isEqualTo(0L);
        assertThat(Double.doubleToRawLongBits(negative.completionTokens())).isEqualTo(0L);
    }

    @Test
    void checkOfNullIsOneViolationNotAnException() {
        List<Violation> violations = ImmutableStoredUsage.check(null);

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.NOT_NULL);
        assertThat(violations.get(0).wirePath()).isEmpty();
    }

    @Test
    void toStringQuotesStringsSoThatNoValueCanForgeAField() {
        ImmutableStoredUsage usage = valid().model("m\", promptTokens=999").putExtra("note", "a\nb").build();

        assertThat(usage.toString()).isEqualTo("StoredUsage{promptTokens=5, completionTokens=7, totalTokens=12,"
                + " model=\"m\\\", promptTokens=999\", extra={\"note\": \"a\\nb\"}}");
    }
}
