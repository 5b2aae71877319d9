package no.samskap.map;

/** How an overlay layer is drawn. */
public record LayerStyle(String color, double weight, double fillOpacity, boolean dashed) {

    public LayerStyle {
        if (color == null || !color.matches("#[0-9a-fA-F]{3,8}")) {
            throw new IllegalArgumentException("not a hex colour: " + color);
        }
    }
}
