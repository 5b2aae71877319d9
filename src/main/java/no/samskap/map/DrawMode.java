package no.samskap.map;

/** What the user draws with the next clicks on the map. */
public enum DrawMode {
    NONE,
    POINT,
    LINE,
    POLYGON
}
