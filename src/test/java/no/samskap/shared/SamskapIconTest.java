package no.samskap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class SamskapIconTest {

    @Test
    void everyIconHasItsSymbolInTheSprite() throws Exception {
        Set<String> symbols = new HashSet<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/" + SamskapIcon.SPRITE)) {
            assertThat(in).as("the sprite is served from META-INF/resources").isNotNull();
            NodeList list = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(in)
                    .getElementsByTagName("symbol");
            for (int i = 0; i < list.getLength(); i++) {
                var symbol = list.item(i).getAttributes();
                assertThat(symbol.getNamedItem("viewBox")).isNotNull();
                symbols.add(symbol.getNamedItem("id").getNodeValue());
            }
        }
        for (SamskapIcon icon : SamskapIcon.values()) {
            assertThat(symbols).contains(icon.symbol());
            var created = icon.create();
            assertThat(created.getSrc()).isEqualTo(SamskapIcon.SPRITE);
            assertThat(created.getSymbol()).isEqualTo(icon.symbol());
        }
    }
}
