package vn.lienlac.notices.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A publishing request: records of one kind, each a JSON object read on its own (docs/notices.md). */
public record PublishBody(List<JsonNode> records) {
}
