package be.vlaanderen.crt.portal.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for the whole integration-test run instead of one per test class: every IT
 * deploys the same WAR ({@link TestServices#portalWar()}) against the same database and object
 * store, so the first deployment starts the server and the later ones get its address. The server
 * stops when Arquillian stops the container at the end of the run (or when the JVM exits).
 *
 * <p>Payara Micro's managed adapter starts a process per deployment (about 20–40 s each); with
 * eleven IT classes that was a third of the CI run.
 */
public class SharedPayaraMicroContainer extends PayaraMicroDeployableContainer {

  private static SharedPayaraMicroContainer owner;
  private static Archive<?> liveArchive;
  private static ProtocolMetaData live;

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    synchronized (SharedPayaraMicroContainer.class) {
      if (live != null) {
        if (!archive.getName().equals(liveArchive.getName())) {
          throw new DeploymentException(
              "One server serves one WAR: " + liveArchive.getName() + ", not " + archive.getName());
        }
        return live;
      }
      live = super.deploy(archive);
      liveArchive = archive;
      owner = this;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(SharedPayaraMicroContainer::stopServer, "payara-micro-stop"));
      return live;
    }
  }

  /** Kept for the next test class; the server goes at the end of the run. */
  @Override
  public void undeploy(Archive<?> archive) {
    // nothing: see stop()
  }

  @Override
  public void stop() throws LifecycleException {
    stopServer();
    super.stop();
  }

  private static void stopServer() {
    SharedPayaraMicroContainer running;
    Archive<?> archive;
    synchronized (SharedPayaraMicroContainer.class) {
      running = owner;
      archive = liveArchive;
      owner = null;
      live = null;
      liveArchive = null;
    }
    if (running != null) {
      try {
        running.undeployForReal(archive);
      } catch (DeploymentException e) {
        throw new IllegalStateException("Payara Micro did not stop", e);
      }
    }
  }

  private void undeployForReal(Archive<?> archive) throws DeploymentException {
    super.undeploy(archive);
  }
}
