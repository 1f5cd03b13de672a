package vn.lienlac.notifications.endpoints;

/** The outcome of registering an endpoint: the endpoint, and whether it is new (201) or was known (200). */
public record Registration(EndpointView endpoint, boolean created) {
}
