package vn.lienlac.identity.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientKeysTest {

    @Test
    void ipv4AddressCountsAsItself() {
        assertEquals("203.0.113.7", ClientKeys.of("203.0.113.7"));
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        assertEquals("2001:db8:1:2::/64", ClientKeys.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:1:2::/64", ClientKeys.of("2001:0db8:0001:0002::1"));
    }

    @Test
    void ipv4MappedIpv6CountsAsTheIpv4Address() {
        assertEquals("203.0.113.7", ClientKeys.of("::ffff:203.0.113.7"));
    }

    @Test
    void somethingThatIsNotAnAddressCountsAsGiven() {
        assertEquals("unknown", ClientKeys.of(" unknown "));
    }
}
