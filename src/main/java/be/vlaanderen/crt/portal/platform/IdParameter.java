package be.vlaanderen.crt.portal.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * An entity id in a page's address, typed: {@code <f:viewParam name="id" value="#{page.id}"
 * converter="portal.id"/>} gives the page a {@code Long}, or {@code null} when the parameter is
 * absent. Anything else ("abc", "-1", "1e3", a number too long for an id) names nothing anybody may
 * see: it is refused as not visible, which the page exception handler answers with the usual 404
 * page, so no page parses or checks an id by hand.
 */
@FacesConverter("portal.id")
public class IdParameter implements Converter<Long> {

  @Override
  public Long getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String id = value.strip();
    if (!id.matches("\\d{1,18}")) {
      throw new NotVisibleException("Not an id");
    }
    return Long.valueOf(id);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Long value) {
    return value == null ? "" : value.toString();
  }

  /** The id a page cannot do without: absent is not found, like a wrong one. */
  public static long required(Long id, String what) {
    if (id == null) {
      throw new NotVisibleException(what + " without an id");
    }
    return id;
  }
}
