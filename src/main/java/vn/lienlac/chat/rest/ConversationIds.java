package vn.lienlac.chat.rest;

import vn.lienlac.platform.error.ApiException;

/** Conversation ids in paths: anything that is not one is a conversation that does not exist (404). */
final class ConversationIds {

    private ConversationIds() {
    }

    static long parse(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not an id
        }
        throw ApiException.notFound(ConversationResource.NO_SUCH_CONVERSATION);
    }
}
