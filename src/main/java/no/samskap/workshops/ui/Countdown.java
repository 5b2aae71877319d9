package no.samskap.workshops.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.time.Duration;

/** Time left in a voting round, counted down in the browser. */
@Tag("samskap-countdown")
@JsModule("./samskap-countdown.ts")
class Countdown extends Component {

    private Duration remaining = Duration.ZERO;

    void setRemaining(Duration left) {
        remaining = left.isNegative() ? Duration.ZERO : left;
        getElement().setAttribute("remaining-ms", String.valueOf(remaining.toMillis()));
    }

    Duration remaining() {
        return remaining;
    }
}
