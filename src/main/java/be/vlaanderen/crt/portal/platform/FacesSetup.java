package be.vlaanderen.crt.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Switches on Faces 4 CDI integration (injectable FacesContext, EL resolution through CDI). */
@FacesConfig
@ApplicationScoped
public class FacesSetup {}
