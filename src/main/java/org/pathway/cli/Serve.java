package org.pathway.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code serve}: the web UI, the REST API and the nightly scheduler in one process, on
 * the same data folder and database as the command line. The server holds the data folder
 * lock for its whole life, so a command-line run on the same folder is refused (exit 3)
 * with a message naming the server. Ctrl-C or SIGTERM stops it.
 */
final class Serve {

	private final PrintStream out;

	Serve(PrintStream out) {
		this.out = out;
	}

	int serve(Options options, Map<String, Object> database) throws IOException {
		Path data = options.path("data", "data");
		Map<String, Object> properties = new LinkedHashMap<>(database);
		properties.put("server.port", options.value("port", "8080"));
		properties.put("pathway.folders.input", options.path("input", "input").toString());
		properties.put("pathway.folders.output", options.path("output", "output").toString());
		properties.put("pathway.folders.data", data.toString());
		properties.put("pathway.schedule.enabled", "true");
		properties.put("spring.main.web-application-type", "servlet");
		try (DataFolderLock lock = DataFolderLock.acquire(data, "serve")) {
			CountDownLatch closed = new CountDownLatch(1);
			ConfigurableApplicationContext context = Cli.application(WebApplicationType.SERVLET).listeners((event) -> {
				if (event instanceof ContextClosedEvent) {
					closed.countDown();
				}
			}).run(Cli.arguments(properties));
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			this.out.println("Pathway is serving http://localhost:" + port + "/ on the data folder '" + data
					+ "'. Stop it with Ctrl-C.");
			this.out.flush();
			closed.await();
			return Cli.DONE;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Cli.DONE;
		}
	}

}
