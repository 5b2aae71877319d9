package no.samskap.shared;

import com.vaadin.flow.component.icon.SvgIcon;
import java.util.Locale;

/**
 * The icons the app shows, from one small sprite of its own. Vaadin's {@code Icon} would put its
 * whole 600-icon set into the first script every visitor loads; these are nine symbols.
 */
public enum SamskapIcon {
    PLUS,
    THUMBS_UP,
    THUMBS_DOWN,
    GLOBE,
    FLAG,
    CROSSHAIRS,
    BELL,
    BELL_OUTLINE,
    BELL_OFF;

    static final String SPRITE = "icons/samskap-icons.svg";

    /** The symbol's id in the sprite. */
    public String symbol() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A new icon component; decorative, so hidden from screen readers (the button or text says what it is). */
    public SvgIcon create() {
        SvgIcon icon = new SvgIcon(SPRITE, symbol());
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
