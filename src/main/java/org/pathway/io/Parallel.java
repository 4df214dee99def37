package org.pathway.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.task.TaskExecutor;

/**
 * Independent tasks run on Spring's task executor, at most {@code threads} at a time
 * whatever the executor's size: the workers take the next task until none is left, and
 * stop taking after the first failure, which is the one thrown.
 */
public final class Parallel {

	private Parallel() {
	}

	/** The tasks' results, in the tasks' order. */
	public static <T> List<T> all(TaskExecutor executor, int threads, List<Callable<T>> tasks) throws Exception {
		List<T> results = new ArrayList<>(tasks.size());
		tasks.forEach((task) -> results.add(null));
		AtomicInteger next = new AtomicInteger();
		AtomicBoolean failed = new AtomicBoolean();
		List<CompletableFuture<Void>> workers = new ArrayList<>();
		for (int w = 0; w < Math.max(1, Math.min(threads, tasks.size())); w++) {
			workers.add(CompletableFuture.runAsync(() -> {
				int i;
				while (!failed.get() && (i = next.getAndIncrement()) < tasks.size()) {
					try {
						results.set(i, tasks.get(i).call());
					}
					catch (Exception ex) {
						failed.set(true);
						throw new CompletionException(ex);
					}
				}
			}, executor));
		}
		Exception first = null;
		for (CompletableFuture<Void> worker : workers) {
			try {
				worker.join();
			}
			catch (CompletionException ex) {
				if (first == null) {
					first = (ex.getCause() instanceof Exception cause) ? cause : ex;
				}
			}
		}
		if (first != null) {
			throw first;
		}
		return results;
	}

}
