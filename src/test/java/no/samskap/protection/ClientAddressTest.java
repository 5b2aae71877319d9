package no.samskap.protection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertThat(ClientAddress.limitKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.limitKey(" 203.0.113.7 ")).isEqualTo("203.0.113.7");
    }

    @Test
    void ipv6AddressesOfOneSubscriberShareTheirSlash64() {
        String a = ClientAddress.limitKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        String b = ClientAddress.limitKey("2001:0db8:0001:0002::1");
        String c = ClientAddress.limitKey("[2001:db8:1:2::ffff]");
        String other = ClientAddress.limitKey("2001:db8:1:3::1");
        assertThat(a).isEqualTo("2001:db8:1:2::/64").isEqualTo(b).isEqualTo(c);
        assertThat(other).isNotEqualTo(a);
        assertThat(ClientAddress.limitKey("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
    }

    @Test
    void anIpv4MappedAddressCountsAsIpv4() {
        assertThat(ClientAddress.limitKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void nonsenseNeverReachesDnsAndSharesOneKey() {
        assertThat(ClientAddress.limitKey(null)).isEqualTo("unknown");
        assertThat(ClientAddress.limitKey("")).isEqualTo("unknown");
        assertThat(ClientAddress.limitKey("zz:not:an:address")).isEqualTo("invalid");
        assertThat(ClientAddress.limitKey("gggg::1")).isEqualTo("invalid");
    }
}
