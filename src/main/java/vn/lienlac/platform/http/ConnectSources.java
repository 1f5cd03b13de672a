package vn.lienlac.platform.http;

import java.util.Set;

/**
 * Origins outside this server that the web app's scripts may call (added to its CSP's {@code connect-src}), such as
 * a sign-in provider's token endpoint. A feature that needs one provides a bean; read once, at start-up.
 */
public interface ConnectSources {

    /** Origins such as {@code https://sso.example.vn}; empty when the feature is off. */
    Set<String> origins();
}
