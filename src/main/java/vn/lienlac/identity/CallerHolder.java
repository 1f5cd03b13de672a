package vn.lienlac.identity;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import java.util.function.Supplier;

/** Keeps the caller of the current request, so that one request loads their scope from the directory once. */
@RequestScoped
class CallerHolder {

    private Uni<Caller> caller;

    /** The memoised caller, loaded with {@code load} on first use in this request. */
    synchronized Uni<Caller> get(Supplier<Uni<Caller>> load) {
        if (caller == null) {
            caller = load.get().memoize().indefinitely();
        }
        return caller;
    }
}
