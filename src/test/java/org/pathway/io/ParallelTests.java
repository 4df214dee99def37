package org.pathway.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.core.task.SimpleAsyncTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tasks side by side: never more at once than asked, results in order, a failure stops
 * the rest.
 */
class ParallelTests {

	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("test-parallel-");

	@Test
	void atMostTheGivenNumberRunAtOnceAndResultsKeepTheirOrder() throws Exception {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		List<Callable<Integer>> tasks = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			int n = i;
			tasks.add(() -> {
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				Thread.sleep(5);
				running.decrementAndGet();
				return n * n;
			});
		}
		List<Integer> results = Parallel.all(this.executor, 3, tasks);
		assertThat(results).hasSize(20).startsWith(0, 1, 4, 9).endsWith(361);
		assertThat(most.get()).isBetween(1, 3);
	}

	@Test
	void theFirstFailureIsThrownAndNoTaskStartsAfterIt() {
		AtomicInteger started = new AtomicInteger();
		List<Callable<Integer>> tasks = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			int n = i;
			tasks.add(() -> {
				started.incrementAndGet();
				if (n == 2) {
					throw new IllegalStateException("report 2 could not be written");
				}
				return n;
			});
		}
		assertThatThrownBy(() -> Parallel.all(this.executor, 1, tasks)).isInstanceOf(IllegalStateException.class)
			.hasMessage("report 2 could not be written");
		assertThat(started.get()).isEqualTo(3);
	}

}
