package be.vlaanderen.crt.portal.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Lets pages read record components as properties ({@code #{row.title}} calls {@code row.title()}).
 * Expression Language 5 (Jakarta EE 10) only knows JavaBean getters; EL 6 adds this itself. Records
 * are read-only, so writing to one is refused.
 */
public class RecordElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = component(base, property);
    if (accessor == null) {
      return null;
    }
    try {
      Object value = accessor.invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException(
          "Cannot read " + property + " of " + base.getClass().getSimpleName(), e);
    }
  }

  /**
   * {@code #{row.title()}}: a record's accessor called as a method, answered from the same cache.
   * Left to the bean resolver, each call looked the method up by reflection again (copying every
   * public method of the class: the largest item of the document page's rendering in the profile).
   */
  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (params != null && params.length > 0) {
      return null;
    }
    Method accessor = component(base, method);
    if (accessor == null) {
      return null;
    }
    try {
      Object value = accessor.invoke(base);
      context.setPropertyResolved(base, method);
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException(
          "Cannot call " + method + "() of " + base.getClass().getSimpleName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (component(base, property) == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property) != null) {
      throw new PropertyNotWritableException(
          base.getClass().getSimpleName() + " is a record and cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  /**
   * A record class's accessors by name, looked up once per class: {@code getRecordComponents()} and
   * {@code getAccessor()} build new reflection objects on every call, and pages read thousands of
   * properties per view (7 % of the document page's busy threads in the profile of issue 18).
   */
  private static final ClassValue<java.util.Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected java.util.Map<String, Method> computeValue(Class<?> type) {
          java.util.Map<String, Method> byName = new java.util.HashMap<>();
          for (RecordComponent component : type.getRecordComponents()) {
            byName.put(component.getName(), component.getAccessor());
          }
          return java.util.Map.copyOf(byName);
        }
      };

  private static Method component(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return null;
    }
    return ACCESSORS.get(base.getClass()).get(property.toString());
  }
}
