package be.vlaanderen.crt.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordElResolverTest {

  public record Row(String title, int count) {}

  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }

  @Test
  void aRecordsComponentsReadAsPropertiesAndAreReadOnly() {
    RecordElResolver resolver = new RecordElResolver();
    Row row = new Row("Offline back-ups", 3);
    for (int i = 0; i < 3; i++) { // the second read comes from the per-class cache
      ELContext c = context();
      assertEquals("Offline back-ups", resolver.getValue(c, row, "title"));
      assertTrue(c.isPropertyResolved());
      assertEquals(3, resolver.getValue(context(), row, "count"));
    }
    ELContext unknown = context();
    assertNull(resolver.getValue(unknown, row, "author"));
    assertFalse(unknown.isPropertyResolved(), "left to the other resolvers");
    assertNull(resolver.getValue(context(), "not a record", "length"));
    assertTrue(resolver.isReadOnly(context(), row, "title"));
    assertThrows(
        PropertyNotWritableException.class,
        () -> resolver.setValue(context(), row, "title", "other"));
  }

  @Test
  void aRecordsAccessorCalledAsAMethodIsAnsweredWithoutTheBeanResolver() {
    RecordElResolver resolver = new RecordElResolver();
    Row row = new Row("Offline back-ups", 3);
    ELContext called = context();
    assertEquals("Offline back-ups", resolver.invoke(called, row, "title", null, new Object[0]));
    assertTrue(called.isPropertyResolved());
    assertEquals(3, resolver.invoke(context(), row, "count", new Class<?>[0], null));
    ELContext withArguments = context();
    assertNull(resolver.invoke(withArguments, row, "title", null, new Object[] {"x"}));
    assertFalse(withArguments.isPropertyResolved(), "a call with arguments is not an accessor");
    ELContext other = context();
    assertNull(resolver.invoke(other, row, "toString", null, new Object[0]));
    assertFalse(other.isPropertyResolved(), "other methods are left to the bean resolver");
  }
}
