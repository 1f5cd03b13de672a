package vn.lienlac.identity.otp;

import io.netty.util.NetUtil;
import java.util.Arrays;

/**
 * The key under which a client's requests are counted. An IPv4 address counts as itself. An IPv6 address counts by
 * its /64 network: a home line or a phone is usually given a whole /64, and counting single addresses would let one
 * client pick a fresh address for every request. Parsing never resolves names.
 */
public final class ClientKeys {

    private static final int IPV6_PREFIX_BYTES = 8;

    private ClientKeys() {
    }

    public static String of(String clientIp) {
        String address = clientIp.strip();
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return address;
        }
        if (bytes.length == 4) {
            return NetUtil.bytesToIpAddress(bytes);
        }
        if (isIpv4Mapped(bytes)) {
            return NetUtil.bytesToIpAddress(Arrays.copyOfRange(bytes, 12, 16));
        }
        Arrays.fill(bytes, IPV6_PREFIX_BYTES, bytes.length, (byte) 0);
        return NetUtil.bytesToIpAddress(bytes) + "/64";
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
