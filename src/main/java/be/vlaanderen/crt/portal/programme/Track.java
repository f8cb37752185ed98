package be.vlaanderen.crt.portal.programme;

/** The two programmes the CRT runs. */
public enum Track {
  /** Business continuity guidance in two waves of workshops. */
  BCP,
  /** Integration pilot with the Flemish access and identity management building blocks. */
  ACM_IDM
}
