package dev.usageschema.examples.totals;

import dev.usageschema.providers.openai.ChatUsage;
import dev.usageschema.providers.openai.ImmutableChatUsage;
import dev.usageschema.sum.GroupedTotals;
import dev.usageschema.sum.Total;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A gateway's usage per user and day: calls finish on many threads, each adds its usage to its
 * user's total for the day. A call whose usage is wrong is set aside with its request id and its
 * reasons, and the day's total of the good calls is still there to bill; at the end of a day its
 * totals are taken out, so the gateway holds only the days still open.
 */
public final class DailyTotals {

    private record Key(String user, LocalDate day) {
    }

    private final GroupedTotals<Key, ChatUsage, ImmutableChatUsage> totals =
            ImmutableChatUsage.adder().newGroupedTotals();

    /**
     * Adds one call's usage.
     *
     * @param user      who made the call
     * @param day       the day it finished
     * @param requestId the call's request id, kept with its usage if the usage is set aside
     * @param usage     what the provider reported
     */
    public void record(String user, LocalDate day, String requestId, ChatUsage usage) {
        totals.add(new Key(user, day), requestId, usage);
    }

    /**
     * {@return the user's total that day so far: the sum of the good calls, and the calls set aside}
     * @param user the user
     * @param day  the day
     */
    public Total<ChatUsage, ImmutableChatUsage> total(String user, LocalDate day) {
        return totals.total(new Key(user, day));
    }

    /**
     * Ends a day: every user's total for it, taken out of the gateway's memory.
     *
     * @param day the day
     * @return each user's final total that day
     */
    public Map<String, Total<ChatUsage, ImmutableChatUsage>> endDay(LocalDate day) {
        Map<String, Total<ChatUsage, ImmutableChatUsage>> users = new HashMap<>();
        for (Key key : totals.snapshot().keySet()) {
            if (key.day().equals(day)) {
                users.put(key.user(), totals.remove(key));
            }
        }
        return users;
    }
}
