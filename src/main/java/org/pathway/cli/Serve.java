package org.pathway.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code serve}: the web UI, the REST API and the nightly scheduler in one process, on
 * the same data folder and database as the command line. The server holds the data folder
 * lock for its whole life, so a command-line run on the same folder is refused (exit 3)
 * with a message naming the server. Ctrl-C or SIGTERM stops it gracefully: a run in
 * progress is stopped at its next safe point and left STOPPED, so a restart resumes it.
 */
@Command(name = "serve",
		description = { "The web pages, the REST API and the nightly scheduler in one process.", "",
				"Stop it with Ctrl-C or SIGTERM: a run in progress is stopped at its next safe point and left",
				"STOPPED, so a restart resumes it." })
final class Serve implements Callable<Integer> {

	@Option(names = "--port", paramLabel = "N",
			description = "the HTTP port (default: 8080, or server.port / SERVER_PORT)")
	Integer port;

	@Mixin
	Options.Input input;

	@Mixin
	Options.Output output;

	@Mixin
	Options.Data data;

	private final Shell shell;

	Serve(Shell shell) {
		this.shell = shell;
	}

	@Override
	public Integer call() throws Exception {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (this.port != null) {
			properties.put("server.port", this.port.toString());
		}
		else if (!this.shell.spring().passed().containsKey("server.port") && System.getenv("SERVER_PORT") == null) {
			properties.put("server.port", "8080");
		}
		properties.put("pathway.folders.input", this.input.input.toString());
		properties.put("pathway.folders.output", this.output.output.toString());
		properties.put("pathway.folders.data", this.data.data.toString());
		properties.put("pathway.schedule.enabled", "true");
		properties.put("spring.main.web-application-type", "servlet");
		PrivateFiles.createFolder(this.data.data);
		try (DataFolderLock lock = DataFolderLock.acquire(this.data.data, "serve")) {
			CountDownLatch closed = new CountDownLatch(1);
			ConfigurableApplicationContext context = this.shell.spring()
				.start(this.data.data, this.data.database(), properties, WebApplicationType.SERVLET, true);
			context.addApplicationListener((event) -> {
				if (event instanceof ContextClosedEvent) {
					closed.countDown();
				}
			});
			PrivateFiles.restrict(this.data.data);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			this.shell.out()
				.println("Pathway is serving http://localhost:" + port + "/ on the data folder '" + this.data.data
						+ "'. Stop it with Ctrl-C.");
			this.shell.out().flush();
			if (!context.isActive()) {
				return Cli.DONE;
			}
			closed.await();
			return Cli.DONE;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Cli.DONE;
		}
	}

}
