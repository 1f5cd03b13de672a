package vn.lienlac.directives.rest;

import vn.lienlac.directives.AccessQueries;
import vn.lienlac.platform.error.ApiException;

/** Directive ids in paths: positive numbers; anything else is a directive that does not exist. */
final class DirectiveIds {

    private DirectiveIds() {
    }

    static long parse(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw ApiException.notFound(AccessQueries.NOT_FOUND);
    }
}
