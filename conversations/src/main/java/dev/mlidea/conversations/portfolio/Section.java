package dev.mlidea.conversations.portfolio;

import java.util.List;

/**
 * One list of the weekly summary: the items that may be named where the summary is posted, and how
 * many more there are that may not. Hidden items are only a number here, so no renderer can name them.
 */
public record Section<T>(List<T> named, int hidden) {

    public Section {
        named = List.copyOf(named);
        if (hidden < 0) throw new IllegalArgumentException("a count is never negative: " + hidden);
    }

    /** Named and hidden together: what the list counts. */
    public int count() {
        return named.size() + hidden;
    }

    public boolean isEmpty() {
        return count() == 0;
    }
}
