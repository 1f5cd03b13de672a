package vn.lienlac.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one source of time: inject {@link Clock}; tests replace it to drive time without sleeping. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock(TimeConfig config) {
        return Clock.system(config.zone());
    }
}
