package no.samskap.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import no.samskap.support.SamskapTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** 1,000 browser sessions open the live map and go away: no subscription may stay behind. */
@SamskapTest
class ListenerLeakTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LiveUpdates live;

    @Test
    void uisThatComeAndGoLeaveNoListeners() {
        Routes routes = new Routes().autoDiscoverViews("no.samskap");
        int before = live.subscriptionCount();
        int peak = 0;
        for (int i = 0; i < 1_000; i++) {
            MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
            UI.getCurrent().navigate("proposals");
            peak = Math.max(peak, live.subscriptionCount());
            MockVaadin.tearDown();
        }
        assertThat(peak).as("a UI on the live pages subscribes").isGreaterThan(before);
        assertThat(live.subscriptionCount()).isEqualTo(before);
    }
}
