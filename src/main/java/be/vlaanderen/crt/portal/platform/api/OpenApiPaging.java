package be.vlaanderen.crt.portal.platform.api;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the paging of {@link ListPaging} in the OpenAPI document: on every GET whose answer is a
 * JSON array, the {@code limit} and {@code offset} parameters and the {@code X-Total-Count} and
 * {@code Link} headers (configured as {@code mp.openapi.filter}).
 */
public class OpenApiPaging implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (var path : new java.util.TreeMap<>(openAPI.getPaths().getPathItems()).entrySet()) {
      PathItem item = path.getValue();
      Operation get = item.getGET();
      if (get != null && answersAnArray(get)) {
        page(get);
      }
      if (item.getOperations() != null) {
        item.getOperations()
            .forEach(
                (method, operation) ->
                    operation.setOperationId(unique(ids, method, path.getKey())));
      }
    }
  }

  /**
   * An operation id from the method and the path ({@code GET /api/pilot/obstacles/{id}} → {@code
   * getPilotObstaclesById}): the generated ones are the Java method names, which repeat across
   * resources ("list", "one"), and a client generator needs them unique.
   */
  static String unique(java.util.Set<String> taken, PathItem.HttpMethod method, String path) {
    StringBuilder id = new StringBuilder(method.name().toLowerCase(java.util.Locale.ROOT));
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals("api")) {
        continue;
      }
      boolean parameter = segment.startsWith("{");
      if (parameter) {
        id.append("By");
      }
      for (String word : segment.replaceAll("[{}]", "").split("[^A-Za-z0-9]+")) {
        if (!word.isEmpty()) {
          id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
      }
    }
    String candidate = id.toString();
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = id.toString() + n;
    }
    return candidate;
  }

  static boolean answersAnArray(Operation operation) {
    if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
      return false;
    }
    APIResponse ok = operation.getResponses().getAPIResponses().get("200");
    if (ok == null || ok.getContent() == null || ok.getContent().getMediaTypes() == null) {
      return false;
    }
    for (MediaType type : ok.getContent().getMediaTypes().values()) {
      Schema schema = type.getSchema();
      if (schema != null && schema.getType() == Schema.SchemaType.ARRAY) {
        return true;
      }
    }
    return false;
  }

  private static void page(Operation operation) {
    List<Parameter> existing = operation.getParameters();
    boolean declared =
        existing != null && existing.stream().anyMatch(p -> "limit".equals(p.getName()));
    if (!declared) {
      operation.addParameter(
          query(
              "limit",
              "Hoeveel items (1 tot "
                  + ListPaging.MAX_LIMIT
                  + ", standaard "
                  + ListPaging.DEFAULT_LIMIT
                  + ")",
              1,
              ListPaging.MAX_LIMIT));
      operation.addParameter(query("offset", "Hoeveel items overslaan (standaard 0)", 0, null));
    }
    APIResponse ok = operation.getResponses().getAPIResponses().get("200");
    ok.addHeader(
        ListPaging.TOTAL,
        OASFactory.createHeader()
            .description("Het totale aantal items over alle pagina's")
            .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
    ok.addHeader(
        "Link",
        OASFactory.createHeader()
            .description("De volgende en vorige pagina (rel=\"next\", rel=\"prev\")")
            .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
  }

  private static Parameter query(String name, String description, int min, Integer max) {
    Schema schema =
        OASFactory.createSchema()
            .type(Schema.SchemaType.INTEGER)
            .minimum(java.math.BigDecimal.valueOf(min));
    if (max != null) {
      schema.maximum(java.math.BigDecimal.valueOf(max));
    }
    return OASFactory.createParameter()
        .name(name)
        .in(Parameter.In.QUERY)
        .required(false)
        .description(description)
        .schema(schema);
  }
}
