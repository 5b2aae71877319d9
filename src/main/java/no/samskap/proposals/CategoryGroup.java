package no.samskap.proposals;

/** The themes categories belong to; each has a colour on the map. */
public enum CategoryGroup {
    ENERGY("#b45309"),
    CIRCULAR("#15803d"),
    MOBILITY("#1d4ed8");

    private final String color;

    CategoryGroup(String color) {
        this.color = color;
    }

    /** A colour with at least 4.5:1 contrast on white, for markers and labels. */
    public String color() {
        return color;
    }
}
