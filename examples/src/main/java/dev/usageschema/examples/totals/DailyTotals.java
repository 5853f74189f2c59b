package dev.usageschema.examples.totals;

import dev.usageschema.Validated;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.sum.UsageTotal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A gateway's usage per user and day: calls finish on many threads, each adds its usage to its
 * user's total for the day. A call whose usage is wrong is kept out of the total and reported with
 * it, at the index of that call within the day.
 */
public final class DailyTotals {

    private record Key(String user, LocalDate day) {
    }

    private final Map<Key, UsageTotal<OpenAiChatUsage, ImmutableOpenAiChatUsage>> totals = new ConcurrentHashMap<>();

    /**
     * Adds one call's usage.
     *
     * @param user  who made the call
     * @param day   the day it finished
     * @param usage what the provider reported
     */
    public void record(String user, LocalDate day, OpenAiChatUsage usage) {
        totals.computeIfAbsent(new Key(user, day), key -> ImmutableOpenAiChatUsage.adder().newTotal()).add(usage);
    }

    /**
     * {@return the user's usage that day, or every violation of the calls that day}
     * @param user the user
     * @param day  the day
     */
    public Validated<ImmutableOpenAiChatUsage> total(String user, LocalDate day) {
        UsageTotal<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = totals.get(new Key(user, day));
        return total == null ? ImmutableOpenAiChatUsage.adder().newTotal().total() : total.total();
    }
}
