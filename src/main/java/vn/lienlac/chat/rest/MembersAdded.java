package vn.lienlac.chat.rest;

import java.util.List;

/** The participants who joined (those who were members already are not listed). */
public record MembersAdded(List<String> joined) {
}
