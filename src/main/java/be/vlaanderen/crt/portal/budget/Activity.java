package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.programme.Track;
import java.util.EnumSet;
import java.util.Set;

/** What time is spent on, and on which track it can be spent. */
public enum Activity {
  INTAKE(EnumSet.of(Track.ACM_IDM)),
  DOSSIER(EnumSet.of(Track.ACM_IDM)),
  INTEGRATION_SUPPORT(EnumSet.of(Track.ACM_IDM)),
  TESTING(EnumSet.of(Track.ACM_IDM)),
  COURSE(EnumSet.of(Track.ACM_IDM)),
  WORKSHOP_PREPARATION(EnumSet.of(Track.BCP)),
  WORKSHOP(EnumSet.of(Track.BCP)),
  FEEDBACK_ROUND(EnumSet.of(Track.BCP)),
  REPORTING(EnumSet.of(Track.BCP, Track.ACM_IDM));

  private final Set<Track> tracks;

  Activity(Set<Track> tracks) {
    this.tracks = tracks;
  }

  public boolean fits(Track track) {
    return tracks.contains(track);
  }
}
