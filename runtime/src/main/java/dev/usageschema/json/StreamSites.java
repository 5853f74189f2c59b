package dev.usageschema.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which events of a stream carry usage, and where: for every event at one site (OpenAI chat chunks
 * at {@code /usage}, null until the last; Gemini's {@code /usageMetadata}), or by rules, each an
 * {@link EventSelector} and the site of the events it selects (Anthropic: {@code /type} is
 * {@code message_start}, usage at {@code /message/usage}; {@code message_delta}, at {@code /usage}).
 * The first rule that selects an event says where its usage is; an event that no rule selects, or
 * whose site holds no usage (absent, or {@code null}), carries none and is passed over silently.
 * Immutable.
 */
public final class StreamSites {

    /** One rule: the events it selects and where their usage is. */
    record Entry(EventSelector selector, UsageSite site) {
    }

    private final List<Entry> entries;

    private StreamSites(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * {@return usage at {@code site} in every event}
     * @param site where each event may carry usage
     */
    public static StreamSites everyEvent(UsageSite site) {
        return when(EventSelector.every(), site);
    }

    /**
     * {@return usage at {@code pointer}, or else its {@code alternatives}, in every event}
     * @param pointer      a JSON Pointer into each event
     * @param alternatives more, tried in order
     */
    public static StreamSites everyEvent(String pointer, String... alternatives) {
        return everyEvent(UsageSite.at(pointer, alternatives));
    }

    /**
     * {@return usage at {@code site} in the events {@code selector} selects, and in no other}
     * @param selector the events
     * @param site     where their usage is
     */
    public static StreamSites when(EventSelector selector, UsageSite site) {
        return new StreamSites(List.of(new Entry(Objects.requireNonNull(selector, "selector"),
                Objects.requireNonNull(site, "site"))));
    }

    /**
     * {@return usage at {@code pointer} in the events {@code selector} selects, and in no other}
     * @param selector the events
     * @param pointer  a JSON Pointer into them
     */
    public static StreamSites when(EventSelector selector, String pointer) {
        return when(selector, UsageSite.at(pointer));
    }

    /**
     * {@return these rules, then usage at {@code site} in the events {@code selector} selects}
     * @param selector the events
     * @param site     where their usage is
     */
    public StreamSites orWhen(EventSelector selector, UsageSite site) {
        List<Entry> all = new ArrayList<>(entries);
        all.add(new Entry(Objects.requireNonNull(selector, "selector"), Objects.requireNonNull(site, "site")));
        return new StreamSites(all);
    }

    /**
     * {@return these rules, then usage at {@code pointer} in the events {@code selector} selects}
     * @param selector the events
     * @param pointer  a JSON Pointer into them
     */
    public StreamSites orWhen(EventSelector selector, String pointer) {
        return orWhen(selector, UsageSite.at(pointer));
    }

    List<Entry> entries() {
        return entries;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StreamSites that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("StreamSites[");
        for (Entry entry : entries) {
            text.append(text.length() > "StreamSites[".length() ? "; " : "").append(entry.selector()).append(": ")
                    .append(entry.site().described());
        }
        return text.append(']').toString();
    }
}
