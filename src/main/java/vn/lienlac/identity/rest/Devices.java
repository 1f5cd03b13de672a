package vn.lienlac.identity.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import vn.lienlac.identity.session.DeviceInfo;

/** The device a sign-in request comes from. */
final class Devices {

    private Devices() {
    }

    /**
     * The client address is the connection's peer, or the forwarded client when the server is configured to trust
     * a proxy ({@code quarkus.http.proxy.*}).
     */
    static DeviceInfo of(String deviceName, HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        return new DeviceInfo(deviceName, request.getHeader("User-Agent"), peer == null ? null : peer.hostAddress());
    }
}
